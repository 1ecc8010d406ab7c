import dayjs from 'dayjs';
import { currentLang } from './i18n';

export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm:ss') : '';
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(currentLang(), { maximumFractionDigits: 2 }).format(value);
}
