import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, List, Space, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../app/feedback';
import { PublicTitle } from '../../portal/PortalLayout';
import { publicDocumentUrl, usePublicAnnual, usePublicAnnuals, type PublicAnnualDetail } from './annual-api';

export function PublicReportsPage() {
  const { t } = useTranslation();
  const list = usePublicAnnuals();
  return (
    <>
      <PublicTitle>{t('annual.portalList')}</PublicTitle>
      {list.isError && <ErrorAlert error={list.error} />}
      <Card>
        <List
          loading={list.isFetching}
          dataSource={list.data ?? []}
          locale={{ emptyText: t('annual.portalEmpty') }}
          renderItem={(r) => (
            <List.Item>
              <List.Item.Meta
                title={<Link to={`/portal/reports/${r.id}`}>{r.title}</Link>}
                description={<Typography.Text type="secondary">{t('annual.portalPublished', { org: r.orgName, on: r.publishedOn })}</Typography.Text>}
              />
            </List.Item>
          )}
        />
      </Card>
    </>
  );
}

type AnnexRow = PublicAnnualDetail['annex'][number];

export function PublicReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const report = usePublicAnnual(id);
  if (report.isError) return <ErrorAlert error={report.error} />;
  const r = report.data;
  if (!r) return <Spin />;
  return (
    <article>
      <PublicTitle>{r.title}</PublicTitle>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('annual.portalPublished', { org: r.orgName, on: r.publishedOn })}</Typography.Text>
        <Button size="small" icon={<DownloadOutlined />} href={publicDocumentUrl(r.id, 'pdf')}>
          PDF
        </Button>
        <Button size="small" icon={<DownloadOutlined />} href={publicDocumentUrl(r.id, 'docx')}>
          DOCX
        </Button>
      </Space>
      <Card>
        {r.sections.map((s) => (
          <section key={`${s.number}${s.title}`}>
            <Typography.Title level={s.level === 1 ? 2 : 3} style={{ fontSize: s.level === 1 ? 18 : 16 }}>
              {s.number}
              {s.title}
            </Typography.Title>
            {s.paragraphs.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of a published text, never reordered
              <Typography.Paragraph key={i} style={{ textIndent: '2em' }}>
                {p}
              </Typography.Paragraph>
            ))}
          </section>
        ))}
      </Card>
      <Card title={t('annual.annex')} style={{ marginTop: 16 }}>
        <Table<AnnexRow>
          rowKey="code"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={r.annex}
          columns={[
            { title: t('annual.code'), dataIndex: 'code', key: 'code' },
            { title: t('annual.name'), dataIndex: 'name', key: 'name' },
            { title: t('annual.value'), key: 'value', render: (_, f) => (f.text === '—' ? '—' : `${f.text}${f.unitName}`) },
            { title: t('annual.definition'), dataIndex: 'definition', key: 'definition' },
          ]}
        />
      </Card>
    </article>
  );
}
