// The licence a renewal (延续, 行政许可法 第五十条) or change (变更, 第四十九条) continues, checked when
// the application is made: it goes to that licence's issuer (原发证机关), a renewal only within the
// matter's window (rules.ts RENEWAL_RULES).
import { and, eq, notInArray } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { Conflict, NotFound, RuleViolation, ValidationError } from '../../platform/errors.js';
import { type ApplicationKind, LICENSING_LABELS } from './codes.js';
import type { ApplicationIn } from './contract.js';
import { SERVICE_GUIDES } from './matters.js';
import { ENDED_STATES, licenseStateOn, RENEWAL_RULES, renewalWindow } from './rules.js';
import { licence, licenseApplication } from './schema.js';

/**
 * The licence a renewal or change continues, checked: the applicant's own, valid today, of the matter
 * applied for, not already continued, with no other renewal or change under way, and (a renewal) in
 * its window. Returns where the application goes and what it carries of the licence.
 */
export async function priorLicenceFor(app: AppContext, input: Pick<ApplicationIn, 'kind' | 'licenceId' | 'matterCode'>, enterpriseId: string, today: string) {
  const kind: ApplicationKind = input.kind ?? 'new';
  if (kind === 'new') {
    if (input.licenceId) throw new ValidationError('新办申请不需选择原许可证件', 'licenceId');
    return null;
  }
  const what = LICENSING_LABELS.kind[kind];
  if (!input.licenceId) throw new ValidationError(`${what}申请须选择原许可证件`, 'licenceId');
  const [l] = await app.db.select().from(licence).where(eq(licence.id, input.licenceId));
  if (!l || l.enterpriseId !== enterpriseId) throw new NotFound('未找到该企业的这份许可证件', 'licenceId');
  if (l.matterCode !== input.matterCode) throw new ValidationError(`原许可证件的事项是「${SERVICE_GUIDES[l.matterCode].name}」，与申请事项不符`, 'matterCode');
  const standing = licenseStateOn(l, today);
  if (standing !== 'valid')
    throw new RuleViolation(`原许可证件${LICENSING_LABELS.license[standing]}，不能申请${what}；请按新办申请`, 'licenceId', '行政许可法 第五十条');
  if (l.successorId) throw new RuleViolation(`该许可证件已经${what === '延续' ? '延续或变更' : '变更或延续'}，请以新证办理`, 'licenceId');
  if (kind === 'renewal') {
    const w = renewalWindow(l.matterCode, l.validTo);
    const basis = RENEWAL_RULES[l.matterCode].basis;
    if (w.opensOn && today < w.opensOn) throw new RuleViolation(`延续申请应在 ${w.opensOn} 至 ${w.closesOn} 期间提出`, 'licenceId', basis);
    if (today > w.closesOn) throw new RuleViolation(`延续申请应在 ${w.closesOn}（有效期届满前）之前提出，已逾期；请按新办重新申请许可`, 'licenceId', basis);
  }
  // One at a time: a licence may have a new renewal or change once its last application has ended.
  const [busy] = await app.db
    .select({ applicationNo: licenseApplication.applicationNo })
    .from(licenseApplication)
    .where(and(eq(licenseApplication.priorLicenceId, l.id), notInArray(licenseApplication.state, ENDED_STATES)))
    .limit(1);
  if (busy) throw new Conflict(`该许可证件已有办理中的申请（${busy.applicationNo}）`, 'licenceId');
  return { kind, priorLicenceId: l.id, priorValidTo: l.validTo, orgId: l.orgId };
}
