import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '../../../../src/modules/plans/contract';

const STATUS_COLOR: Record<PlanStatus, string> = { draft: 'default', submitted: 'blue', approved: 'cyan', published: 'green' };

export function PlanStatusTag({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`plans.statuses.${status}`)}</Tag>;
}

/** Red when behind plan, with the shortfall; green otherwise. */
export function ShortfallTag({ shortfall }: { shortfall: number }) {
  const { t } = useTranslation();
  return shortfall > 0 ? <Tag color="red">{t('plans.behind', { count: shortfall })}</Tag> : <Tag color="green">{t('plans.onTrack')}</Tag>;
}
