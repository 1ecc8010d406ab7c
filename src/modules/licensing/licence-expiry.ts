// 证照到期提醒: valid licences from WARNING_LEAD_DAYS before their last day to apply for renewal
// (行政许可法 第五十条: 30 days before expiry, or the matter's 规章: 3 months) until they expire, soonest
// first. Staff see their subtree's, an enterprise user its own. Pure reading: the warning is the list,
// so nothing goes stale.
import { and, asc, eq, gte, lte } from 'drizzle-orm';
import { z } from 'zod';
import { addCalendarDays } from '../../platform/workdays/calendar.js';
import type { AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { Forbidden } from '../../platform/errors.js';
import { orgPathWithin } from '../../platform/orgs/scope.js';
import { org } from '../../platform/orgs/schema.js';
import { assertCan, isEnterpriseUser, type LicensingActor } from './applications.js';
import { LICENSE_MATTER_CODES } from './codes.js';
import { canRenew, LICENSING_PERIODS, RENEWAL_RULES, renewalOpensBy } from './rules.js';
import { expiringRecorded } from './recorded-licences.js';
import { licence } from './schema.js';
import { enterprisesByIds } from '../registry/queries.js';

/** How far ahead of the renewal deadline a licence is shown: two months to prepare the application. */
export const WARNING_LEAD_DAYS = 60;
/**
 * Licences recorded from elsewhere (外部登记) are renewed with their own issuer, under their own rules,
 * which the register does not hold: they are shown from this many days before their last day, enough
 * for the longest usual lead — 安全生产许可证条例 第九条: 延期 applied for 3 months before expiry.
 */
export const RECORDED_WARNING_DAYS = 120;

/** The longest lead any matter's renewal has (3 months), plus the warning's: what the query reaches. */
const REACH_DAYS = 93 + WARNING_LEAD_DAYS;

export const expiringOut = z.object({
  today: z.string(),
  basis: z.string(),
  items: z.array(
    z.object({
      id: z.uuid(),
      licenceNo: z.string(),
      matterCode: z.enum(LICENSE_MATTER_CODES),
      matterName: z.string(),
      holder: z.string(),
      validTo: z.string(),
      /** The last day to apply for renewal; past it, a renewal is late (第五十条). */
      renewBy: z.string(),
      renewable: z.boolean(),
      /** Where the renewal's deadline comes from (第五十条, or the matter's 规章). */
      basis: z.string(),
    }),
  ),
  /** Licences recorded from elsewhere ending within RECORDED_WARNING_DAYS: renewed with their own issuer. */
  recorded: z.array(
    z.object({
      id: z.uuid(),
      enterpriseId: z.uuid(),
      kind: z.string(),
      licenceNo: z.string(),
      issuer: z.string().nullable(),
      holder: z.string(),
      validTo: z.string(),
    }),
  ),
  recordedBasis: z.string(),
});

export async function expiringLicences(app: AppContext, actor: LicensingActor): Promise<z.infer<typeof expiringOut>> {
  assertCan(actor, 'license.read', '查看证照到期提醒');
  const mine = isEnterpriseUser(actor);
  if (mine && !actor.enterpriseId) throw new Forbidden('该企业用户未关联企业');
  const today = chinaDate(app.clock.now());
  const rows = await app.db
    .select({ l: licence })
    .from(licence)
    .innerJoin(org, eq(org.id, licence.orgId))
    .where(
      and(
        mine ? eq(licence.enterpriseId, actor.enterpriseId as string) : orgPathWithin(actor.orgPath),
        eq(licence.state, 'valid'),
        gte(licence.validTo, today),
        lte(licence.validTo, addCalendarDays(today, REACH_DAYS)),
      ),
    )
    .orderBy(asc(licence.validTo), asc(licence.licenceNo));
  const recorded = await expiringRecorded(app, actor, today, RECORDED_WARNING_DAYS);
  const holders = await enterprisesByIds(
    app.db,
    recorded.map((r) => r.enterpriseId),
  );
  const warned = rows.filter(({ l }) => addCalendarDays(renewalOpensBy(l.matterCode, l.validTo), -WARNING_LEAD_DAYS) <= today).slice(0, 100);
  return {
    today,
    basis: LICENSING_PERIODS.renewal.article,
    items: warned.map(({ l }) => ({
      id: l.id,
      licenceNo: l.licenceNo,
      matterCode: l.matterCode,
      matterName: l.content.matterName,
      holder: l.content.holder,
      validTo: l.validTo,
      renewBy: renewalOpensBy(l.matterCode, l.validTo),
      renewable: canRenew(l.matterCode, l.validTo, today),
      basis: RENEWAL_RULES[l.matterCode].basis,
    })),
    recorded: recorded.map((r) => ({
      id: r.id,
      enterpriseId: r.enterpriseId,
      kind: r.kind,
      licenceNo: r.licenceNo,
      issuer: r.issuer,
      holder: holders.get(r.enterpriseId)?.name ?? '',
      validTo: r.validTo as string,
    })),
    recordedBasis: `外部登记的证照由原发证机关办理延续，到期前 ${RECORDED_WARNING_DAYS} 日起提醒（参照 安全生产许可证条例 第九条：期满前 3 个月办理延期）`,
  };
}
