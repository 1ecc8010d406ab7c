import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/feedback';
import { useHazards, type Hazard } from './api';
import { GradeTag, HazardDescription } from './labels';

/**
 * 逾期隐患 in the user's org subtree, as the overdue sweeper marked them: raised on the officer's
 * and the leader's workbench so each is re-inspected, extended or escalated.
 */
export function OverdueHazardsCard() {
  const { t } = useTranslation();
  const list = useHazards({ status: 'overdue' });
  const columns: TableColumnsType<Hazard> = [
    { title: t('inspections.enterprise'), dataIndex: 'enterpriseName', key: 'enterprise' },
    { title: t('inspections.description'), key: 'description', render: (_, h) => <HazardDescription hazard={h} /> },
    { title: t('inspections.grade'), dataIndex: 'grade', key: 'grade', render: (g: Hazard['grade']) => <GradeTag grade={g} /> },
    { title: t('inspections.deadline'), dataIndex: 'deadline', key: 'deadline', render: (d: string) => <Typography.Text type="danger">{d}</Typography.Text> },
  ];
  const count = list.data?.length;
  return (
    <Card
      title={count ? t('inspections.overdue.titleCount', { count }) : t('inspections.overdue.title')}
      extra={<Link to="/inspections/hazards">{t('inspections.overdue.all')}</Link>}
      data-testid="overdue-hazards"
    >
      {list.isError && <ErrorAlert error={list.error} />}
      <Table<Hazard>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={list.data}
        loading={list.isFetching}
        locale={{ emptyText: t('inspections.overdue.none') }}
        pagination={(count ?? 0) > 5 ? { pageSize: 5, size: 'small' } : false}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
