import { Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/feedback';
import { PAGE_SIZES } from '../../app/useListQuery';
import { useHazardList, useTasks, type Hazard, type Task } from './api';
import { GradeTag, HazardDescription, HazardStatusTag, OriginTag, TaskStatusTag, taskKindText } from './labels';

// The enterprise page's 检查记录 and 隐患 tabs (registry's page lays them out, this module fills
// them): newest first, paged by the server; the full lists with their filters are a click away.

function usePaging() {
  const { t } = useTranslation();
  const [page, setPage] = useState({ page: 1, pageSize: 10 });
  const pagination = (total: number | undefined) => ({
    current: page.page,
    pageSize: page.pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES,
    onChange: (p: number, pageSize: number) => setPage({ page: p, pageSize }),
    showTotal: (n: number) => t('common.total', { total: n }),
  });
  return { page, pagination };
}

export function EnterpriseTasksTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const { page, pagination } = usePaging();
  // A leader sees every task on the enterprise in the subtree; an officer the ones they are on.
  const tasks = useTasks({ enterpriseId, mine: 'false', ...page });
  const columns: TableColumnsType<Task> = [
    { title: t('inspections.plannedOn'), dataIndex: 'plannedOn', key: 'plannedOn' },
    { title: t('inspections.source'), key: 'source', render: (_, task) => taskKindText(t, task) },
    { title: t('inspections.officers'), key: 'officers', render: (_, task) => task.officers.map((o) => o.name).join('、') },
    { title: t('inspections.status'), dataIndex: 'status', key: 'status', render: (s: Task['status']) => <TaskStatusTag status={s} /> },
    {
      title: t('inspections.record'),
      key: 'record',
      render: (_, task) => (task.recordId ? <Link to={`/inspections/records/${task.recordId}`}>{t('inspections.openRecord')}</Link> : null),
    },
  ];
  return (
    <>
      {tasks.isError && <ErrorAlert error={tasks.error} />}
      <Table<Task>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={tasks.data?.items}
        loading={tasks.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={pagination(tasks.data?.total)}
        data-testid="enterprise-tasks"
      />
    </>
  );
}

export function EnterpriseHazardsTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const { page, pagination } = usePaging();
  const hazards = useHazardList({ enterpriseId, ...page });
  const columns: TableColumnsType<Hazard> = [
    { title: t('inspections.foundOn'), dataIndex: 'foundOn', key: 'foundOn' },
    { title: t('inspections.description'), key: 'description', render: (_, h) => <HazardDescription hazard={h} /> },
    { title: t('inspections.grade'), dataIndex: 'grade', key: 'grade', render: (g: Hazard['grade']) => <GradeTag grade={g} /> },
    { title: t('inspections.hazardOrigin'), dataIndex: 'origin', key: 'origin', render: (o: Hazard['origin']) => <OriginTag origin={o} /> },
    { title: t('inspections.deadline'), dataIndex: 'deadline', key: 'deadline' },
    { title: t('inspections.status'), dataIndex: 'status', key: 'status', render: (s: Hazard['status']) => <HazardStatusTag status={s} /> },
  ];
  return (
    <>
      {hazards.isError && <ErrorAlert error={hazards.error} />}
      <Table<Hazard>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={hazards.data?.items}
        loading={hazards.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={pagination(hazards.data?.total)}
        data-testid="enterprise-hazards"
      />
    </>
  );
}
