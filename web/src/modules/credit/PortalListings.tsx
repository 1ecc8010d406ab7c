import { Input, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicListingOut } from '../../../../src/modules/credit/contract';
import { ErrorAlert } from '../../app/feedback';
import { PublicTitle } from '../../portal/PortalLayout';
import { usePublicListings } from './api';

/** 严重失信主体名单 on the portal: who is listed now, by whom, on which decision, until when. */
export function PortalListings() {
  const { t } = useTranslation();
  const [q, setQ] = useState<string>();
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const listings = usePublicListings({ q, page, pageSize });
  return (
    <>
      <PublicTitle>{t('credit.portal.title')}</PublicTitle>
      <Typography.Paragraph>{t('credit.portal.intro')}</Typography.Paragraph>
      <Input.Search
        aria-label={t('credit.search')}
        placeholder={t('credit.search')}
        allowClear
        enterButton
        style={{ maxWidth: 420, marginBottom: 16 }}
        onSearch={(v) => {
          setQ(v.trim() || undefined);
          setPage(1);
        }}
      />
      {listings.isError && <ErrorAlert error={listings.error} />}
      <Table<PublicListingOut>
        rowKey="id"
        size="small"
        loading={listings.isFetching}
        dataSource={listings.data?.items}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('credit.portal.empty') }}
        columns={[
          { title: t('credit.enterprise'), dataIndex: 'enterpriseName', key: 'enterpriseName' },
          { title: t('credit.uscc'), dataIndex: 'uscc', key: 'uscc' },
          {
            title: t('credit.criterion'),
            dataIndex: 'criterion',
            key: 'criterion',
            width: 260,
            render: (c: PublicListingOut['criterion']) => t(`credit.criteria.${c}`),
          },
          { title: t('credit.decisionNumber'), dataIndex: 'decisionNumber', key: 'decisionNumber' },
          { title: t('credit.org'), dataIndex: 'orgName', key: 'orgName' },
          { title: t('credit.listedOn'), dataIndex: 'listedOn', key: 'listedOn' },
          { title: t('credit.termEndsOn'), dataIndex: 'termEndsOn', key: 'termEndsOn' },
        ]}
        pagination={{
          current: page,
          pageSize,
          total: listings.data?.total ?? 0,
          showSizeChanger: true,
          onChange: (p, s) => {
            setPage(p);
            setPageSize(s);
          },
          showTotal: (total) => t('common.total', { total }),
        }}
        data-testid="portal-credit-table"
      />
    </>
  );
}
