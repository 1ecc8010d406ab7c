import { Card, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/feedback';
import { PageTitle } from '../../app/Layout';
import { useLaws, type CitedProvision, type Law } from './api';

function Provisions({ provisions }: { provisions: CitedProvision[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CitedProvision> = [
    { title: t('laws.citation'), dataIndex: 'citation', key: 'citation', width: 320 },
    { title: t('laws.summary'), dataIndex: 'summary', key: 'summary' },
  ];
  return (
    <Table<CitedProvision>
      rowKey="citation"
      size="small"
      columns={columns}
      dataSource={provisions}
      pagination={provisions.length > 20 ? { defaultPageSize: 20, size: 'small' } : false}
    />
  );
}

/** 法律法规: each instrument and version the catalogue cites, with the provisions it cites from it. */
export function LawsPage() {
  const { t } = useTranslation();
  const laws = useLaws();
  const provisionsOf = (law: Law) => (laws.data?.provisions ?? []).filter((p) => p.lawCode === law.code);

  const columns: TableColumnsType<Law> = [
    { title: t('laws.name'), dataIndex: 'title', key: 'title', render: (title: string) => `《${title}》` },
    { title: t('laws.version'), dataIndex: 'versionLabel', key: 'versionLabel', width: 260 },
    { title: t('laws.issuer'), dataIndex: 'issuer', key: 'issuer' },
    { title: t('laws.promulgatedOn'), dataIndex: 'promulgatedOn', key: 'promulgatedOn' },
    { title: t('laws.effectiveFrom'), dataIndex: 'effectiveFrom', key: 'effectiveFrom' },
    {
      title: t('laws.effectiveTo'),
      dataIndex: 'effectiveTo',
      key: 'effectiveTo',
      render: (to: string | null) => to ?? <Tag color="green">{t('laws.current')}</Tag>,
    },
    { title: t('laws.provisions'), key: 'provisions', render: (_, law) => t('laws.provisionCount', { count: provisionsOf(law).length }) },
  ];

  return (
    <>
      <PageTitle>{t('laws.title')}</PageTitle>
      <Card>
        {laws.isError && <ErrorAlert error={laws.error} />}
        <Table<Law>
          rowKey="code"
          size="middle"
          columns={columns}
          dataSource={laws.data?.laws}
          loading={laws.isFetching}
          scroll={{ x: 960 }}
          pagination={false}
          expandable={{ expandedRowRender: (law) => <Provisions provisions={provisionsOf(law)} /> }}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('catalogue.summaryNote')}
        </Typography.Paragraph>
      </Card>
    </>
  );
}
