import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../app/feedback';
import { rateText } from './labels';
import { useDisclosureDashboard, type Dashboard } from './api';
import { chinaNow } from '../../app/format';
import { DateInput } from '../../app/DateInput';

type Figure = 'due' | 'publishedOnTime' | 'publishedLate' | 'pendingOverdue' | 'pendingNotYetDue' | 'onTimeRate';
const FIGURES: Figure[] = ['due', 'publishedOnTime', 'publishedLate', 'pendingOverdue', 'pendingNotYetDue', 'onTimeRate'];

const shown = (d: Dashboard, k: Figure) => (k === 'onTimeRate' ? rateText(d.onTimeRate) : d[k]);

/**
 * 按期公示情况 of an org subtree, windowed on the due date as the server counts it (queries.ts
 * dashboardOf). The period defaults to this calendar year, so items due later this year show as
 * not yet due.
 */
export function DashboardCard({ orgId }: { orgId: string }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(() => chinaNow().startOf('year').format('YYYY-MM-DD'));
  const [to, setTo] = useState(() => chinaNow().endOf('year').format('YYYY-MM-DD'));
  const valid = !!from && !!to && from <= to;
  const dashboard = useDisclosureDashboard({ orgId, from, to }, valid);
  const d = dashboard.data;

  return (
    <Card title={t('disclosure.dashboard.title')} data-testid="disclosure-dashboard" style={{ marginBottom: 16 }}>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
        <DateInput aria-label={t('disclosure.dashboard.from')} value={from} onChange={(v) => setFrom(v ?? '')} style={{ width: 160 }} />
        <Typography.Text>—</Typography.Text>
        <DateInput aria-label={t('disclosure.dashboard.to')} value={to} onChange={(v) => setTo(v ?? '')} style={{ width: 160 }} />
      </Flex>
      {dashboard.isError && <ErrorAlert error={dashboard.error} />}
      <Row gutter={[16, 16]}>
        {FIGURES.map((k) => (
          <Col key={k} xs={12} sm={8} lg={4} data-testid={`dfigure-${k}`}>
            <Statistic title={t(`disclosure.dashboard.${k}`)} value={d ? shown(d, k) : '-'} loading={valid && dashboard.isPending} />
          </Col>
        ))}
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('disclosure.dashboard.note')}
      </Typography.Paragraph>
    </Card>
  );
}
