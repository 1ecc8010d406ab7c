import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table, Tabs, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CASE_STATES, type CaseState } from '../../../../src/modules/cases/workflow/machine';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { formatChinaDate, formatDateTime } from '../../app/format';
import { FigureFilterAlert } from '../../app/FigureFilterAlert';
import { ListFilters } from '../../app/ListFilters';
import { PAGE_SIZES, sortFromTable, sortOrderOf, useListQuery, type ListSort } from '../../app/useListQuery';
import { CASE_FIGURE_CODES, CASE_SORTS, type CaseSort } from '../../../../src/modules/cases/contract';
import { DownloadButton } from '../registry/DownloadButton';
import { PageTitle } from '../../app/Layout';
import { CASES_EXPORT_URL, useCases, useReviewQueue, type PenaltyCase } from './api';
import { CreateCaseModal } from './CreateCaseModal';
import { CaseStateTag, DeadlineTag } from './labels';

const SPEC = { enums: { state: Object.keys(CASE_STATES), procedure: ['general', 'summary'], figure: CASE_FIGURE_CODES }, sorts: CASE_SORTS };

type FigureKey = (typeof CASE_FIGURE_CODES)[number] extends `cases.${infer K}` ? K : never;

interface Paging {
  page: number;
  pageSize: number;
  sort: ListSort<CaseSort>;
  onPage: (page: number, pageSize: number) => void;
  onSort: (sort: ListSort<CaseSort>) => void;
}

export function CaseTable({ data, total, loading, paging }: { data?: PenaltyCase[]; total?: number; loading: boolean; paging?: Paging }) {
  const { t } = useTranslation();
  const sorted = (key: CaseSort) => (paging ? { sorter: true, sortOrder: sortOrderOf(paging.sort, key) } : {});
  const columns: TableColumnsType<PenaltyCase> = [
    {
      title: t('cases.party'),
      dataIndex: 'partyName',
      key: 'partyName',
      ...sorted('partyName'),
      render: (name: string, c) => <Link to={`/cases/${c.id}`}>{name}</Link>,
    },
    { title: t('cases.violation'), dataIndex: 'violationTitle', key: 'violationTitle' },
    { title: t('cases.procedure'), dataIndex: 'procedure', key: 'procedure', render: (p: string) => t(`cases.procedures.${p as 'general' | 'summary'}`) },
    { title: t('cases.state'), dataIndex: 'state', key: 'state', ...sorted('state'), render: (s: string, c) => <CaseStateTag state={s} name={c.stateName} /> },
    { title: t('cases.nextDeadline'), key: 'nextDeadline', render: (_, c) => <DeadlineTag deadline={c.nextDeadline} /> },
    { title: t('cases.org'), dataIndex: 'orgName', key: 'orgName' },
    { title: t('common.list.registeredOn'), dataIndex: 'createdAt', key: 'createdAt', ...sorted('createdAt'), render: (v: string) => formatChinaDate(v) },
    { title: t('cases.updatedAt'), dataIndex: 'updatedAt', key: 'updatedAt', ...sorted('updatedAt'), render: (v: string) => formatDateTime(v) },
  ];
  return (
    <Table<PenaltyCase>
      rowKey="id"
      columns={columns}
      dataSource={data}
      loading={loading}
      scroll={{ x: 'max-content' }}
      onChange={(_p, _f, sorter, extra) => {
        if (paging && extra.action === 'sort') paging.onSort(sortFromTable(sorter, CASE_SORTS));
      }}
      pagination={
        paging
          ? {
              current: paging.page,
              pageSize: paging.pageSize,
              total,
              showSizeChanger: true,
              pageSizeOptions: PAGE_SIZES,
              onChange: paging.onPage,
              showTotal: (n) => t('common.total', { total: n }),
            }
          : false
      }
      data-testid="case-table"
    />
  );
}

export function CasesPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const isReviewer = can(user.roles, 'case.review');
  const mayOpen = can(user.roles, 'case.open');
  const list = useListQuery(SPEC);
  const cases = useCases(list.query);
  const queue = useReviewQueue(isReviewer);
  const selects = [
    { name: 'state', label: t('cases.state'), options: (Object.keys(CASE_STATES) as CaseState[]).map((s) => ({ value: s, label: CASE_STATES[s] })) },
    {
      name: 'procedure',
      label: t('cases.procedure'),
      options: (['general', 'summary'] as const).map((p) => ({ value: p, label: t(`cases.procedures.${p}`) })),
    },
  ];

  const figure = list.filter.figure;
  const all = (
    <>
      {figure && (
        <FigureFilterAlert
          filter={list.filter}
          name={t(`cases.figureNames.${figure.split('.')[1] as FigureKey}`)}
          onClear={() => list.setFilter({ figure: undefined })}
        />
      )}
      <ListFilters
        name="caseFilter"
        filter={list.filter}
        onChange={list.setFilter}
        onClear={list.clearFilter}
        searchLabel={t('common.list.searchParty')}
        dateLabel={figure ? t('common.figurePeriod') : t('common.list.registeredOn')}
        selects={selects}
      />
      {cases.isError && <ErrorAlert error={cases.error} />}
      <CaseTable
        data={cases.data?.items}
        total={cases.data?.total}
        loading={cases.isFetching}
        paging={{ page: list.page, pageSize: list.pageSize, sort: list.sort, onPage: list.setPage, onSort: list.setSort }}
      />
    </>
  );
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('cases.title')}</PageTitle>
        <Flex gap={8} wrap>
          {mayOpen && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('cases.add')}
            </Button>
          )}
          <DownloadButton path={CASES_EXPORT_URL} fallbackName={`${t('cases.title')}.xlsx`} query={list.exportQuery} data-testid="case-export">
            {t('common.list.exportXlsx')}
          </DownloadButton>
        </Flex>
      </Flex>
      <Card>
        {isReviewer ? (
          <Tabs
            items={[
              { key: 'all', label: t('cases.all'), children: all },
              {
                key: 'queue',
                label: t('cases.reviewQueue', { count: queue.data?.total ?? 0 }),
                children: queue.isError ? <ErrorAlert error={queue.error} /> : <CaseTable data={queue.data?.items} loading={queue.isFetching} />,
              },
            ]}
          />
        ) : (
          all
        )}
      </Card>
      {adding && <CreateCaseModal onClose={() => setAdding(false)} onCreated={(c) => navigate(`/cases/${c.id}`)} />}
    </>
  );
}
