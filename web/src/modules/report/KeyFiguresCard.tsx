import { Card, Col, Row, Statistic } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../app/feedback';
import { chinaNow } from '../../app/format';
import { plotted, useTrends } from './api';
import { monthsBegun } from './DashboardCharts';
import { EChart, type ChartOption } from './EChart';

const KEY = ['inspections.total', 'cases.penalties', 'cases.fines'] as const;
/** Drawn month by month; the fines, in another unit, are shown as a number only. */
const CHARTED = ['inspections.total', 'cases.penalties'] as const;

/** The workbench's 主要执法数据 for a leader: this year so far, in the user's org and those below. */
export function KeyFiguresCard() {
  const { t } = useTranslation();
  const year = chinaNow().year();
  const begun = monthsBegun(year);
  const trends = useTrends({ year });
  const data = trends.data;

  const totals = useMemo(
    () =>
      KEY.map((code) => {
        const d = data?.definitions.find((x) => x.code === code);
        if (!data || !d) return null;
        let count = 0;
        for (const m of data.months) {
          const v = m.figures.find((f) => f.code === code);
          count += v?.count ?? v?.fen ?? 0;
        }
        const value = d.unit === 'wanYuan' ? (Math.floor((2 * count + 10_000) / 20_000) / 100).toFixed(2) : count;
        return { code, name: d.name, unit: d.unitName, value };
      }).filter((x) => x !== null),
    [data],
  );

  const option = useMemo((): ChartOption | null => {
    if (!data) return null;
    return {
      color: ['#1677ff', '#fa8c16'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 36, right: 8, top: 32, bottom: 24 },
      xAxis: { type: 'category', data: data.months.map((m) => t('reportDashboard.month', { month: m.month })) },
      yAxis: { type: 'value', minInterval: 1 },
      series: CHARTED.map((code) => ({
        type: 'bar' as const,
        name: data.definitions.find((d) => d.code === code)?.name ?? code,
        data: data.months.map((m, i) => (i < begun ? plotted(m.figures.find((f) => f.code === code)) : null)),
        barMaxWidth: 14,
      })),
    };
  }, [data, begun, t]);

  return (
    <Card
      title={t('reportDashboard.cardTitle')}
      extra={<Link to="/report">{t('reportDashboard.cardLink')}</Link>}
      loading={trends.isPending}
      data-testid="key-figures"
    >
      {trends.isError && <ErrorAlert error={trends.error} />}
      <Row gutter={[16, 16]} align="middle">
        <Col xs={24} md={8}>
          <Row gutter={[8, 8]}>
            {totals.map((f) => (
              <Col key={f.code} span={24}>
                <Statistic title={f.name} value={f.value} suffix={f.unit} />
              </Col>
            ))}
          </Row>
        </Col>
        <Col xs={24} md={16}>
          {option ? <EChart option={option} height={200} label={t('reportDashboard.cardLabel', { year })} /> : <div style={{ height: 200 }} />}
        </Col>
      </Row>
    </Card>
  );
}
