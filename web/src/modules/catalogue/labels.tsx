import { Flex, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CircumstanceGrade } from '../../../../src/modules/catalogue/benchmark';
import type { FineRange } from '../../../../src/modules/catalogue/law/types';
import type { ChecklistScope } from '../../../../src/modules/catalogue/standards/types';
import { formatFineRange } from '../../app/format';
import type { BenchmarkOut } from './api';

export const GRADE_COLOR: Record<CircumstanceGrade, string> = {
  minor: 'green',
  ordinary: 'blue',
  serious: 'orange',
  severe: 'red',
};

export function GradeTag({ grade, 'data-testid': testId }: { grade: CircumstanceGrade; 'data-testid'?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={GRADE_COLOR[grade]} data-testid={testId}>
      {t(`grades.${grade}`)}
    </Tag>
  );
}

/**
 * A statutory or benchmark fine: "2万元以上5万元以下", or "不设罚款" when there is none; `later` adds
 * the fine for 逾期未改正 / 拒不改正 beneath it.
 */
export function FineText({ range, formula, later }: { range: FineRange | null | undefined; formula?: boolean; later?: FineRange }) {
  const { t } = useTranslation();
  const main = range ? (
    <span style={{ whiteSpace: 'nowrap' }}>{formatFineRange(range)}</span>
  ) : (
    <Typography.Text type="secondary">{t(formula ? 'catalogue.formulaFine' : 'catalogue.noFine')}</Typography.Text>
  );
  if (!later) return main;
  return (
    <Flex vertical>
      {main}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('violations.laterShort', { range: formatFineRange(later) })}
      </Typography.Text>
    </Flex>
  );
}

export function fineString(t: TFunction, range: FineRange | null | undefined): string {
  return range ? formatFineRange(range) : t('catalogue.noFine');
}

export function MeasureTags({ labels }: { labels: string[] }) {
  return (
    <Flex wrap gap={4}>
      {labels.map((label) => (
        <Tag key={label}>{label}</Tag>
      ))}
    </Flex>
  );
}

/** 通用, or the registry's word for the industry / special area (the same keys as KeyCategory). */
export function scopeLabel(t: TFunction, scope: ChecklistScope): string {
  return scope === 'general' ? t('catalogue.scopeGeneral') : t(`registryLabels.keyCategory.${scope}`);
}

export type VersionStatus = 'pending' | 'inForce' | 'ended';

/** Where a benchmark version stands on `today` (YYYY-MM-DD); effectiveTo is its last day. */
export function versionStatus(b: Pick<BenchmarkOut, 'effectiveFrom' | 'effectiveTo'>, today: string): VersionStatus {
  if (b.effectiveFrom > today) return 'pending';
  return b.effectiveTo !== null && b.effectiveTo < today ? 'ended' : 'inForce';
}

export function periodText(t: TFunction, b: Pick<BenchmarkOut, 'effectiveFrom' | 'effectiveTo'>): string {
  return b.effectiveTo ? t('benchmarks.periodClosed', { from: b.effectiveFrom, to: b.effectiveTo }) : t('benchmarks.periodOpen', { from: b.effectiveFrom });
}
