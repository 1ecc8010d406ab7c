import { Alert, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/feedback';
import { usePlanProgress, type ItemProgress } from './api';
import { ShortfallTag } from './labels';

/** Done against target per item and month; months already due are marked, items behind in red. */
export function ProgressTable({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const progress = usePlanProgress(planId);
  const p = progress.data;
  if (progress.isError) return <ErrorAlert error={progress.error} />;
  const through = p?.throughMonth ?? 0;
  const months = Array.from({ length: 12 }, (_, m) => m);
  const columns: TableColumnsType<ItemProgress> = [
    {
      title: t('plans.itemName'),
      dataIndex: 'name',
      key: 'name',
      fixed: 'left',
      render: (name: string, i) => (
        <span>
          {name} <Tag>{t(`plans.kinds.${i.kind}`)}</Tag>
        </span>
      ),
    },
    ...months.map((m) => ({
      title: t('plans.month', { month: m + 1 }),
      key: `m${m}`,
      render: (_: unknown, i: ItemProgress) => {
        const { done, target } = i.months[m];
        const text = `${done}/${target}`;
        return m < through ? text : <Typography.Text type="secondary">{text}</Typography.Text>;
      },
    })),
    { title: t('plans.dueTarget'), dataIndex: 'dueTarget', key: 'dueTarget' },
    { title: t('plans.dueDone'), dataIndex: 'dueDone', key: 'dueDone' },
    { title: t('plans.shortfall'), key: 'shortfall', fixed: 'right', render: (_, i) => <ShortfallTag shortfall={i.shortfall} /> },
  ];
  return (
    <>
      {p && (
        <Alert
          style={{ marginBottom: 12 }}
          type={p.behindCount > 0 ? 'warning' : 'info'}
          showIcon
          title={
            through === 0
              ? t('plans.notStarted')
              : `${t('plans.through', { year: p.year, month: through })} · ${p.behindCount > 0 ? t('plans.behindCount', { count: p.behindCount }) : t('plans.allOnTrack')}`
          }
        />
      )}
      <Table<ItemProgress>
        rowKey="index"
        columns={columns}
        dataSource={p?.items}
        loading={progress.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('plans.empty') }}
        data-testid="plan-progress"
      />
    </>
  );
}
