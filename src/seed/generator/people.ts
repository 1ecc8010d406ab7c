import type { Role } from '../../platform/auth/roles.js';
import { systemActor, type AppContext } from '../../platform/context.js';
import { addDays } from '../../platform/dates.js';
import type { Db } from '../../platform/db/index.js';
import type { OrgLevel } from '../../platform/orgs/contract.js';
import { EXPIRY_WARNING_DAYS } from '../../modules/people/rules.js';
import { addCredential, createPerson } from '../../modules/people/service.js';
import { chineseName } from '../names.js';
import { between, mix, streamFor } from './random.js';

export interface PlannedPerson {
  username: string;
  displayName: string;
  orgId: string;
  roles: Role[];
  credential: { number: string; issuer: string; scope: string; validFrom: string; validTo: string } | null;
}
export interface StaffedOrg {
  id: string;
  level: OrgLevel;
  regionCode: string;
}

// Head count by level: county bureaus carry most of the enforcement; townships hold one or two
// entrusted officers (行政处罚法 第二十四条), the province and cities their own detachments.
const LEVEL_WEIGHT: Record<OrgLevel, number> = { ministry: 0, province: 60, city: 40, county: 35, township: 0.5 };
export const EXPIRED_SHARE = 0.03;
export const EXPIRING_SHARE = 0.02;

/**
 * About `total` bureau staff spread over the orgs, deterministic in the seed: a head per bureau,
 * a deputy where it has five or more, ~6 % legal reviewers (at least one per county and above,
 * as the 5 % line of 法制审核 requires), ~5 % section chiefs, the rest officers. Everyone holds a
 * 行政执法证; 3 % have expired and 2 % run out within the warning window.
 */
export function officerPlan(seed: number, orgs: readonly StaffedOrg[], total: number, today: string): PlannedPerson[] {
  const weight = orgs.reduce((s, o) => s + LEVEL_WEIGHT[o.level], 0);
  const out: PlannedPerson[] = [];
  let carry = 0;
  // Township staff are all officers, so bureaus take a larger share of reviewers; carried like
  // the head count so the total lands on ~6 %.
  let reviewerCarry = 0;
  for (const o of orgs) {
    // Carrying the rounding remainder from org to org makes the head count come out at `total`.
    carry += (total * LEVEL_WEIGHT[o.level]) / weight;
    const n = Math.floor(carry);
    carry -= n;
    const township = o.level === 'township';
    reviewerCarry += township ? 0 : n * 0.068;
    const reviewers = township ? 0 : Math.max(1, Math.floor(reviewerCarry));
    reviewerCarry -= reviewers;
    const chiefs = township ? 0 : Math.round(n * 0.05);
    for (let i = 0; i < n; i++) {
      const rand = streamFor(seed, Number(o.regionCode), i);
      const roles: Role[] = township
        ? ['officer']
        : i === 0
          ? ['head']
          : i === 1 && n >= 5
            ? ['deputyHead']
            : i < 2 + reviewers
              ? ['legalReviewer']
              : i < 2 + reviewers + chiefs
                ? ['sectionChief', 'officer']
                : ['officer'];
      const r = rand();
      const validTo =
        r < EXPIRED_SHARE
          ? addDays(today, -between(rand, 1, 300))
          : r < EXPIRED_SHARE + EXPIRING_SHARE
            ? addDays(today, between(rand, 0, EXPIRY_WARNING_DAYS - 1))
            : addDays(today, between(rand, EXPIRY_WARNING_DAYS + 30, 5 * 365));
      out.push({
        username: `o${o.regionCode}.${String(i + 1).padStart(3, '0')}`,
        displayName: chineseName(rand),
        orgId: o.id,
        roles,
        credential: {
          number: `42${String(mix(seed, out.length) % 1000).padStart(3, '0')}${String(out.length).padStart(7, '0')}`,
          issuer: '湖北省人民政府',
          scope: '安全生产、应急管理行政执法',
          validFrom: addDays(validTo, -5 * 365),
          validTo,
        },
      });
    }
  }
  return out;
}

/**
 * Creates the planned accounts and credentials through the people service, a few hundred per
 * transaction. Accounts are past their first sign-in (no forced password change): these are
 * serving staff, and benchmarks sign in as them.
 */
export async function loadOfficers(app: AppContext, plan: readonly PlannedPerson[], passwordHash: string, onProgress?: (done: number, total: number) => void) {
  const CHUNK = 250;
  for (let i = 0; i < plan.length; i += CHUNK) {
    await app.db.transaction(async (tx) => {
      const t = { ...app, db: tx as unknown as Db };
      for (const p of plan.slice(i, i + CHUNK)) {
        const person = await createPerson(t, systemActor, {
          username: p.username,
          displayName: p.displayName,
          orgId: p.orgId,
          initialPassword: '',
          passwordHash,
          roles: p.roles,
          mustChangePassword: false,
        });
        if (p.credential) await addCredential(t, systemActor, person.id, p.credential);
      }
    });
    onProgress?.(Math.min(i + CHUNK, plan.length), plan.length);
  }
}
