import { Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LICENSE_MATTER_CODES, LICENSE_STATES } from '../../../../src/modules/licensing/codes';
import { LICENCE_SORTS } from '../../../../src/modules/licensing/licence-contract';
import { LICENCE_NAMES } from '../../../../src/modules/licensing/licence-content';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { ListFilters } from '../../app/ListFilters';
import { PageTitle } from '../../app/Layout';
import { PAGE_SIZES, sortFromTable, sortOrderOf, useListQuery } from '../../app/useListQuery';
import { DownloadButton } from '../registry/DownloadButton';
import { type Licence, useLicences } from './api';
import { ExpiringLicencesCard } from './ExpiringLicencesCard';
import { LicenceStateTag } from './LicenceTag';

const SPEC = { enums: { state: LICENSE_STATES, matterCode: LICENSE_MATTER_CODES }, sorts: LICENCE_SORTS };
type Sort = (typeof LICENCE_SORTS)[number];

/** 许可证登记: the licences the bureau issued (an enterprise user's own), newest first. */
export function LicencesPage() {
  const { t } = useTranslation();
  const user = useUser();
  const list = useListQuery(SPEC);
  const licences = useLicences(list.query);
  const k = 'licensing.licences' as const;
  const sorted = (key: Sort) => ({ sorter: true, sortOrder: sortOrderOf(list.sort, key) });
  const selects = [
    { name: 'state', label: t(`${k}.state`), options: LICENSE_STATES.map((s) => ({ value: s, label: t(`${k}.states.${s}`) })) },
    { name: 'matterCode', label: t(`${k}.matter`), options: LICENSE_MATTER_CODES.map((m) => ({ value: m, label: LICENCE_NAMES[m] })) },
  ];
  const columns: TableColumnsType<Licence> = [
    {
      title: t(`${k}.licenceNo`),
      dataIndex: 'licenceNo',
      key: 'licenceNo',
      ...sorted('licenceNo'),
      render: (no: string, l) => <Link to={`/licensing/licences/${l.id}`}>{no}</Link>,
    },
    { title: t(`${k}.name`), key: 'name', render: (_: unknown, l) => l.content.matterName },
    { title: t(`${k}.holder`), key: 'holder', render: (_: unknown, l) => l.content.holder },
    { title: t(`${k}.state`), dataIndex: 'state', key: 'state', render: (s: Licence['state']) => <LicenceStateTag state={s} /> },
    { title: t(`${k}.validTo`), dataIndex: 'validTo', key: 'validTo', ...sorted('validTo') },
    { title: t(`${k}.issuedOn`), dataIndex: 'issuedOn', key: 'issuedOn', ...sorted('issuedOn') },
    { title: t(`${k}.issuer`), key: 'issuer', render: (_: unknown, l) => l.content.issuer },
  ];
  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>{t(`${k}.title`)}</PageTitle>
        <DownloadButton
          path="/api/licensing/licences/export.xlsx"
          fallbackName={`${t(`${k}.title`)}.xlsx`}
          query={list.exportQuery}
          data-testid="licences-export"
        >
          {t('common.list.exportXlsx')}
        </DownloadButton>
      </Flex>
      {/* The enterprise has no workbench: its expiry warnings stand above its licences. */}
      {user.roles.includes('enterpriseUser') && (
        <div style={{ marginBottom: 16 }}>
          <ExpiringLicencesCard />
        </div>
      )}
      <Card>
        <ListFilters
          name="licencesFilter"
          filter={list.filter}
          onChange={list.setFilter}
          onClear={list.clearFilter}
          searchLabel={t(`${k}.search`)}
          dateLabel={t(`${k}.issuedOn`)}
          selects={selects}
          org={!user.roles.includes('enterpriseUser')}
        />
        {licences.isError && <ErrorAlert error={licences.error} />}
        <Table<Licence>
          rowKey="id"
          columns={columns}
          dataSource={licences.data?.items}
          loading={licences.isFetching}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Typography.Text type="secondary">{t(`${k}.empty`)}</Typography.Text> }}
          onChange={(_p, _f, sorter, extra) => {
            if (extra.action === 'sort') list.setSort(sortFromTable(sorter, LICENCE_SORTS));
          }}
          pagination={{
            current: list.page,
            pageSize: list.pageSize,
            total: licences.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: PAGE_SIZES,
            onChange: list.setPage,
            showTotal: (total) => t('common.total', { total }),
          }}
          data-testid="licence-table"
        />
      </Card>
    </>
  );
}
