// 询问笔录 recorded over HTTP on a case under investigation: numbered when recorded (one ledger
// entry), refused before filing, for officers outside the case, and downloaded as PDF/DOCX.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../../platform/context.js';
import { ledgerEntry } from '../../../platform/ledger/schema.js';
import { createWorld, signIn, type TestWorld } from '../../../testing/fixture.js';
import { sampleEnterprise } from '../../registry/fixture.js';
import { createEnterprise } from '../../registry/service.js';
import { fire, getCase } from '../service.js';
import { draftCase, staff } from '../testing.js';
import type { CaseEventName } from '../workflow/machine.js';

let w: TestWorld;
let inv1: Actor, inv2: Actor, head: Actor, stranger: Actor;
let enterpriseId: string;

async function step(actor: Actor, id: string, event: CaseEventName) {
  const { version } = await getCase(w.app, systemActor, id);
  return fire(w.app, actor, id, { event, payload: {}, version });
}
const body = (version: number, over: Record<string, unknown> = {}) => ({
  version,
  intervieweeName: '李四',
  intervieweeRole: 'safetyManager',
  intervieweeIdNumber: '420102199001011234',
  startedAt: '2026-02-11T01:30:00Z',
  endedAt: '2026-02-11T02:15:00Z',
  place: '测试化工有限公司会议室',
  officerIds: [inv1.userId, inv2.userId],
  qa: [
    { q: '你单位是否配备专职安全生产管理人员？', a: '没有配备，由车间主任兼任。' },
    { q: '以上情况是否属实？', a: '属实。' },
  ],
  ...over,
});
function pdfText(bytes: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'interview-')), 'i.pdf');
  fs.writeFileSync(file, bytes);
  const r = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`pdftotext 不可用或失败：${r.stderr || r.error}`);
  return r.stdout.replace(/\s+/g, '');
}

beforeAll(async () => {
  w = await createWorld(new Date('2026-02-10T02:00:00Z'));
  inv1 = await staff(w, 'iv.inv1', w.orgs.county, ['officer']);
  inv2 = await staff(w, 'iv.inv2', w.orgs.county, ['officer']);
  head = await staff(w, 'iv.head', w.orgs.county, ['head']);
  stranger = await staff(w, 'iv.stranger', w.orgs.county, ['officer']);
  enterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(12, '421202'))).id;
}, 60_000);
afterAll(() => w.close());

describe('POST /api/cases/:id/interviews', () => {
  it('records interviews on a case under investigation, numbered once, and serves each as PDF and DOCX', async () => {
    const c = await draftCase(w, inv1, w.orgs.county, enterpriseId, [inv1, inv2]);
    const officer = await signIn(w, 'iv.inv1');
    const post = (v: number, over?: Record<string, unknown>) => officer.send('POST', `/api/cases/${c.id}/interviews`, body(v, over));

    const early = await post(c.version);
    expect(early).toMatchObject({ status: 422, body: { error: { code: 'ruleViolation', field: 'state' } } });
    expect(await officer.get(`/api/cases/${c.id}/instruments/interview`)).toMatchObject({ status: 422, body: { error: { message: '案件尚未制作询问笔录' } } });

    await step(inv1, c.id, 'submitFiling');
    const filed = await step(head, c.id, 'approveFiling');
    expect((await post(filed.version, { officerIds: [inv1.userId, stranger.userId] })).body).toMatchObject({
      error: { field: 'officerIds', message: '询问人须为本案承办人员' },
    });
    expect((await post(filed.version, { qa: [] })).status).toBe(400);
    expect((await post(filed.version - 1)).status).toBe(409);
    expect((await (await signIn(w, 'iv.stranger')).send('POST', `/api/cases/${c.id}/interviews`, body(filed.version))).status).toBe(403);

    const first = await post(filed.version);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ index: 0, version: filed.version + 1 });
    const second = await post(filed.version + 1, { intervieweeName: '王五', intervieweeRole: 'witness', intervieweeIdNumber: undefined });
    expect(second.body).toMatchObject({ index: 1 });
    expect(second.body.number).not.toBe(first.body.number);

    const detail = await getCase(w.app, systemActor, c.id);
    expect(detail.interviews.map((i) => [i.number, i.intervieweeName])).toEqual([
      [first.body.number, '李四'],
      [second.body.number, '王五'],
    ]);
    const entries = await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectId, c.id), eq(ledgerEntry.action, 'case.recordInterview')));
    expect(entries).toHaveLength(2);

    const pdf = await officer.get(`/api/cases/${c.id}/instruments/interview?format=pdf&index=0`);
    expect(pdf.status).toBe(200);
    const t = pdfText(Buffer.from(pdf.body));
    expect(t).toContain(first.body.number);
    expect(t).toContain('问：你单位是否配备专职安全生产管理人员？');
    expect(t).toContain('答：没有配备，由车间主任兼任。');
    expect(t).toContain('2026年2月11日9时30分至2026年2月11日10时15分');
    expect(t).toContain('安全管理人员');
    // Without an index the last one; a missing index is 404; downloads issue nothing.
    expect(pdfText(Buffer.from((await officer.get(`/api/cases/${c.id}/instruments/interview`)).body))).toContain('王五');
    expect((await officer.get(`/api/cases/${c.id}/instruments/interview?index=2`)).status).toBe(404);
    const docx = await officer.get(`/api/cases/${c.id}/instruments/interview?format=docx&index=1`);
    expect(Buffer.from(docx.body).subarray(0, 2).toString('latin1')).toBe('PK');
    expect((await getCase(w.app, systemActor, c.id)).version).toBe(filed.version + 2);
  }, 60_000);
});
