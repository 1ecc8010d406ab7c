import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Space, Spin, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { FigureOut } from '../../../../src/modules/report/contract';
import { can } from '../../app/access';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { formatDateTime } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { AnnualActions } from './AnnualActions';
import { AnnualStateTag } from './AnnualReportsPage';
import { AnnualSectionCard } from './AnnualSectionCard';
import { documentUrl, useAnnualReport, type AnnualReport } from './annual-api';
import { OutlineEditor } from './OutlineEditor';

export function AnnualReportPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const user = useUser();
  const query = useAnnualReport(id);
  const [editing, setEditing] = useState(false);
  if (query.isError) return <ErrorAlert error={query.error} />;
  const report = query.data;
  if (!report) return <Spin />;
  const drafting = report.state === 'drafting' && can(user.roles, 'report.draft');
  const drills = new Map(report.figures.sections.flatMap((s) => s.figures.map((f) => [f.code, f.drill] as const)));

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <PageTitle>
          {report.title} <AnnualStateTag state={report.state} />
        </PageTitle>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={documentUrl(report.id, 'pdf')}>
            {t('annual.download')} PDF
          </Button>
          <Button icon={<DownloadOutlined />} href={documentUrl(report.id, 'docx')}>
            {t('annual.download')} DOCX
          </Button>
          {drafting && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('annual.editOutline')}
            </Button>
          )}
          <AnnualActions report={report} />
        </Space>
      </Flex>
      <Status report={report} />
      {report.sections.map((s) => (
        <AnnualSectionCard key={s.key} reportId={report.id} section={s} editable={drafting} drills={drills} />
      ))}
      <Annex report={report} />
      {editing && <OutlineEditor report={report} onClose={() => setEditing(false)} />}
    </>
  );
}

function Status({ report }: { report: AnnualReport }) {
  const { t } = useTranslation();
  const { deadlines: d } = report;
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Space direction="vertical" size={4}>
        <Typography.Text>{t('annual.reportBy', { on: d.report.on, label: d.report.label })}</Typography.Text>
        <Typography.Text>{t('annual.publishBy', { on: d.publish.on, label: d.publish.label })}</Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {d.publish.basis}
        </Typography.Text>
        {report.publishedOn && (
          <Typography.Text type={report.publishedOnTime ? 'success' : 'danger'}>
            {t(report.publishedOnTime ? 'annual.onTime' : 'annual.late', { on: report.publishedOn })}
          </Typography.Text>
        )}
        {report.submittedBy && <Typography.Text>{t('annual.submittedBy', { name: report.submittedBy })}</Typography.Text>}
        {report.approvedBy && (
          <Typography.Text>
            {t('annual.approvedBy', { name: report.approvedBy })} · {formatDateTime(report.approvedAt)}
          </Typography.Text>
        )}
        <Typography.Text type="secondary">{t(report.figuresFrozen ? 'annual.frozen' : 'annual.live')}</Typography.Text>
      </Space>
      {report.returnReason && report.state === 'drafting' && (
        <Alert type="warning" showIcon style={{ marginTop: 8 }} message={t('annual.returned', { reason: report.returnReason })} />
      )}
    </Card>
  );
}

function Annex({ report }: { report: AnnualReport }) {
  const { t } = useTranslation();
  const rows = report.figures.sections.flatMap((s) => s.figures);
  const columns: TableColumnsType<FigureOut> = [
    { title: t('annual.code'), dataIndex: 'code', key: 'code', render: (c: string) => <Typography.Text code>{c}</Typography.Text> },
    { title: t('annual.name'), dataIndex: 'name', key: 'name' },
    { title: t('annual.value'), key: 'value', render: (_, f) => (f.text === '—' ? '—' : `${f.text}${f.unitName}`) },
    { title: t('annual.definition'), dataIndex: 'definition', key: 'definition', width: '50%' },
    {
      title: t('annual.drill'),
      key: 'drill',
      render: (_, f) => (f.drill ? <Link to={f.drill}>{t('annual.openDrill')}</Link> : '—'),
    },
  ];
  return (
    <Card title={t('annual.annex')} style={{ marginTop: 16 }}>
      <Table<FigureOut>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="annual-annex"
      />
    </Card>
  );
}
