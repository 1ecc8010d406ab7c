// Test helpers: officers with credentials, actors and cases, for this module's tests and the
// route × role walk.
import type { Role } from '../../platform/auth/roles.js';
import { systemActor, type Actor } from '../../platform/context.js';
import { addUser, type TestWorld } from '../../testing/fixture.js';
import { addCredential } from '../people/service.js';
import type { EventPayload } from './contract.js';
import { createCase, fire, getCase } from './service.js';
import type { CaseEventName } from './workflow/machine.js';

type OrgRef = { id: string; path: string };
let serial = 0;

/** A user of `org` with the roles and, for officers, a credential valid 2024–2029. */
export async function staff(w: TestWorld, username: string, org: OrgRef, roles: Role[]): Promise<Actor> {
  const person = await addUser(w, username, org.id, roles);
  if (roles.includes('officer')) {
    await addCredential(w.app, systemActor, person.id, {
      number: `TEST-${username}-${++serial}`,
      issuer: '湖北省人民政府',
      scope: '安全生产',
      validFrom: '2024-01-01',
      validTo: '2029-12-31',
    });
  }
  return { userId: person.id, username, orgId: org.id, orgPath: org.path, roles };
}

/** A draft general-procedure case against an enterprise, investigated by the two officers. */
export function draftCase(w: TestWorld, opener: Actor, org: OrgRef, enterpriseId: string, investigators: Actor[], violationDate = '2026-01-20') {
  return createCase(w.app, opener, {
    orgId: org.id,
    procedure: 'general',
    partyKind: 'organisation',
    enterpriseId,
    violationTypeCode: 'WSL-97-1',
    violationDate,
    summary: '未按照规定设置安全生产管理机构或者配备安全生产管理人员',
    investigatorIds: investigators.map((i) => i.userId!),
  });
}

/** A draft case of `org` against the enterprise, with two credentialed officers of that org. */
export async function sampleCase(w: TestWorld, org: OrgRef, enterpriseId: string) {
  const officers = [await staff(w, `case.${org.id.slice(0, 8)}.a`, org, ['officer']), await staff(w, `case.${org.id.slice(0, 8)}.b`, org, ['officer'])];
  return draftCase(w, systemActor, org, enterpriseId, officers);
}

/** Takes one event on the case at its current version. */
export async function takeStep(w: TestWorld, actor: Actor, id: string, event: CaseEventName, payload: EventPayload = {}) {
  const { version } = await getCase(w.app, systemActor, id);
  return fire(w.app, actor, id, { event, payload, version });
}

/** A case filed on the head's approval and investigated by the two officers, proposing a 60 000 yuan fine (a hearing right). */
export async function investigatedCase(w: TestWorld, org: OrgRef, enterpriseId: string, who: { investigators: [Actor, Actor]; head: Actor }) {
  const [first] = who.investigators;
  const c = await draftCase(w, first, org, enterpriseId, who.investigators);
  await takeStep(w, first, c.id, 'submitFiling');
  await takeStep(w, who.head, c.id, 'approveFiling');
  await takeStep(w, first, c.id, 'completeInvestigation', {
    penalty: { measures: ['fine'], fineYuan: 60_000, confiscationYuan: 0 },
    discretionFacts: { harmCaused: 'harmful' },
  });
  return c;
}
