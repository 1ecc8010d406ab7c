// A case walked to its decision through the service, and its instruments downloaded over HTTP:
// the 决定书 as a real PDF (read back with pdftotext) and DOCX, the refusals before each step.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../../platform/context.js';
import { createWorld, signIn, type Client, type TestWorld } from '../../../testing/fixture.js';
import { sampleEnterprise } from '../../registry/fixture.js';
import { createEnterprise } from '../../registry/service.js';
import type { EventPayload } from '../contract.js';
import { createCase, fire, getCase } from '../service.js';
import { draftCase, staff } from '../testing.js';
import type { CaseEventName } from '../workflow/machine.js';

let w: TestWorld;
let inv1: Actor, inv2: Actor, chief: Actor, head: Actor;
let outsider: Client;
let enterpriseId: string;

const on = (date: string) => w.clock.set(new Date(`${date}T02:00:00Z`));
async function step(actor: Actor, id: string, event: CaseEventName, payload: EventPayload = {}) {
  const { version } = await getCase(w.app, systemActor, id);
  return fire(w.app, actor, id, { event, payload, version });
}
// Sessions lapse as the clock jumps days ahead: sign in afresh for each download.
const officer = { get: async (u: string) => (await signIn(w, 'ci.inv1')).get(u) };
const url = (id: string, kind: string, format = 'pdf') => `/api/cases/${id}/instruments/${kind}?format=${format}`;

function pdfText(bytes: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'case-instr-')), 'decision.pdf');
  fs.writeFileSync(file, bytes);
  const r = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`pdftotext 不可用或失败（请安装 Debian 软件包 poppler-utils）：${r.stderr || r.error}`);
  return r.stdout.replace(/\s+/g, '');
}

beforeAll(async () => {
  w = await createWorld(new Date('2026-02-10T02:00:00Z'));
  inv1 = await staff(w, 'ci.inv1', w.orgs.county, ['officer']);
  inv2 = await staff(w, 'ci.inv2', w.orgs.county, ['officer']);
  chief = await staff(w, 'ci.chief', w.orgs.county, ['sectionChief']);
  head = await staff(w, 'ci.head', w.orgs.county, ['head']);
  await staff(w, 'ci.outsider', w.orgs.siblingCity, ['head']);
  enterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(11, '421202'))).id;
  outsider = await signIn(w, 'ci.outsider');
}, 60_000);
afterAll(() => w.close());

describe('GET /api/cases/:id/instruments/:kind', () => {
  it('walks a case to its decision, refusing each instrument before its step, then serves the 决定书 as PDF and DOCX', async () => {
    on('2026-02-10');
    const c = await draftCase(w, inv1, w.orgs.county, enterpriseId, [inv1, inv2]);

    // A draft has its 立案审批表 (with a blank number: downloading never issues one), nothing else.
    const draft = await officer.get(url(c.id, 'filingApproval', 'docx'));
    expect(draft.status).toBe(200);
    expect(Buffer.from(draft.body).subarray(0, 2).toString('latin1')).toBe('PK');
    const refused = await officer.get(url(c.id, 'penaltyDecision'));
    expect(refused).toMatchObject({
      status: 422,
      body: { error: { code: 'ruleViolation', message: '案件尚未作出行政处罚决定，不能制作行政处罚决定书', field: 'kind' } },
    });
    expect((await officer.get(url(c.id, 'closureReport'))).status).toBe(422);
    expect((await officer.get(url(c.id, 'nonsense'))).status).toBe(400);
    expect((await outsider.get(url(c.id, 'filingApproval'))).status).toBe(403);
    expect((await getCase(w.app, systemActor, c.id)).events).toEqual([]);

    await step(inv1, c.id, 'submitFiling');
    await step(head, c.id, 'approveFiling');
    on('2026-02-11');
    await step(inv1, c.id, 'completeInvestigation', {
      penalty: { measures: ['fine'], fineYuan: 60_000, confiscationYuan: 0 },
      discretionFacts: { harmCaused: 'harmful' },
    });
    expect((await officer.get(url(c.id, 'penaltyNotice'))).status).toBe(422);
    await step(chief, c.id, 'completeInternalReview');
    expect((await officer.get(url(c.id, 'penaltyNotice'))).status).toBe(200);
    on('2026-02-12');
    await step(chief, c.id, 'issueNotice');
    expect((await officer.get(url(c.id, 'penaltyDecision'))).status).toBe(422);
    on('2026-02-27');
    const decided = await step(head, c.id, 'decide');

    const pdf = await officer.get(url(c.id, 'penaltyDecision', 'pdf'));
    expect(pdf.status).toBe(200);
    const bytes = Buffer.from(pdf.body);
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const t = pdfText(bytes);
    expect(t).toContain('测试化工有限公司11号');
    expect(t).toContain('罚款人民币60000元（大写：陆万元整）');
    expect(t).toContain(decided.decisionNumber!);
    expect(t).toContain('2026年2月27日');

    const docx = await officer.get(url(c.id, 'penaltyDecision', 'docx'));
    expect(docx.status).toBe(200);
    expect(Buffer.from(docx.body).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

    // Downloads changed nothing: no event, no number.
    const after = await getCase(w.app, systemActor, c.id);
    expect({ version: after.version, events: after.events.length }).toEqual({ version: decided.version, events: decided.events.length });
    expect((await officer.get(url(c.id, 'summaryDecision'))).body.error.message).toBe('一般程序案件制作行政处罚决定书，不制作当场处罚决定书');
  }, 60_000);

  it('serves the 当场处罚决定书 of a summary case under the number issued on the spot', async () => {
    on('2026-03-02');
    const c = await createCase(w.app, inv1, {
      orgId: w.orgs.county.id,
      procedure: 'summary',
      partyKind: 'organisation',
      enterpriseId,
      violationTypeCode: 'WSL-97-1',
      violationDate: '2026-03-02',
      summary: '现场发现未配备安全生产管理人员',
      investigatorIds: [inv1.userId!],
    });
    expect((await officer.get(url(c.id, 'summaryDecision'))).status).toBe(422);
    const decided = await step(inv1, c.id, 'decideOnSite', { penalty: { measures: ['fine'], fineYuan: 2_000, confiscationYuan: 0 } });
    const pdf = await officer.get(url(c.id, 'summaryDecision', 'pdf'));
    expect(pdf.status).toBe(200);
    const t = pdfText(Buffer.from(pdf.body));
    expect(t).toContain('当场处罚决定书');
    expect(t).toContain(decided.decisionNumber!);
    expect(decided.decisionNumber).toMatch(/应急简罚〔2026〕\d+号/);
    expect(t).toContain('罚款人民币2000元（大写：贰仟元整）');
    expect((await officer.get(url(c.id, 'filingApproval'))).status).toBe(422);
  }, 60_000);
});
