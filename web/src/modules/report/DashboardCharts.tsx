import { Card, Empty, Flex, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/feedback';
import { chinaNow } from '../../app/format';
import { plotted, useRanking, useTrends, type FigureDefinitionOut, type FigureValue, type TrendsOut } from './api';
import { EChart, type ChartOption } from './EChart';

const AXIS_GREY = '#8c8c8c';

/** The figures to choose from, grouped as the report's sections; the unit beside each name. */
function FigureSelect({ definitions, value, onChange }: { definitions: FigureDefinitionOut[]; value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const options = useMemo(() => {
    const sections = [...new Set(definitions.map((d) => d.sectionName))];
    return sections.map((s) => ({
      label: s,
      title: s,
      options: definitions.filter((d) => d.sectionName === s).map((d) => ({ value: d.code, label: `${d.name}（${d.unitName}）` })),
    }));
  }, [definitions]);
  return (
    <Select
      aria-label={t('reportDashboard.figure')}
      value={value}
      onChange={onChange}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      style={{ width: 260 }}
    />
  );
}

/** Months of the year that have begun (China time): later months are not yet zero, only unknown. */
export function monthsBegun(year: number): number {
  const now = chinaNow();
  return year < now.year() ? 12 : year > now.year() ? 0 : now.month() + 1;
}

const valueIn = (month: TrendsOut['months'][number] | undefined, code: string): FigureValue | undefined => month?.figures.find((f) => f.code === code);

/** A count or an amount in fen that adds up over months; a rate or a stock at the period's end does not. */
// A rate or an average does not add up over months; nor does a stock counted on the period's last day.
const isFlow = (d: FigureDefinitionOut) => d.unit !== 'percent' && d.unit !== 'workdays' && d.unit !== 'points' && !d.definition.includes('期间末日');

/** Sums months 1..upTo; money in fen is shown as 万元 with two decimals, rounded half up as the report does. */
function monthsTotal(trends: TrendsOut, code: string, upTo: number): { raw: number; text: string } {
  let raw = 0;
  let money = false;
  for (const m of trends.months.slice(0, upTo)) {
    const v = valueIn(m, code);
    if (v?.fen !== undefined) money = true;
    raw += v?.count ?? v?.fen ?? 0;
  }
  if (!money) return { raw, text: String(raw) };
  const hundredths = Math.floor((2 * raw + 10_000) / 20_000);
  return { raw, text: `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}` };
}

/**
 * 月度趋势: one figure month by month through the year of the page's period, last year's line
 * dashed beside it; choosing a year here makes that whole year the page's period.
 */
export function TrendCard({ orgId, year, onYear }: { orgId?: string; year: number; onYear: (year: number) => void }) {
  const { t } = useTranslation();
  const current = chinaNow().year();
  const [code, setCode] = useState('cases.penalties');
  const now = useTrends({ orgId, year });
  const last = useTrends({ orgId, year: year - 1 });
  const d = now.data?.definitions.find((x) => x.code === code) ?? now.data?.definitions[0];
  const begun = monthsBegun(year);

  const option = useMemo((): ChartOption | null => {
    if (!now.data || !last.data || !d) return null;
    const months = now.data.months.map((m) => t('reportDashboard.month', { month: m.month }));
    return {
      color: ['#1677ff', AXIS_GREY],
      tooltip: { trigger: 'axis', valueFormatter: (v) => (v == null ? '—' : `${v} ${d.unitName}`) },
      // Below the plot: above it, the legend would sit on the axis's unit.
      legend: { bottom: 0 },
      grid: { left: 48, right: 16, top: 32, bottom: 56 },
      xAxis: { type: 'category', data: months, boundaryGap: false },
      yAxis: { type: 'value', name: d.unitName, minInterval: d.unit === 'percent' || d.unit === 'wanYuan' ? undefined : 1 },
      series: [
        {
          name: t('reportDashboard.thisYear', { year }),
          type: 'line',
          data: now.data.months.map((m, i) => (i < begun ? plotted(valueIn(m, d.code)) : null)),
          symbolSize: 6,
        },
        {
          name: t('reportDashboard.lastYear', { year: year - 1 }),
          type: 'line',
          data: last.data.months.map((m) => plotted(valueIn(m, d.code))),
          lineStyle: { type: 'dashed' },
          symbolSize: 4,
        },
      ],
    };
  }, [now.data, last.data, d, year, begun, t]);

  const summary = (() => {
    if (!now.data || !last.data || !d || !isFlow(d) || begun === 0) return null;
    const a = monthsTotal(now.data, d.code, begun);
    const b = monthsTotal(last.data, d.code, begun);
    const change = b.raw === 0 ? null : ((a.raw - b.raw) / b.raw) * 100;
    return (
      <Typography.Text type="secondary" data-testid="trend-summary">
        {t('reportDashboard.ytd', { year, month: begun, value: a.text, last: b.text, unit: d.unitName })}；
        {change === null ? t('reportDashboard.yoyNone') : t('reportDashboard.yoy', { change: `${change >= 0 ? '+' : ''}${change.toFixed(1)}%` })}
      </Typography.Text>
    );
  })();

  const years = [...new Set([year, ...Array.from({ length: 5 }, (_, i) => current - i)])].sort((a, b) => b - a);
  return (
    <Card title={t('reportDashboard.trendTitle')} style={{ height: '100%' }}>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
        <Select
          aria-label={t('reportDashboard.year')}
          value={year}
          onChange={onYear}
          options={years.map((y) => ({ value: y, label: t('reportDashboard.yearOption', { year: y }) }))}
          style={{ width: 110 }}
        />
        {now.data && d && <FigureSelect definitions={now.data.definitions} value={d.code} onChange={setCode} />}
      </Flex>
      {(now.isError || last.isError) && <ErrorAlert error={now.error ?? last.error} />}
      {summary}
      {option && d && now.data ? (
        <EChart
          option={option}
          height={300}
          label={t('reportDashboard.trendLabel', { org: now.data.orgName, year, figure: d.name })}
          data-testid="trend-chart"
        />
      ) : (
        <div style={{ height: 300 }} />
      )}
    </Card>
  );
}

/** 下级机构排名: the orgs directly below ranked by one figure over the page's period. */
export function RankingCard({ orgId, from, to, enabled }: { orgId?: string; from: string; to: string; enabled: boolean }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('cases.penalties');
  const ranking = useRanking({ orgId, from, to }, enabled);
  const data = ranking.data;
  const d = data?.definitions.find((x) => x.code === code) ?? data?.definitions[0];

  const bars = useMemo(() => {
    if (!data || !d) return [];
    const rows = data.children.map((c) => {
      const v = c.figures.find((f) => f.code === d.code);
      return { name: c.shortName, value: plotted(v), text: v?.text ?? '—' };
    });
    // Smallest first: a category axis runs upwards, so the largest is drawn on top; a rate of nothing last.
    return rows.sort((a, b) => (a.value ?? -1) - (b.value ?? -1));
  }, [data, d]);

  const option = useMemo(
    (): ChartOption | null =>
      d
        ? {
            color: ['#1677ff'],
            tooltip: {
              trigger: 'axis',
              axisPointer: { type: 'shadow' },
              valueFormatter: (v) => (v == null ? t('reportDashboard.noValue') : `${v} ${d.unitName}`),
            },
            grid: { left: 8, right: 56, top: 8, bottom: 24 },
            xAxis: { type: 'value', name: d.unitName, minInterval: d.unit === 'percent' || d.unit === 'wanYuan' ? undefined : 1 },
            yAxis: { type: 'category', data: bars.map((b) => b.name), axisLabel: { width: 120, overflow: 'truncate' } },
            series: [
              {
                type: 'bar',
                name: d.name,
                data: bars.map((b) => b.value),
                barMaxWidth: 22,
                label: { show: true, position: 'right', formatter: (p) => bars[p.dataIndex]?.text ?? '' },
              },
            ],
          }
        : null,
    [bars, d, t],
  );

  return (
    <Card title={t('reportDashboard.rankingTitle')} style={{ height: '100%' }}>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 8 }}>
        {data && d && <FigureSelect definitions={data.definitions} value={d.code} onChange={setCode} />}
        <Typography.Text type="secondary">{t('reportDashboard.rankingPeriod', { from, to })}</Typography.Text>
      </Flex>
      {ranking.isError && <ErrorAlert error={ranking.error} />}
      {data && data.children.length === 0 && <Empty description={t('reportDashboard.noChildren')} />}
      {option && d && data && bars.length > 0 && (
        <EChart
          option={option}
          height={Math.max(200, bars.length * 30 + 40)}
          label={t('reportDashboard.rankingLabel', { org: data.orgName, figure: d.name })}
          data-testid="ranking-chart"
        />
      )}
    </Card>
  );
}
