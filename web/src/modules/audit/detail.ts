import type { TFunction } from 'i18next';
import { formatDateTime } from '../../app/format';

// A security event's detail is stored as the server wrote it (platform/auth/service.ts and
// http/errors.ts); the audit admin reads it as a sentence. A detail of a shape not known here
// (a newer server) is shown key by key rather than as raw JSON.

type Detail = Record<string, unknown>;

const roleList = (t: TFunction, v: unknown) =>
  Array.isArray(v) && v.length ? v.map((r) => t(`roles.${r}` as 'roles.officer', { defaultValue: String(r) })).join('、') : t('audit.details.none');

export function detailSentence(t: TFunction, kind: string, detail: unknown): string {
  if (detail === null || detail === undefined) return '';
  if (typeof detail !== 'object' || Array.isArray(detail)) return String(detail);
  const d = detail as Detail;
  switch (kind) {
    case 'signInFailed':
      if (d.reason === 'wrongPassword') return t('audit.details.wrongPassword', { n: d.failedAttempts });
      if (d.reason === 'unknownUser' || d.reason === 'locked' || d.reason === 'disabled') return t(`audit.details.${d.reason}`);
      break;
    case 'locked':
      if (typeof d.until === 'string') return t('audit.details.lockedUntil', { until: formatDateTime(d.until) });
      break;
    case 'sessionExpired':
      if (d.reason === 'idle' || d.reason === 'accountUnavailable') return t(`audit.details.${d.reason}`);
      break;
    case 'addressLimited':
      return t('audit.details.addressLimited', { failed: d.failed, minutes: d.windowMinutes });
    case 'identityRevealed':
      return t('audit.details.identityRevealed', { receipt: d.receipt, reason: d.reason });
    case 'unlocked':
      return t('audit.details.unlockedBy', { by: d.by });
    case 'rolesChanged':
      return t('audit.details.rolesChanged', { by: d.by, from: roleList(t, d.from), to: roleList(t, d.to) });
    case 'permissionDenied':
      return t('audit.details.permissionDenied', { method: d.method, route: d.route, reason: d.reason });
  }
  return Object.entries(d)
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join('；');
}
