import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import i18n, { currentLang } from './i18n';

dayjs.extend(utc);
dayjs.extend(timezone);

// One clock: every time is shown in Beijing time, the legal time of the instruments and the
// ledger, whatever the browser's own time zone (an officer's laptop abroad, a misset phone).
export const CHINA_TZ = 'Asia/Shanghai';

/** Now, in Beijing time. */
export const chinaNow = (): Dayjs => dayjs().tz(CHINA_TZ);

/** Today's date in China, YYYY-MM-DD. */
export const chinaToday = (): string => chinaNow().format('YYYY-MM-DD');

/** An instant as Beijing date and time. */
export function formatDateTime(value: string | Date | null | undefined): string {
  return value ? dayjs(value).tz(CHINA_TZ).format('YYYY-MM-DD HH:mm:ss') : '';
}

/** An instant's date in China. */
export function formatChinaDate(value: string | Date | null | undefined): string {
  return value ? dayjs(value).tz(CHINA_TZ).format('YYYY-MM-DD') : '';
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLang(), { maximumFractionDigits: 2 }).format(value);
}

// Chinese counts money in 万 (10 000): legal texts and benchmarks write 2.5万元, not 25,000元.
// Amounts that are not whole hundreds stay in 元 so no digit is hidden behind a rounded 万.
function amountText(yuan: number): string {
  if (currentLang() === 'zh-CN') return yuan >= 10_000 && yuan % 100 === 0 ? `${yuan / 10_000}万` : String(yuan);
  return formatNumber(yuan);
}

/** 2.5万元 / 8000元 (CNY 25,000 in English). */
export function formatYuan(yuan: number): string {
  return i18n.t('money.yuan', { amount: amountText(yuan) });
}

/** 10万元以下 / 2万元以上5万元以下 (以上、以下含本数); a range starting at 0 is "X以下". */
export function formatFineRange(range: { min: number; max: number }): string {
  return range.min === 0
    ? i18n.t('money.upTo', { max: formatYuan(range.max) })
    : i18n.t('money.between', { min: formatYuan(range.min), max: formatYuan(range.max) });
}

/** 10 240 → "10 KB", 3 500 000 → "3.3 MB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
