import { Alert, Button, Card, Col, Flex, Row, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DateInput } from '../../app/DateInput';
import { ErrorAlert } from '../../app/feedback';
import { chinaNow } from '../../app/format';
import { PageTitle } from '../../app/Layout';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { DownloadButton } from '../registry/DownloadButton';
import { FIGURES_EXPORT_URL, useFigures, type FigureOut } from './api';
import { RankingCard, TrendCard } from './DashboardCharts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** 统计分析: every module's figures for an org subtree and period; the choice lives in the URL. */
export function ReportPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const year = chinaNow().year();
  const from = DATE.test(params.get('from') ?? '') ? params.get('from')! : `${year}-01-01`;
  const to = DATE.test(params.get('to') ?? '') ? params.get('to')! : `${year}-12-31`;
  const orgId = params.get('orgId') ?? undefined;
  const valid = from <= to;
  const figures = useFigures({ orgId, from, to }, valid);
  const set = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next, { replace: true });
  };

  const columns: TableColumnsType<FigureOut> = [
    {
      title: t('report.name'),
      key: 'name',
      width: 220,
      render: (_, f) => (
        <Space direction="vertical" size={0}>
          <Typography.Text strong>{f.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('report.code')} {f.code}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('report.value'),
      key: 'value',
      align: 'right',
      render: (_, f) => (
        <span data-testid={`figure-${f.code}`}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {f.text}
          </Typography.Text>{' '}
          {f.text !== '—' && f.unitName}
        </span>
      ),
    },
    { title: t('report.definition'), dataIndex: 'definition', key: 'definition', width: 520 },
    {
      title: t('report.drill'),
      key: 'drill',
      render: (_, f) => (f.drill ? <Link to={f.drill}>{t('report.openDrill')}</Link> : null),
    },
  ];

  return (
    <>
      <PageTitle>{t('report.title')}</PageTitle>
      <Card style={{ marginBottom: 16 }}>
        <Flex wrap gap={8} align="center">
          <div style={{ width: 280, maxWidth: '100%' }}>
            <OrgTreeSelect aria-label={t('report.org')} placeholder={t('report.org')} value={orgId} onChange={(v) => set({ orgId: v })} allowClear />
          </div>
          <DateInput aria-label={t('report.from')} value={from} onChange={(v) => v && set({ from: v })} allowClear={false} style={{ width: 160 }} />
          <Typography.Text>—</Typography.Text>
          <DateInput aria-label={t('report.to')} value={to} onChange={(v) => v && set({ to: v })} allowClear={false} style={{ width: 160 }} />
          <Button onClick={() => set({ from: `${year}-01-01`, to: `${year}-12-31` })}>{t('report.thisYear')}</Button>
          <Button onClick={() => set({ from: `${year - 1}-01-01`, to: `${year - 1}-12-31` })}>{t('report.lastYear')}</Button>
          {valid && (
            <DownloadButton
              path={FIGURES_EXPORT_URL}
              fallbackName={t('reportDashboard.exportFileName')}
              query={{ orgId, from, to }}
              data-testid="figures-export"
            >
              {t('reportDashboard.export')}
            </DownloadButton>
          )}
        </Flex>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('report.note')}
        </Typography.Paragraph>
      </Card>
      {!valid && <Alert type="error" showIcon title={t('report.badPeriod')} style={{ marginBottom: 16 }} />}
      {figures.isError && <ErrorAlert error={figures.error} />}
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={14}>
          <TrendCard orgId={orgId} year={Number(to.slice(0, 4))} onYear={(y) => set({ from: `${y}-01-01`, to: `${y}-12-31` })} />
        </Col>
        <Col xs={24} xl={10}>
          <RankingCard orgId={orgId} from={from} to={to} enabled={valid} />
        </Col>
      </Row>
      {figures.data?.sections.map((s) => (
        <Card
          key={s.section}
          title={
            <Space>
              {s.name}
              <Tag>{figures.data.orgName}</Tag>
            </Space>
          }
          style={{ marginBottom: 16 }}
        >
          <Table<FigureOut>
            rowKey="code"
            size="small"
            columns={columns}
            dataSource={s.figures}
            pagination={false}
            loading={figures.isFetching}
            scroll={{ x: 960 }}
          />
        </Card>
      ))}
    </>
  );
}
