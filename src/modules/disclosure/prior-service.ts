import { systemActor, type AppContext } from '../../platform/context.js';
import { NotFound } from '../../platform/errors.js';
import { powerItemsFor } from '../catalogue/lists-service.js';
import { ENFORCEMENT_LEVELS } from '../catalogue/standards/types.js';
import { listMatters } from '../draws/matters.js';
import type { OrgNode } from '../../platform/orgs/contract.js';
import { orgTree } from '../../platform/orgs/service.js';
import { canEnforce } from '../people/rules.js';
import { listPeople } from '../people/service.js';
import type { OfficersPage, PublicSubject, SubjectDetail } from './prior-contract.js';
import { channelsFor, remediesFor } from './prior-data.js';

// 事前公开, read by anyone: each service is called as the system actor because the portal has no
// session, and every answer is narrowed here to what the law says is public.

function flatten(nodes: OrgNode[], parentName: string | null, out: PublicSubject[]) {
  for (const n of nodes) {
    out.push({ id: n.id, name: n.name, level: n.level, regionCode: n.regionCode, parentName });
    flatten(n.children, n.name, out);
  }
  return out;
}

/** Every org, parents before children (the tree walked depth first). */
export async function publicSubjects(app: AppContext): Promise<PublicSubject[]> {
  return flatten(await orgTree(app.db, systemActor), null, []);
}

async function subject(app: AppContext, id: string): Promise<PublicSubject> {
  const found = (await publicSubjects(app)).find((s) => s.id === id);
  if (!found) throw new NotFound('执法主体不存在', 'id');
  return found;
}

export async function publicSubjectDetail(app: AppContext, id: string): Promise<SubjectDetail> {
  const s = await subject(app, id);
  const { powerItems, enforcementMatters } = await powerItemsFor(app, systemActor, id);
  // Matters are listed per level; an org publishes the ones it exercises itself.
  const atLevel = (ENFORCEMENT_LEVELS as readonly string[]).includes(s.level) ? enforcementMatters.filter((m) => m.level === s.level) : enforcementMatters;
  const matters = (await listMatters(app, systemActor, id)).filter((m) => m.orgId === id && m.active);
  return {
    ...s,
    powers: powerItems.map((p) => ({ code: p.code, kind: p.kind, name: p.name, basis: p.basis, subject: p.subject })),
    enforcementMatters: atLevel.map((m) => ({ code: m.code, powerCode: m.powerCode, name: m.name, level: m.level })),
    spotCheckMatters: matters.map((m) => ({ code: m.code, name: m.name, legalBasis: m.legalBasis, ratioPermille: m.ratioPermille, frequency: m.frequency })),
    remedies: remediesFor(s),
    channels: channelsFor(s),
  };
}

/**
 * 执法人员名单: the org's own staff holding a credential in force today, by name and number. Roles,
 * accounts, issuers and dates stay inside; an expired or not-yet-valid credential is not shown.
 */
export async function publicOfficers(app: AppContext, id: string, q: { page: number; pageSize: number }): Promise<OfficersPage> {
  await subject(app, id);
  const all: { name: string; credentialNumber: string }[] = [];
  for (let page = 1; ; page++) {
    const { items, total } = await listPeople(app, systemActor, { orgId: id, page, pageSize: 200 });
    for (const p of items) {
      if (p.orgId !== id || p.status !== 'active') continue;
      for (const c of p.credentials) if (canEnforce(c.status)) all.push({ name: p.displayName, credentialNumber: c.number });
    }
    if (page * 200 >= total) break;
  }
  all.sort((a, b) => a.credentialNumber.localeCompare(b.credentialNumber));
  return { items: all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), total: all.length };
}
