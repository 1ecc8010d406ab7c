import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { beijingIso } from '../../../../src/modules/draws/beacon';
import type { StrataBy } from '../../../../src/modules/draws/contract';
import { enumLabel } from '../registry/labels';
import type { DrawStatus, TargetFilter } from './api';

// schema.ts holds the server's tables, so its constant is repeated here; the type keeps them equal.
export const STRATA_BY = ['none', 'region', 'riskGrade', 'industry'] as const satisfies readonly StrataBy[];

const STATUS_COLOR: Record<DrawStatus, string> = { announced: 'blue', drawn: 'green', cancelled: 'default' };

export function DrawStatusTag({ status }: { status: DrawStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`draws.statuses.${status}`)}</Tag>;
}

/** 千分比 → "10%" / "2.5%". */
export const ratioText = (permille: number) => `${permille / 10}%`;

/** One line for the saved filter over the registry, e.g. "行政区划 4212… · 危险化学品". */
export function filterSummary(t: TFunction, f: TargetFilter): string {
  const parts = [
    f.regionPrefix && `${t('draws.regionPrefix')} ${f.regionPrefix}`,
    f.industryPrefix && `${t('draws.industryPrefix')} ${f.industryPrefix}`,
    f.riskGrades?.length && f.riskGrades.map((g) => enumLabel(t, 'riskGrade', g)).join('、'),
    f.keyCategories?.length && f.keyCategories.map((c) => enumLabel(t, 'keyCategory', c)).join('、'),
  ].filter(Boolean);
  return parts.length ? parts.join(' · ') : t('draws.allEnterprises');
}

export const strataLabel = (t: TFunction, s: StrataBy) => t(`draws.strata.${s}`);

/** An instant as Beijing wall-clock time, "2026-12-05 21:19:03 北京时间", whatever the browser's zone. */
export const beijingText = (t: TFunction, at: Date | string) => t('draws.beijingTime', { time: beijingIso(new Date(at)).slice(0, 19).replace('T', ' ') });

/** 差异化抽查 weights as announced, e.g. “严重失信主体 × 3”; none: not weighted. */
export function weightsText(t: TFunction, w: Partial<Record<'creditListed' | 'highRisk', number>> | null | undefined): string {
  const parts = (['creditListed', 'highRisk'] as const)
    .filter((k) => (w?.[k] ?? 1) > 1)
    .map((k) => t('draws.weightTimes', { what: t(`draws.weightTag.${k}`), factor: w![k] }));
  return parts.length > 0 ? parts.join('；') : t('draws.weightsNone');
}
