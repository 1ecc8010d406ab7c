import { Descriptions, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/feedback';
import { formatNumber } from '../../app/format';
import { useOrg, type Delegation } from './api';

export function OrgDetails({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const org = useOrg(orgId);

  if (org.isPending) return <Spin />;
  if (org.isError) return <ErrorAlert error={org.error} />;
  const o = org.data;

  const columns: TableColumnsType<Delegation> = [
    { title: t('orgs.delegatingOrg'), dataIndex: 'delegatingOrgName', key: 'delegatingOrg' },
    { title: t('orgs.delegateOrg'), dataIndex: 'delegateOrgName', key: 'delegateOrg' },
    {
      title: t('orgs.fineCeiling'),
      dataIndex: 'fineCeiling',
      key: 'fineCeiling',
      align: 'right',
      render: (v: number) => t('common.yuan', { amount: formatNumber(v) }),
    },
    { title: t('orgs.validity'), key: 'validity', render: (_, d) => `${d.validFrom} ~ ${d.validTo}` },
    { title: t('orgs.legalBasis'), dataIndex: 'legalBasis', key: 'legalBasis' },
  ];

  return (
    <>
      <Descriptions
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'name', label: t('orgs.name'), children: o.name },
          { key: 'shortName', label: t('orgs.shortName'), children: o.shortName },
          { key: 'level', label: t('orgs.level'), children: <Tag>{t(`orgLevels.${o.level}`)}</Tag> },
          { key: 'regionCode', label: t('orgs.regionCode'), children: o.regionCode },
          { key: 'path', label: t('orgs.path'), children: o.pathNames.join(' / '), span: 'filled' },
        ]}
      />
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
        {t('orgs.delegations')}
      </Typography.Title>
      <Table<Delegation> rowKey="id" size="small" columns={columns} dataSource={o.delegations} pagination={false} scroll={{ x: 'max-content' }} />
    </>
  );
}
