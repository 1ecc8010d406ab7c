import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Role } from '../../platform/auth/roles.js';
import type { AppContext } from '../../platform/context.js';
import { rows } from '../../platform/db/index.js';

// Who and what the activity generators act on, read once from the generated world: the
// enterprises, and for each org the staff who act for it. A township without two officers of
// its own is served by the nearest org above it that has them, as 分级属地监管 would send it.

export interface CastEnterprise {
  id: string;
  name: string;
  orgId: string;
  riskGrade: string;
  address: string;
  principalPerson: string;
}

export interface Staff {
  officers: string[];
  /** Heads and deputy heads (行政机关负责人), section chiefs, the head alone, legal reviewers. */
  heads: string[];
  sectionChiefs: string[];
  head: string[];
  reviewers: string[];
}

export interface ActivityCast {
  enterprises: CastEnterprise[];
  /** Org id → the staff who act for it (its own, or the nearest ancestor's). */
  staffOf: Map<string, Staff>;
  /** Org id → its short name, for instrument numbers. */
  orgName: Map<string, string>;
  /** Orgs that plan (city and county bureaus), with their enterprise ids. */
  planners: { id: string; level: string }[];
}

const emptyStaff = (): Staff => ({ officers: [], heads: [], sectionChiefs: [], head: [], reviewers: [] });

export async function loadCast(app: AppContext): Promise<ActivityCast> {
  const orgs = await rows<{ id: string; path: string; level: string; name: string }>(
    app.db,
    sql`select id, path, level, short_name as name from org order by path`,
  );
  const users = await rows<{ id: string; org_id: string; roles: Role[] }>(
    app.db,
    sql`select id, org_id, roles from user_account where org_id is not null and status = 'active' order by username`,
  );
  const enterprises = await rows<CastEnterprise>(
    app.db,
    sql`select id, name, org_id as "orgId", risk_grade as "riskGrade", address, principal_person as "principalPerson" from enterprise where status <> 'closed' order by uscc`,
  );
  const own = new Map<string, Staff>();
  for (const u of users) {
    const s = own.get(u.org_id) ?? emptyStaff();
    own.set(u.org_id, s);
    if (u.roles.includes('officer')) s.officers.push(u.id);
    if (u.roles.includes('head') || u.roles.includes('deputyHead')) s.heads.push(u.id);
    if (u.roles.includes('head')) s.head.push(u.id);
    if (u.roles.includes('sectionChief')) s.sectionChiefs.push(u.id);
    if (u.roles.includes('legalReviewer')) s.reviewers.push(u.id);
  }
  const staffOf = new Map<string, Staff>();
  for (const o of orgs) {
    // The path is the chain of ids from the root ending in the org's own: reversed, nearest first.
    const ancestors = o.path.split('/').filter(Boolean).reverse();
    const nearest = (has: (s: Staff) => boolean) => ancestors.map((id) => own.get(id)).find((s) => s && has(s));
    staffOf.set(o.id, {
      officers: nearest((s) => s.officers.length >= 2)?.officers ?? [],
      heads: nearest((s) => s.heads.length > 0)?.heads ?? [],
      sectionChiefs: nearest((s) => s.sectionChiefs.length > 0)?.sectionChiefs ?? [],
      head: nearest((s) => s.head.length > 0)?.head ?? [],
      reviewers: nearest((s) => s.reviewers.length > 0)?.reviewers ?? [],
    });
  }
  return {
    enterprises,
    staffOf,
    orgName: new Map(orgs.map((o) => [o.id, o.name])),
    planners: orgs.filter((o) => o.level === 'city' || o.level === 'county').map((o) => ({ id: o.id, level: o.level })),
  };
}

/**
 * A version-4-shaped UUID from the seed and keys: the same world gets the same ids. 122 bits of
 * a SHA-256 (a 32-bit mix would collide by the birthday bound within a province's million rows).
 */
export function uuidFor(seed: number, ...keys: number[]): string {
  const hex = createHash('sha256')
    .update(`${seed}:${keys.join(':')}`)
    .digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Milliseconds at a China date and hour (UTC+8), for timestamps of generated acts. */
export const atChina = (date: string, hour: number, minute = 0) =>
  new Date(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+08:00`);
