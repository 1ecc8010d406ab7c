import { Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CRITERION_CODES, LISTING_STATES } from '../../../../src/modules/credit/codes';
import { CREDIT_FIGURE_CODES, type CreditFigureCode, LISTING_SORTS } from '../../../../src/modules/credit/contract';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { FigureFilterAlert } from '../../app/FigureFilterAlert';
import { PageTitle } from '../../app/Layout';
import { ListFilters } from '../../app/ListFilters';
import { PAGE_SIZES, sortFromTable, sortOrderOf, useListQuery } from '../../app/useListQuery';
import { DownloadButton } from '../registry/DownloadButton';
import { type Listing, useListings, useRepairs } from './api';
import { RepairsTable } from './EnterpriseCredit';
import { ListingStateTag } from './labels';
import { ProposeModal } from './ProposeModal';

const SPEC = { enums: { state: LISTING_STATES, criterion: CRITERION_CODES, figure: CREDIT_FIGURE_CODES }, sorts: LISTING_SORTS };
type Sort = (typeof LISTING_SORTS)[number];

/** 严重失信主体名单: the bureau's listings from proposal to removal, latest proposed first. */
export function ListingsPage() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useListQuery(SPEC);
  const listings = useListings(list.query);
  const [proposing, setProposing] = useState(false);
  const figure = list.filter.figure;
  const sorted = (key: Sort) => ({ sorter: true, sortOrder: sortOrderOf(list.sort, key) });
  const selects = [
    { name: 'state', label: t('credit.state'), options: LISTING_STATES.map((s) => ({ value: s, label: t(`credit.states.${s}`) })) },
    { name: 'criterion', label: t('credit.criterion'), options: CRITERION_CODES.map((c) => ({ value: c, label: t(`credit.criteria.${c}`) })) },
  ];
  const columns: TableColumnsType<Listing> = [
    {
      title: t('credit.enterprise'),
      dataIndex: 'enterpriseName',
      key: 'enterpriseName',
      render: (name: string, l) => <Link to={`/credit/listings/${l.id}`}>{name}</Link>,
    },
    { title: t('credit.uscc'), dataIndex: 'uscc', key: 'uscc' },
    {
      title: t('credit.criterion'),
      dataIndex: 'criterion',
      key: 'criterion',
      width: 280,
      render: (c: Listing['criterion']) => t(`credit.criteria.${c}`),
    },
    { title: t('credit.penaltyDecision'), dataIndex: 'penaltyDecisionNumber', key: 'penaltyDecisionNumber' },
    { title: t('credit.org'), dataIndex: 'orgName', key: 'orgName' },
    { title: t('credit.state'), dataIndex: 'state', key: 'state', render: (s: Listing['state']) => <ListingStateTag state={s} /> },
    { title: t('credit.proposedOn'), dataIndex: 'proposedOn', key: 'proposedOn', ...sorted('proposedOn') },
    { title: t('credit.listedOn'), dataIndex: 'listedOn', key: 'listedOn', ...sorted('listedOn'), render: (d: string | null) => d ?? '—' },
    { title: t('credit.termEndsOn'), dataIndex: 'termEndsOn', key: 'termEndsOn', ...sorted('termEndsOn'), render: (d: string | null) => d ?? '—' },
  ];

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t('credit.title')}</PageTitle>
        <Flex gap={8} wrap>
          {can(user.roles, 'credit.handle') && (
            <Button type="primary" onClick={() => setProposing(true)} data-testid="credit-propose">
              {t('credit.propose')}
            </Button>
          )}
          <DownloadButton
            path="/api/credit/listings/export.xlsx"
            fallbackName={`${t('credit.title')}.xlsx`}
            query={list.exportQuery}
            data-testid="credit-export"
          >
            {t('common.list.exportXlsx')}
          </DownloadButton>
          {/* The current list for the 全国信用信息共享平台 (docs/credit-export.md): listings in force of the subtree. */}
          <DownloadButton
            path="/api/credit/listings/export"
            fallbackName={`${t('credit.title')}.json`}
            query={{ format: 'json', orgId: list.filter.orgId }}
            data-testid="credit-export-platform-json"
          >
            {t('credit.exportPlatformJson')}
          </DownloadButton>
          <DownloadButton
            path="/api/credit/listings/export"
            fallbackName={`${t('credit.title')}.xlsx`}
            query={{ format: 'xlsx', orgId: list.filter.orgId }}
            data-testid="credit-export-platform-xlsx"
          >
            {t('credit.exportPlatformXlsx')}
          </DownloadButton>
        </Flex>
      </Flex>
      <Card>
        {/* 统计分析's drill-down (?figure=&orgId=&from=&to=): the listings a figure counts, until taken off. */}
        {figure && (
          <FigureFilterAlert
            filter={list.filter}
            name={t(`credit.figureNames.${figure as CreditFigureCode}`)}
            onClear={() => list.setFilter({ figure: undefined })}
          />
        )}
        <ListFilters
          name="creditFilter"
          filter={list.filter}
          onChange={list.setFilter}
          onClear={list.clearFilter}
          searchLabel={t('credit.search')}
          dateLabel={figure ? t('common.figurePeriod') : t('credit.proposedOn')}
          selects={selects}
        />
        {listings.isError && <ErrorAlert error={listings.error} />}
        <Table<Listing>
          rowKey="id"
          columns={columns}
          dataSource={listings.data?.items}
          loading={listings.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Typography.Text type="secondary">{t('credit.empty')}</Typography.Text> }}
          onChange={(_p, _f, sorter, extra) => {
            if (extra.action === 'sort') list.setSort(sortFromTable(sorter, LISTING_SORTS));
          }}
          pagination={{
            current: list.page,
            pageSize: list.pageSize,
            total: listings.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            onChange: list.setPage,
            showTotal: (total) => t('common.total', { total }),
          }}
          data-testid="credit-table"
        />
      </Card>
      <OpenRepairs />
      {proposing && <ProposeModal onClose={() => setProposing(false)} />}
    </>
  );
}

/** 待办: applications for early removal awaiting review or decision, the decision nearest due first. */
function OpenRepairs() {
  const { t } = useTranslation();
  const applied = useRepairs('applied');
  const reviewed = useRepairs('reviewed');
  const open = [...(applied.data?.items ?? []), ...(reviewed.data?.items ?? [])].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  if (open.length === 0) return null;
  return (
    <Card title={t('credit.repair.open')} style={{ marginTop: 16 }}>
      <RepairsTable repairs={open} withEnterprise />
    </Card>
  );
}
