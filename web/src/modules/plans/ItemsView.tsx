import { Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanItem } from './api';

/** The items of a plan that is no longer a draft. */
export function ItemsView({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const months = Array.from({ length: 12 }, (_, m) => m);
  const columns: TableColumnsType<PlanItem> = [
    { title: t('plans.kind'), dataIndex: 'kind', key: 'kind', fixed: 'left', render: (k: PlanItem['kind']) => <Tag>{t(`plans.kinds.${k}`)}</Tag> },
    { title: t('plans.itemName'), dataIndex: 'name', key: 'name', fixed: 'left' },
    {
      title: t('plans.scope'),
      key: 'scope',
      render: (_, i) =>
        i.kind === 'random' ? (
          <span>
            {i.matterCode} {i.matterName && <Typography.Text type="secondary">{i.matterName}</Typography.Text>}
          </span>
        ) : (
          <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }} style={{ maxWidth: 320, marginBottom: 0 }}>
            {i.enterpriseNames.join('、')}
          </Typography.Paragraph>
        ),
    },
    { title: t('plans.cadence'), dataIndex: 'cadence', key: 'cadence', render: (c: PlanItem['cadence']) => t(`plans.cadences.${c}`) },
    ...months.map((m) => ({ title: t('plans.month', { month: m + 1 }), key: `m${m}`, render: (_: unknown, i: PlanItem) => i.targets[m] })),
    { title: t('plans.total'), key: 'total', render: (_, i) => i.targets.reduce((a, b) => a + b, 0) },
  ];
  return (
    <Table<PlanItem>
      rowKey={(_, n) => String(n)}
      columns={columns}
      dataSource={plan.items}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('plans.empty') }}
    />
  );
}
