// Test helpers: an enterprise, two officers with credentials, an ad hoc task and a record with
// a hazard, built through the services (so every step also writes its ledger entry).
import { eq } from 'drizzle-orm';
import { userAccount } from '../../platform/auth/schema.js';
import { systemActor, type Actor } from '../../platform/context.js';
import { hashPassword } from '../../platform/auth/password.js';
import { addUser, TEST_PASSWORD, type TestWorld } from '../../testing/fixture.js';
import { CHECKLISTS } from '../catalogue/standards/checklists.js';
import { samplePng } from './instruments/samples.js';
import type { RecordItem } from './schema.js';
import { addCredential, createPerson } from '../people/service.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { uploadHazardEvidence } from './evidence/service.js';
import { addHazard } from './hazards/service.js';
import { completeRecord, saveRecord, startRecord } from './records/service.js';
import { openTask } from './tasks/open.js';

type OrgRef = { id: string; path: string };
type Answer = { result: RecordItem['result']; note?: string };

/** Every item of a built-in checklist answered, as completing a record needs: 符合 unless `answers` says otherwise. */
export function answerAll(checklistCode: string, answers: Record<string, Answer> = {}): ({ code: string } & Answer)[] {
  const list = CHECKLISTS.find((c) => c.code === checklistCode);
  if (!list) throw new Error(`no built-in checklist ${checklistCode}`);
  return list.items.map((i) => ({ code: i.code, ...(answers[i.code] ?? { result: 'compliant' }) }));
}
let serial = 0;

export const actorOf = (userId: string, o: OrgRef, roles: string[] = ['officer']): Actor => ({ userId, username: userId, orgId: o.id, orgPath: o.path, roles });

/** Two officers of the org with valid credentials. */
export async function officerPair(w: TestWorld, o: OrgRef, prefix = `insp${++serial}`) {
  const ids: string[] = [];
  for (const n of [1, 2]) {
    const u = await addUser(w, `${prefix}.${n}`, o.id, ['officer']);
    await addCredential(w.app, systemActor, u.id, {
      number: `${prefix.toUpperCase()}-${n}`,
      issuer: '湖北省人民政府',
      scope: '安全生产',
      validFrom: '2024-01-01',
      validTo: '2028-12-31',
    });
    ids.push(u.id);
  }
  return ids;
}

/** An enterprise user of the enterprise, signed in at the enterprise's supervising org. */
export async function enterpriseUser(w: TestWorld, username: string, orgId: string, enterpriseId: string) {
  return createPerson(w.app, systemActor, {
    username,
    displayName: username,
    orgId,
    initialPassword: TEST_PASSWORD,
    passwordHash: await hashPassword(TEST_PASSWORD),
    roles: ['enterpriseUser'],
    enterpriseId,
    mustChangePassword: false,
  });
}

/** Enterprise, officers and an ad hoc task in the org; optionally a started record with one hazard. */
export async function inspectionScene(w: TestWorld, o: OrgRef, regionCode: string, opts: { record?: boolean; complete?: boolean } = {}) {
  const n = 700 + ++serial;
  const e = await createEnterprise(w.app, systemActor, sampleEnterprise(n, regionCode));
  const officerIds = await officerPair(w, o);
  const officer = actorOf(officerIds[0], o);
  const task = await openTask(w.app, officer, { orgId: o.id, enterpriseId: e.id, officerIds, reason: '群众举报存在违规作业', plannedOn: '2026-03-02' });
  if (!opts.record) return { e, officerIds, officer, task };
  let record = await startRecord(w.app, officer, task.id, { checklistCode: 'CL-GEN', place: '生产车间' });
  record = await saveRecord(w.app, officer, record.id, {
    version: record.version,
    place: '生产车间、仓库',
    present: [{ name: '张三', position: '总经理' }],
    items: answerAll('CL-GEN', {
      'CL-GEN-05': { result: 'hazard', note: '安全管理人员未经考核' },
      'CL-GEN-06': { result: 'notApplicable' },
    }),
    findings: '企业正常生产，检查了车间和仓库。',
    signerName: '张三',
    signaturePng: Buffer.from(samplePng()).toString('base64'),
  });
  const hazard = await addHazard(w.app, officer, record.id, {
    checkItemCode: 'CL-GEN-05',
    description: '安全生产管理人员未经考核合格',
    location: '安全科',
    measures: '组织考核并取得合格证明',
    deadline: '2026-03-16',
    responsiblePerson: '张三',
  });
  if (opts.complete) record = await completeRecord(w.app, officer, record.id, record.version);
  return { e, officerIds, officer, task, record, hazard };
}

/**
 * For the route walk (permissions.db.test.ts): in each of two orgs a task to start, a record in
 * progress with a hazard and hazard evidence; `u.enterpriseUser` belongs to the first enterprise.
 */
export async function permissionTargets(w: TestWorld) {
  const side = async (o: OrgRef, region: string) => {
    const s = await inspectionScene(w, o, region, { record: true });
    const fresh = await openTask(w.app, s.officer, {
      orgId: o.id,
      enterpriseId: s.e.id,
      officerIds: s.officerIds,
      reason: '权限测试临时检查',
      plannedOn: '2026-03-02',
    });
    const ev = await uploadHazardEvidence(w.app, s.officer, s.hazard!.id, { fileName: 'p.png', kind: 'photo', bytes: Buffer.from(samplePng()) });
    return {
      enterpriseId: s.e.id,
      officerIds: s.officerIds,
      taskId: s.task.id,
      freshTaskId: fresh.id,
      recordId: s.record!.id,
      hazardId: s.hazard!.id,
      evidenceId: ev.id,
    };
  };
  const own = await side(w.orgs.county, '421202');
  const other = await side(w.orgs.siblingCounty, '420102');
  await w.app.db.update(userAccount).set({ enterpriseId: own.enterpriseId }).where(eq(userAccount.username, 'u.enterpriseUser'));
  return { own, other };
}
