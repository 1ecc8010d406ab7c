import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Table, Tabs, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CASE_STATES, type CaseState } from '../../../../src/modules/cases/workflow/machine';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { useCases, useReviewQueue, type CaseFilter, type PenaltyCase } from './api';
import { CreateCaseModal } from './CreateCaseModal';
import { CaseStateTag, DeadlineTag } from './labels';

const PAGE = 20;

function CaseTable({
  data,
  total,
  loading,
  page,
  onPage,
}: {
  data?: PenaltyCase[];
  total?: number;
  loading: boolean;
  page?: number;
  onPage?: (page: number) => void;
}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<PenaltyCase> = [
    { title: t('cases.party'), dataIndex: 'partyName', key: 'partyName', render: (name: string, c) => <Link to={`/cases/${c.id}`}>{name}</Link> },
    { title: t('cases.violation'), dataIndex: 'violationTitle', key: 'violationTitle' },
    { title: t('cases.procedure'), dataIndex: 'procedure', key: 'procedure', render: (p: string) => t(`cases.procedures.${p as 'general' | 'summary'}`) },
    { title: t('cases.state'), dataIndex: 'state', key: 'state', render: (s: string, c) => <CaseStateTag state={s} name={c.stateName} /> },
    { title: t('cases.nextDeadline'), key: 'nextDeadline', render: (_, c) => <DeadlineTag deadline={c.nextDeadline} /> },
    { title: t('cases.org'), dataIndex: 'orgName', key: 'orgName' },
    { title: t('cases.updatedAt'), dataIndex: 'updatedAt', key: 'updatedAt', render: (v: string) => formatDateTime(v) },
  ];
  return (
    <Table<PenaltyCase>
      rowKey="id"
      columns={columns}
      dataSource={data}
      loading={loading}
      scroll={{ x: 'max-content' }}
      pagination={onPage ? { current: page, pageSize: PAGE, total, onChange: onPage, showTotal: (n) => t('common.total', { total: n }) } : false}
      data-testid="case-table"
    />
  );
}

export function CasesPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [filter, setFilter] = useState<CaseFilter>({});
  const [page, setPage] = useState(1);
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const isReviewer = can(user.roles, 'case.review');
  const mayOpen = can(user.roles, 'case.open');
  const list = useCases(filter, { limit: PAGE, offset: (page - 1) * PAGE });
  const queue = useReviewQueue(isReviewer);
  const set = (patch: CaseFilter) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  const all = (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <OrgTreeSelect value={filter.orgId} onChange={(orgId) => set({ orgId })} placeholder={t('cases.org')} allowClear />
        <Select<CaseState>
          aria-label={t('cases.state')}
          placeholder={t('cases.state')}
          allowClear
          style={{ minWidth: 180 }}
          value={filter.state}
          onChange={(state) => set({ state })}
          options={(Object.keys(CASE_STATES) as CaseState[]).map((s) => ({ value: s, label: CASE_STATES[s] }))}
        />
      </Flex>
      {list.isError && <ErrorAlert error={list.error} />}
      <CaseTable data={list.data?.items} total={list.data?.total} loading={list.isFetching} page={page} onPage={setPage} />
    </>
  );
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('cases.title')}</PageTitle>
        {mayOpen && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('cases.add')}
          </Button>
        )}
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
