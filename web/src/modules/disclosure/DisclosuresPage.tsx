import { App, Button, Card, Checkbox, Flex, Form, Popconfirm, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert, useReportError } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { ListFilters } from '../../app/ListFilters';
import { PAGE_SIZES, sortFromTable, sortOrderOf, useListQuery } from '../../app/useListQuery';
import { DISCLOSURE_FIGURE_CODES, DISCLOSURE_SORTS, type DisclosureSort } from '../../../../src/modules/disclosure/contract';
import { FigureFilterAlert } from '../../app/FigureFilterAlert';
import { DownloadButton } from '../registry/DownloadButton';
import { DISCLOSURE_KINDS, DISCLOSURE_STATUSES, EXPORT_URL, portalUrl, useDisclosures, usePublishDisclosure, type StaffItem } from './api';
import { DashboardCard } from './DashboardCard';
import { daysLateOf, DisclosureStatusTag } from './labels';
import { WithdrawModal } from './WithdrawModal';
import { chinaToday } from '../../app/format';

const SPEC = { enums: { status: DISCLOSURE_STATUSES, kind: DISCLOSURE_KINDS, overdue: ['true'], figure: DISCLOSURE_FIGURE_CODES }, sorts: DISCLOSURE_SORTS };
type FigureKey = (typeof DISCLOSURE_FIGURE_CODES)[number] extends `disclosure.${infer K}` ? K : never;

/**
 * 执法公示 for staff: how the org subtree keeps its publication deadlines, then every due item with
 * the steps the user may take on it (公开 for officers and leaders, 撤回 for leaders).
 */
export function DisclosuresPage() {
  const { t } = useTranslation();
  const user = useUser();
  const reportError = useReportError();
  const [withdrawing, setWithdrawing] = useState<StaffItem | null>(null);
  const list = useListQuery(SPEC);
  const orgId = list.filter.orgId;
  const disclosures = useDisclosures(list.query);
  const sorted = (key: DisclosureSort) => ({ sorter: true, sortOrder: sortOrderOf(list.sort, key) });
  const selects = [
    { name: 'status', label: t('disclosure.filters.status'), options: DISCLOSURE_STATUSES.map((s) => ({ value: s, label: t(`disclosure.statuses.${s}`) })) },
    { name: 'kind', label: t('disclosure.kind'), options: DISCLOSURE_KINDS.map((k) => ({ value: k, label: t(`portal.kinds.${k}`) })) },
  ];
  const publish = usePublishDisclosure();
  const { message } = App.useApp();
  const mayPublish = can(user.roles, 'disclosure.publish');
  const mayWithdraw = can(user.roles, 'disclosure.withdraw');
  const today = chinaToday();
  const figure = list.filter.figure;

  const columns: TableColumnsType<StaffItem> = [
    { title: t('disclosure.kind'), dataIndex: 'kind', key: 'kind', ...sorted('kind'), render: (k: StaffItem['kind']) => t(`portal.kinds.${k}`) },
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
    { title: t('disclosure.enterprise'), dataIndex: 'enterpriseName', key: 'enterpriseName', ...sorted('enterpriseName') },
    { title: t('disclosure.decidedOn'), dataIndex: 'decidedOn', key: 'decidedOn', ...sorted('decidedOn') },
    { title: t('disclosure.dueOn'), dataIndex: 'dueOn', key: 'dueOn', ...sorted('dueOn') },
    { title: t('disclosure.status'), key: 'status', ...sorted('status'), render: (_, d) => <DisclosureStatusTag item={d} /> },
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
            <Popconfirm
              title={t('disclosure.publishConfirm')}
              onConfirm={() =>
                publish
                  .mutateAsync(d.id)
                  .then(() => message.success(t('common.done', { what: t('disclosure.publish') })))
                  .catch(reportError)
              }
              okText={t('disclosure.publish')}
            >
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
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('disclosure.title')}</PageTitle>
        <DownloadButton path={EXPORT_URL} fallbackName={`${t('disclosure.title')}.xlsx`} query={list.exportQuery} data-testid="disclosure-export">
          {t('common.list.exportXlsx')}
        </DownloadButton>
      </Flex>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
        <OrgTreeSelect
          value={orgId ?? user.orgId}
          onChange={(v) => list.setFilter({ orgId: v })}
          placeholder={t('disclosure.filters.org')}
          aria-label={t('disclosure.filters.org')}
        />
      </Flex>
      <DashboardCard orgId={orgId ?? user.orgId} />
      <Card>
        {figure && (
          <FigureFilterAlert
            filter={list.filter}
            name={t(`disclosure.figureNames.${figure.split('.')[1] as FigureKey}`)}
            onClear={() => list.setFilter({ figure: undefined })}
          />
        )}
        <ListFilters
          name="disclosureFilter"
          filter={list.filter}
          onChange={list.setFilter}
          onClear={list.clearFilter}
          searchLabel={t('common.list.searchEnterprise')}
          dateLabel={figure ? t('common.figurePeriod') : t('common.list.decidedOn')}
          selects={selects}
          org={false}
        >
          <Form.Item>
            <Checkbox checked={list.filter.overdue === 'true'} onChange={(e) => list.setFilter({ overdue: e.target.checked ? 'true' : undefined })}>
              {t('disclosure.filters.overdueOnly')}
            </Checkbox>
          </Form.Item>
        </ListFilters>
        {disclosures.isError && <ErrorAlert error={disclosures.error} />}
        <Table<StaffItem>
          rowKey="id"
          columns={columns}
          dataSource={disclosures.data?.items}
          loading={disclosures.isFetching}
          scroll={{ x: 'max-content' }}
          data-testid="disclosure-table"
          onChange={(_p, _f, sorter, extra) => {
            if (extra.action === 'sort') list.setSort(sortFromTable(sorter, DISCLOSURE_SORTS));
          }}
          pagination={{
            current: list.page,
            pageSize: list.pageSize,
            total: disclosures.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            showTotal: (total) => t('disclosure.total', { total }),
            onChange: list.setPage,
          }}
        />
      </Card>
      {withdrawing && <WithdrawModal item={withdrawing} onClose={() => setWithdrawing(null)} />}
    </>
  );
}
