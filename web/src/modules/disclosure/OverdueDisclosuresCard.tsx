import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/feedback';
import { useOverdueDisclosures, type OverdueItem } from './api';

/**
 * 逾期未公示 in the leader's org subtree, oldest first (queries.ts overdueDisclosures): late items
 * are raised to the leader so they get published or their delay explained.
 */
export function OverdueDisclosuresCard() {
  const { t } = useTranslation();
  const list = useOverdueDisclosures();
  const columns: TableColumnsType<OverdueItem> = [
    { title: t('disclosure.kind'), dataIndex: 'kind', key: 'kind', render: (k: OverdueItem['kind']) => t(`portal.kinds.${k}`) },
    { title: t('disclosure.itemTitle'), dataIndex: 'title', key: 'title' },
    { title: t('disclosure.enterprise'), dataIndex: 'enterpriseName', key: 'enterprise' },
    { title: t('disclosure.dueOn'), dataIndex: 'dueOn', key: 'dueOn' },
    {
      title: t('disclosure.daysLate'),
      dataIndex: 'daysLate',
      key: 'daysLate',
      render: (n: number) => <Typography.Text type="danger">{t('disclosure.daysLateValue', { count: n })}</Typography.Text>,
    },
  ];
  const count = list.data?.total;
  return (
    <Card
      title={count ? t('disclosure.overdueCard.titleCount', { count }) : t('disclosure.overdueCard.title')}
      extra={<Link to="/disclosures">{t('disclosure.overdueCard.all')}</Link>}
      data-testid="overdue-disclosures"
    >
      {list.isError && <ErrorAlert error={list.error} />}
      <Table<OverdueItem>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        locale={{ emptyText: t('disclosure.overdueCard.none') }}
        pagination={(list.data?.items.length ?? 0) > 5 ? { pageSize: 5, size: 'small' } : false}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
