import { Tag, Tooltip } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { StaffItem } from './api';
import { formatChinaDate } from '../../app/format';

const STATUS_COLOR: Record<StaffItem['status'], string> = { pending: 'blue', published: 'green', withdrawn: 'default' };

/** The status, with 逾期 beside it when the item was (or still is) past its last day. */
export function DisclosureStatusTag({ item }: { item: StaffItem }) {
  const { t } = useTranslation();
  const tag = <Tag color={STATUS_COLOR[item.status]}>{t(`disclosure.statuses.${item.status}`)}</Tag>;
  return (
    <>
      {item.withdrawalReason ? <Tooltip title={item.withdrawalNote}>{tag}</Tooltip> : tag}
      {item.late && <Tag color="red">{t('disclosure.late')}</Tag>}
    </>
  );
}

/**
 * Calendar days past dueOn, as the server's rules.daysLate counts them: up to today for a pending
 * item, up to the publication day for a published one; 0 when on time.
 */
export function daysLateOf(item: StaffItem, today: string): number {
  if (!item.late) return 0;
  const end = item.publishedAt ? formatChinaDate(item.publishedAt) : today;
  return Math.max(0, dayjs(end).diff(dayjs(item.dueOn), 'day'));
}

/** The on-time rate arrives as a fraction with 4 places; shown in percent with up to 2 decimals. */
export function rateText(rate: number | null): string {
  return rate === null ? '-' : `${Math.round(rate * 10000) / 100}%`;
}
