import { Button, Card, Switch, Table, Flex, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { FigureFilterAlert } from '../../app/FigureFilterAlert';
import { ListFilters } from '../../app/ListFilters';
import { PAGE_SIZES, sortFromTable, sortOrderOf, useListQuery } from '../../app/useListQuery';
import { INSPECTION_TASK_SOURCES, INSPECTION_TASK_STATUSES } from '../../../../src/modules/inspections/codes';
import { TASK_SORTS, type TaskSort, TASK_FIGURE_CODES } from '../../../../src/modules/inspections/contract';
import { DownloadButton } from '../registry/DownloadButton';
import { TASKS_EXPORT_URL, useTasks, type Task } from './api';

const TASK_SPEC = { enums: { status: INSPECTION_TASK_STATUSES, source: INSPECTION_TASK_SOURCES, figure: TASK_FIGURE_CODES }, sorts: TASK_SORTS };
import { TaskStatusTag } from './labels';
import { StartModal } from './StartModal';
import { CreateTaskModal } from './CreateTaskModal';

/** 我的检查任务; leaders may widen it to their org's subtree. */
type FigureKey = `${(typeof TASK_FIGURE_CODES)[number] extends `${infer A}.${infer B}` ? `${A}_${B}` : never}`;

export function TasksPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [starting, setStarting] = useState<Task | null>(null);
  const [creating, setCreating] = useState(false);
  const list = useListQuery(TASK_SPEC);
  // A figure's drill-down shows the whole subtree's tasks, as the figure counts them.
  const [mine, setMine] = useState(!list.filter.figure);
  const query = { ...list.query, mine: String(mine) as 'true' | 'false' };
  const tasks = useTasks(query);
  const sorted = (key: TaskSort) => ({ sorter: true, sortOrder: sortOrderOf(list.sort, key) });
  const selects = [
    { name: 'status', label: t('inspections.status'), options: INSPECTION_TASK_STATUSES.map((v) => ({ value: v, label: t(`inspections.taskStatuses.${v}`) })) },
    { name: 'source', label: t('inspections.source'), options: INSPECTION_TASK_SOURCES.map((v) => ({ value: v, label: t(`inspections.sources.${v}`) })) },
  ];
  const inspector = can(user.roles, 'inspection.inspect');

  function open(task: Task) {
    if (task.recordId) return navigate(`/inspections/records/${task.recordId}`);
    setStarting(task);
  }

  const columns: TableColumnsType<Task> = [
    { title: t('inspections.enterprise'), dataIndex: 'enterpriseName', key: 'enterpriseName', ...sorted('enterpriseName') },
    {
      title: t('inspections.source'),
      dataIndex: 'source',
      key: 'source',
      ...sorted('source'),
      render: (s: Task['source'], task) => (task.tipRef ? `${t(`inspections.sources.${s}`)}（${task.tipRef}）` : t(`inspections.sources.${s}`)),
    },
    { title: t('inspections.plannedOn'), dataIndex: 'plannedOn', key: 'plannedOn', ...sorted('plannedOn') },
    { title: t('inspections.officers'), key: 'officers', render: (_, task) => task.officers.map((o) => o.name).join('、') },
    { title: t('inspections.status'), dataIndex: 'status', key: 'status', ...sorted('status'), render: (s: Task['status']) => <TaskStatusTag status={s} /> },
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
          <Flex gap={8} wrap style={{ marginInlineStart: 'auto' }}>
            {inspector && (
              <Button type="primary" onClick={() => setCreating(true)} data-testid="new-task">
                {t('inspections.newTask.button')}
              </Button>
            )}
            <DownloadButton
              path={TASKS_EXPORT_URL}
              fallbackName={`${t('inspections.tasksTitle')}.xlsx`}
              query={{ ...list.exportQuery, mine: query.mine }}
              data-testid="task-export"
            >
              {t('common.list.exportXlsx')}
            </DownloadButton>
          </Flex>
        </Flex>
        {list.filter.figure && (
          <FigureFilterAlert
            filter={list.filter}
            name={t(`inspections.figureNames.${list.filter.figure.replace('.', '_') as FigureKey}`)}
            onClear={() => list.setFilter({ figure: undefined })}
          />
        )}
        <ListFilters
          name="taskFilter"
          filter={list.filter}
          onChange={list.setFilter}
          onClear={list.clearFilter}
          searchLabel={t('common.list.searchEnterprise')}
          dateLabel={list.filter.figure ? t('common.figurePeriod') : t('common.list.plannedOn')}
          selects={selects}
        />
        {tasks.isError && <ErrorAlert error={tasks.error} />}
        <Table<Task>
          rowKey="id"
          columns={columns}
          dataSource={tasks.data?.items}
          loading={tasks.isFetching}
          scroll={{ x: 'max-content' }}
          onChange={(_p, _f, sorter, extra) => {
            if (extra.action === 'sort') list.setSort(sortFromTable(sorter, TASK_SORTS));
          }}
          pagination={{
            current: list.page,
            pageSize: list.pageSize,
            total: tasks.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            onChange: list.setPage,
            showTotal: (n) => t('common.total', { total: n }),
          }}
          data-testid="task-table"
        />
      </Card>
      {starting && <StartModal task={starting} onClose={() => setStarting(null)} />}
      {creating && <CreateTaskModal onClose={() => setCreating(false)} />}
    </>
  );
}
