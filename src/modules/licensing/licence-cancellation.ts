// 注销 (行政许可法 第七十条): a leader ends a licence on one of the law's grounds — or the holder's own
// request — with the facts written down; the QR page says 已注销 from then on. Revocation by a penalty
// decision is licence-revocation.ts; this is the bureau's own act on a licence that is still valid.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { Conflict, Forbidden, RuleViolation } from '../../platform/errors.js';
import { assertCan, isEnterpriseUser, type LicensingActor } from './applications.js';
import { CANCELLATION_GROUNDS, CANCELLATION_LABELS, LICENSING_LABELS } from './codes.js';
import { licenceEntry, licenceInScope } from './licences.js';
import { licenseStateOn } from './rules.js';
import { licence } from './schema.js';

export const cancelIn = z.object({
  version: z.number().int().positive(),
  ground: z.enum(CANCELLATION_GROUNDS, { error: '请选择注销情形' }),
  note: z.string().trim().min(4, '请写明注销的事实（不少于 4 个字）').max(1000),
});

export async function cancelLicence(app: AppContext, actor: LicensingActor, id: string, input: z.infer<typeof cancelIn>) {
  assertCan(actor, 'license.decide', '注销许可证件');
  if (isEnterpriseUser(actor)) throw new Forbidden('注销由发证机关办理', 'id');
  const l = await licenceInScope(app, actor, id);
  const today = chinaDate(app.clock.now());
  const standing = licenseStateOn(l, today);
  if (l.state !== 'valid') throw new RuleViolation(`许可证件${LICENSING_LABELS.license[standing]}，不能注销`, 'state', '行政许可法 第七十条');
  if (input.ground === 'expiredNotRenewed' && standing !== 'expired')
    throw new RuleViolation(`许可证件有效期至 ${l.validTo}，尚未届满`, 'ground', '行政许可法 第七十条第一项');
  if (l.version !== input.version) throw new Conflict(`该证照已被他人处理（当前版本 ${l.version}），请刷新后重试`, 'version');
  return app.db.transaction(async (tx) => {
    const [written] = await tx
      .update(licence)
      .set({ state: 'cancelled', endedOn: today, endReason: `${CANCELLATION_LABELS[input.ground]}：${input.note}`, version: l.version + 1 })
      .where(and(eq(licence.id, l.id), eq(licence.version, input.version)))
      .returning();
    if (!written) throw new Conflict('该证照已被他人处理，请刷新后重试', 'version');
    await licenceEntry(tx, app, actor, written, 'licence.cancelled', { ground: input.ground });
    return written;
  });
}
