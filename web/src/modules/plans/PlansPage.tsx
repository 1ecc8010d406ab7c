import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, InputNumber, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PLAN_STATUSES, type PlanStatus } from '../../../../src/modules/plans/contract';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { usePlans, type PlanFilter, type PlanSummary } from './api';
import { CreatePlanModal } from './CreatePlanModal';
import { PlanStatusTag } from './labels';

export function PlansPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [filter, setFilter] = useState<PlanFilter>({});
  const [adding, setAdding] = useState(false);
  const list = usePlans(filter);
  const set = (patch: PlanFilter) => setFilter((f) => ({ ...f, ...patch }));

  const columns: TableColumnsType<PlanSummary> = [
    { title: t('plans.year'), dataIndex: 'year', key: 'year', sorter: (a, b) => a.year - b.year },
    { title: t('plans.planTitle'), dataIndex: 'title', key: 'title', render: (title: string, p) => <Link to={`/plans/${p.id}`}>{title}</Link> },
    { title: t('plans.org'), dataIndex: 'orgName', key: 'orgName' },
    { title: t('plans.status'), dataIndex: 'status', key: 'status', render: (s: PlanStatus) => <PlanStatusTag status={s} /> },
    { title: t('plans.itemCount'), dataIndex: 'itemCount', key: 'itemCount' },
    { title: t('plans.updatedAt'), dataIndex: 'updatedAt', key: 'updatedAt', render: (v: string) => formatDateTime(v) },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('plans.title')}</PageTitle>
        {can(user.roles, 'plan.edit') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            {t('plans.add')}
          </Button>
        )}
      </Flex>
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <OrgTreeSelect value={filter.orgId} onChange={(orgId) => set({ orgId })} placeholder={t('plans.org')} allowClear />
          <InputNumber<number>
            aria-label={t('plans.year')}
            placeholder={t('plans.year')}
            min={2000}
            max={2100}
            precision={0}
            value={filter.year ?? null}
            onChange={(year) => set({ year: year ?? undefined })}
          />
          <Select<PlanStatus>
            aria-label={t('plans.status')}
            placeholder={t('plans.status')}
            allowClear
            style={{ minWidth: 140 }}
            value={filter.status}
            onChange={(status) => set({ status })}
            options={PLAN_STATUSES.map((s) => ({ value: s, label: t(`plans.statuses.${s}`) }))}
          />
        </Flex>
        {list.isError && <ErrorAlert error={list.error} />}
        <Table<PlanSummary>
          rowKey="id"
          columns={columns}
          dataSource={list.data}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{ showTotal: (total) => t('common.total', { total }) }}
          data-testid="plan-table"
        />
      </Card>
      {adding && <CreatePlanModal onClose={() => setAdding(false)} onCreated={(p) => navigate(`/plans/${p.id}`)} />}
    </>
  );
}
