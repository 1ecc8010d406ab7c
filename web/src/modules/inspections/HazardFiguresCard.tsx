import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/auth';
import { ErrorAlert } from '../../app/feedback';
import { OrgTreeSelect } from '../orgs/OrgTreeSelect';
import { useHazardFigures, type HazardFigures } from './api';
import { chinaNow, chinaToday } from '../../app/format';
import { HAZARD_ORIGINS } from '../../../../src/modules/inspections/codes';
import { DateInput } from '../../app/DateInput';

type Figure = 'found' | 'rectified' | 'rectificationRate' | 'major' | 'overdue' | 'caseRate';
const FIGURES: Figure[] = ['found', 'rectified', 'rectificationRate', 'major', 'overdue', 'caseRate'];

const ORIGIN_FIGURES = ['found', 'rectified', 'rectificationRate'] as const;

const shownOf = <K extends string>(f: Record<K, number | null>, k: K) => {
  const v = f[k];
  return v === null ? '-' : k.endsWith('Rate') ? `${v.toFixed(2)}%` : v;
};
const shown = (f: HazardFigures, k: Figure) => shownOf(f, k);

/**
 * 隐患统计 per org subtree and period, as the server counts them (figures.ts): the hazards found
 * in the period, how many of them were closed, the major ones, those overdue now, and 立案率.
 * The period defaults to this year up to today. Below, the same split by origin: found on
 * inspections and reported by enterprises themselves (企业自查自纠).
 */
export function HazardFiguresCard() {
  const { t } = useTranslation();
  const user = useUser();
  const [orgId, setOrgId] = useState<string | undefined>(undefined);
  const [from, setFrom] = useState(() => chinaNow().startOf('year').format('YYYY-MM-DD'));
  const [to, setTo] = useState(() => chinaToday());
  const valid = !!from && !!to && from <= to;
  const figures = useHazardFigures({ orgId: orgId ?? user.orgId, from, to }, valid);
  const f = figures.data;

  return (
    <Card title={t('inspections.figures.title')} data-testid="hazard-figures">
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
        <OrgTreeSelect value={orgId ?? user.orgId} onChange={setOrgId} placeholder={t('inspections.figures.org')} />
        <DateInput aria-label={t('inspections.figures.from')} value={from} onChange={(v) => setFrom(v ?? '')} style={{ width: 160 }} />
        <Typography.Text>—</Typography.Text>
        <DateInput aria-label={t('inspections.figures.to')} value={to} onChange={(v) => setTo(v ?? '')} style={{ width: 160 }} />
      </Flex>
      {figures.isError && <ErrorAlert error={figures.error} />}
      <Row gutter={[16, 16]}>
        {FIGURES.map((k) => (
          <Col key={k} xs={12} sm={8} lg={4} data-testid={`figure-${k}`}>
            <Statistic title={t(`inspections.figures.${k}`)} value={f ? shown(f, k) : '-'} loading={valid && figures.isPending} />
          </Col>
        ))}
      </Row>
      {f && (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('inspections.figures.byOrigin')}
          </Typography.Title>
          <Row gutter={[16, 16]}>
            {HAZARD_ORIGINS.map((o) =>
              ORIGIN_FIGURES.map((k) => (
                <Col key={`${o}-${k}`} xs={12} sm={8} lg={4} data-testid={`figure-${o}-${k}`}>
                  <Statistic title={`${t(`inspections.hazardOrigins.${o}`)} · ${t(`inspections.figures.${k}`)}`} value={shownOf(f.byOrigin[o], k)} />
                </Col>
              )),
            )}
          </Row>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {t('inspections.figures.caseNote', { cased: f.majorCased, major: f.major })}
            <br />
            {t('inspections.figures.originNote')}
          </Typography.Paragraph>
        </>
      )}
    </Card>
  );
}
