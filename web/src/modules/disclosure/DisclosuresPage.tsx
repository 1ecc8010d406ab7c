import { Button, Card, Checkbox, Flex, Popconfirm, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert, useReportError } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { DISCLOSURE_STATUSES, portalUrl, useDisclosures, usePublishDisclosure, type DisclosureStatus, type StaffItem } from './api';
import { DashboardCard } from './DashboardCard';
import { daysLateOf, DisclosureStatusTag } from './labels';
import { WithdrawModal } from './WithdrawModal';
import { chinaToday } from '../../app/format';

/**
 * 执法公示 for staff: how the org subtree keeps its publication deadlines, then every due item with
 * the steps the user may take on it (公开 for officers and leaders, 撤回 for leaders).
 */
export function DisclosuresPage() {
  const { t } = useTranslation();
  const user = useUser();
  const reportError = useReportError();
  const [orgId, setOrgId] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<DisclosureStatus | undefined>(undefined);
  const [overdue, setOverdue] = useState(false);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const [withdrawing, setWithdrawing] = useState<StaffItem | null>(null);
  const list = useDisclosures({ orgId, status, overdue, page, pageSize });
  const publish = usePublishDisclosure();
  const mayPublish = can(user.roles, 'disclosure.publish');
  const mayWithdraw = can(user.roles, 'disclosure.withdraw');
  const today = chinaToday();
  // A new filter starts again from the first page.
  const filter =
    <V,>(set: (v: V) => void) =>
    (v: V) => {
      set(v);
      setPage(1);
    };

  const columns: TableColumnsType<StaffItem> = [
    { title: t('disclosure.kind'), dataIndex: 'kind', key: 'kind', render: (k: StaffItem['kind']) => t(`portal.kinds.${k}`) },
    {
      title: t('disclosure.itemTitle'),
      key: 'title',
      render: (_, d) =>
        d.status === 'published' ? (
          <a href={portalUrl(d.id)} target="_blank" rel="noreferrer">
            {d.title}
          </a>
        ) : (
          d.title
        ),
    },
    { title: t('disclosure.enterprise'), dataIndex: 'enterpriseName', key: 'enterprise' },
    { title: t('disclosure.decidedOn'), dataIndex: 'decidedOn', key: 'decidedOn' },
    { title: t('disclosure.dueOn'), dataIndex: 'dueOn', key: 'dueOn' },
    { title: t('disclosure.status'), key: 'status', render: (_, d) => <DisclosureStatusTag item={d} /> },
    {
      title: t('disclosure.daysLate'),
      key: 'daysLate',
      render: (_, d) => {
        const days = daysLateOf(d, today);
        return days > 0 ? <Typography.Text type="danger">{t('disclosure.daysLateValue', { count: days })}</Typography.Text> : '-';
      },
    },
    {
      title: t('disclosure.actions'),
      key: 'actions',
      render: (_, d) => (
        <Flex wrap gap={4}>
          {d.status === 'pending' && mayPublish && (
            <Popconfirm title={t('disclosure.publishConfirm')} onConfirm={() => publish.mutateAsync(d.id).catch(reportError)} okText={t('disclosure.publish')}>
              <Button size="small" type="primary" loading={publish.isPending && publish.variables === d.id} data-testid={`publish-${d.id}`}>
                {t('disclosure.publish')}
              </Button>
            </Popconfirm>
          )}
          {d.status === 'published' && (
            <Button size="small" href={portalUrl(d.id)} target="_blank" data-testid={`portal-${d.id}`}>
              {t('disclosure.viewOnPortal')}
            </Button>
          )}
          {d.status === 'published' && mayWithdraw && (
            <Button size="small" danger onClick={() => setWithdrawing(d)} data-testid={`withdraw-${d.id}`}>
              {t('disclosure.withdraw')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageTitle>{t('disclosure.title')}</PageTitle>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
        <OrgTreeSelect value={orgId ?? user.orgId} onChange={filter(setOrgId)} placeholder={t('disclosure.filters.org')} />
      </Flex>
      <DashboardCard orgId={orgId ?? user.orgId} />
      <Card>
        <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
          <Select<DisclosureStatus | undefined>
            aria-label={t('disclosure.filters.status')}
            value={status}
            onChange={filter(setStatus)}
            allowClear
            placeholder={t('disclosure.filters.allStatuses')}
            style={{ width: 160 }}
            options={DISCLOSURE_STATUSES.map((s) => ({ value: s, label: t(`disclosure.statuses.${s}`) }))}
          />
          <Checkbox checked={overdue} onChange={(e) => filter(setOverdue)(e.target.checked)}>
            {t('disclosure.filters.overdueOnly')}
          </Checkbox>
        </Flex>
        {list.isError && <ErrorAlert error={list.error} />}
        <Table<StaffItem>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          data-testid="disclosure-table"
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t('disclosure.total', { total }),
            onChange: (p, s) => {
              setPage(s === pageSize ? p : 1);
              setPageSize(s);
            },
          }}
        />
      </Card>
      {withdrawing && <WithdrawModal item={withdrawing} onClose={() => setWithdrawing(null)} />}
    </>
  );
}
