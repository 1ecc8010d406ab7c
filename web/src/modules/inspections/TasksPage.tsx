import { Button, Card, Switch, Table, Flex, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { useTasks, type Task } from './api';
import { TaskStatusTag } from './labels';
import { StartModal } from './StartModal';

/** 我的检查任务; leaders may widen it to their org's subtree. */
export function TasksPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [mine, setMine] = useState(true);
  const [starting, setStarting] = useState<Task | null>(null);
  const list = useTasks(mine);
  const inspector = can(user.roles, 'inspection.inspect');

  function open(task: Task) {
    if (task.recordId) return navigate(`/inspections/records/${task.recordId}`);
    setStarting(task);
  }

  const columns: TableColumnsType<Task> = [
    { title: t('inspections.enterprise'), dataIndex: 'enterpriseName', key: 'enterprise' },
    {
      title: t('inspections.source'),
      dataIndex: 'source',
      key: 'source',
      render: (s: Task['source'], task) => (task.tipRef ? `${t(`inspections.sources.${s}`)}（${task.tipRef}）` : t(`inspections.sources.${s}`)),
    },
    { title: t('inspections.plannedOn'), dataIndex: 'plannedOn', key: 'plannedOn' },
    { title: t('inspections.officers'), key: 'officers', render: (_, task) => task.officers.map((o) => o.name).join('、') },
    { title: t('inspections.status'), dataIndex: 'status', key: 'status', render: (s: Task['status']) => <TaskStatusTag status={s} /> },
    {
      title: t('inspections.actions'),
      key: 'actions',
      render: (_, task) =>
        task.recordId ? (
          <Button onClick={() => open(task)} data-testid={`open-record-${task.id}`}>
            {t('inspections.continue')}
          </Button>
        ) : (
          inspector &&
          task.status === 'assigned' && (
            <Button type="primary" onClick={() => open(task)} data-testid={`start-${task.id}`}>
              {t('inspections.start')}
            </Button>
          )
        ),
    },
  ];

  return (
    <>
      <PageTitle>{t('inspections.tasksTitle')}</PageTitle>
      <Card>
        <Flex gap={8} align="center" style={{ marginBottom: 16 }}>
          <Switch checked={mine} onChange={setMine} aria-label={t('inspections.mine')} />
          <span>{t('inspections.mine')}</span>
        </Flex>
        {list.isError && <ErrorAlert error={list.error} />}
        <Table<Task> rowKey="id" columns={columns} dataSource={list.data} loading={list.isFetching} scroll={{ x: 'max-content' }} data-testid="task-table" />
      </Card>
      {starting && <StartModal task={starting} onClose={() => setStarting(null)} />}
    </>
  );
}
