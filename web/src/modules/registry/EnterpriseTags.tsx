import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RiskGrade } from '../../../../src/modules/registry/contract';
import { enumLabel, RISK_COLOR } from './labels';

export function RiskTag({ grade }: { grade: string }) {
  const { t } = useTranslation();
  return <Tag color={RISK_COLOR[grade as RiskGrade]}>{enumLabel(t, 'riskGrade', grade)}</Tag>;
}

export function KeyCategoryTags({ categories }: { categories: readonly string[] }) {
  const { t } = useTranslation();
  if (categories.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {categories.map((c) => (
        <Tag key={c}>{enumLabel(t, 'keyCategory', c)}</Tag>
      ))}
    </Flex>
  );
}

const STATUS_COLOR: Record<string, string | undefined> = { operating: 'green', suspended: 'orange', closed: undefined };

export function StatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{enumLabel(t, 'status', status)}</Tag>;
}
