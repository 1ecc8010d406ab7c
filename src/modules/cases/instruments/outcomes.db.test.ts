// Cases walked through the service to each later step — hearing, not punishing, instalments,
// late payment, court enforcement, revocation and both transfers — and each step's instrument
// downloaded over HTTP as PDF (read back with pdftotext) and DOCX, under the number issued then.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../../platform/context.js';
import { createWorld, signIn, type TestWorld } from '../../../testing/fixture.js';
import { sampleEnterprise } from '../../registry/fixture.js';
import { createEnterprise } from '../../registry/service.js';
import type { CaseDetailOut, EventPayload } from '../contract.js';
import { fire, getCase } from '../service.js';
import { draftCase, staff } from '../testing.js';
import type { CaseEventName } from '../workflow/machine.js';
import type { CaseInstrumentKind } from './types.js';

let w: TestWorld;
let inv1: Actor, inv2: Actor, chief: Actor, head: Actor;
let enterpriseId: string;

const on = (date: string) => w.clock.set(new Date(`${date}T02:00:00Z`));
async function step(actor: Actor, id: string, event: CaseEventName, payload: EventPayload = {}) {
  const { version } = await getCase(w.app, systemActor, id);
  return fire(w.app, actor, id, { event, payload, version });
}
const url = (id: string, kind: string, format: string) => `/api/cases/${id}/instruments/${kind}?format=${format}`;
const numberOf = (c: CaseDetailOut, event: CaseEventName) => c.events.filter((e) => e.event === event).at(-1)!.instrumentNumbers[0];

function pdfText(bytes: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'case-outcome-')), 'instrument.pdf');
  fs.writeFileSync(file, bytes);
  const r = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`pdftotext 不可用或失败（请安装 Debian 软件包 poppler-utils）：${r.stderr || r.error}`);
  return r.stdout.replace(/\s+/g, '');
}

/** Downloads the instrument as PDF and DOCX (sessions lapse as the clock jumps: sign in afresh); the PDF text. */
async function download(id: string, kind: CaseInstrumentKind): Promise<string> {
  const officer = await signIn(w, 'oc.inv1');
  const docx = await officer.get(url(id, kind, 'docx'));
  expect(docx.status, `${kind} docx`).toBe(200);
  expect(Buffer.from(docx.body).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const pdf = await officer.get(url(id, kind, 'pdf'));
  expect(pdf.status, `${kind} pdf`).toBe(200);
  return pdfText(Buffer.from(pdf.body));
}
async function refusedDownload(id: string, kind: CaseInstrumentKind) {
  return (await (await signIn(w, 'oc.inv1')).get(url(id, kind, 'pdf'))).body.error?.message;
}

/** Filed on 10 Feb, investigated with a 60 000 元 fine proposed, the notice served on 12 Feb. */
async function noticedCase(): Promise<string> {
  on('2026-02-10');
  const c = await draftCase(w, inv1, w.orgs.county, enterpriseId, [inv1, inv2]);
  await step(inv1, c.id, 'submitFiling');
  await step(head, c.id, 'approveFiling');
  on('2026-02-11');
  await step(inv1, c.id, 'completeInvestigation', {
    penalty: { measures: ['fine'], fineYuan: 60_000, confiscationYuan: 0 },
    discretionFacts: { harmCaused: 'harmful' },
  });
  await step(chief, c.id, 'completeInternalReview');
  on('2026-02-12');
  await step(chief, c.id, 'issueNotice');
  return c.id;
}

async function investigatingCase(): Promise<string> {
  on('2026-02-10');
  const c = await draftCase(w, inv1, w.orgs.county, enterpriseId, [inv1, inv2]);
  await step(inv1, c.id, 'submitFiling');
  await step(head, c.id, 'approveFiling');
  return c.id;
}

beforeAll(async () => {
  w = await createWorld(new Date('2026-02-10T02:00:00Z'));
  inv1 = await staff(w, 'oc.inv1', w.orgs.county, ['officer']);
  inv2 = await staff(w, 'oc.inv2', w.orgs.county, ['officer']);
  chief = await staff(w, 'oc.chief', w.orgs.county, ['sectionChief']);
  head = await staff(w, 'oc.head', w.orgs.county, ['head']);
  enterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(21, '421202'))).id;
}, 60_000);
afterAll(() => w.close());

describe('instruments of the steps that end or execute a case, over HTTP', () => {
  it('撤销立案审批表, 案件移送书 (to the authority named) and 涉嫌犯罪案件移送书 (to the police organ named)', async () => {
    const revoked = await investigatingCase();
    expect(await refusedDownload(revoked, 'filingRevocation')).toBe('案件未撤销立案，不能制作撤销立案审批表');
    on('2026-02-13');
    const r = await step(head, revoked, 'revokeFiling', { opinion: '经调查，违法事实不能成立。' });
    expect(numberOf(r, 'revokeFiling')).toMatch(/^（咸安）应急撤立〔2026〕1号$/);
    let t = await download(revoked, 'filingRevocation');
    expect(t).toContain(numberOf(r, 'revokeFiling'));
    expect(t).toContain('经调查，违法事实不能成立。');
    expect(t).toContain('测试化工有限公司21号');

    const moved = await investigatingCase();
    // The receiving authority is checked like any other field, and taken only by the transfers.
    const boss = await signIn(w, 'oc.head');
    const blank = await boss.send('POST', `/api/cases/${moved}/events`, {
      event: 'transfer',
      version: (await getCase(w.app, systemActor, moved)).version,
      payload: { opinion: '属市场监管部门管辖', receivingAuthority: ' ' },
    });
    expect(blank.status).toBe(400);
    expect(JSON.stringify(blank.body)).toContain('receivingAuthority');
    await expect(step(head, moved, 'revokeFiling', { opinion: '撤销', receivingAuthority: '咸宁市咸安区市场监督管理局' })).rejects.toMatchObject({
      field: 'payload.receivingAuthority',
    });
    const m = await step(head, moved, 'transfer', { opinion: '该违法行为属于市场监督管理部门管辖。', receivingAuthority: '咸宁市咸安区市场监督管理局' });
    t = await download(moved, 'transferLetter');
    expect(t).toContain(numberOf(m, 'transfer'));
    expect(t).toContain('咸宁市咸安区市场监督管理局：');
    expect(t).toContain('第二十二条至第二十五条');

    const police = await investigatingCase();
    const p = await step(head, police, 'transferToPolice', { opinion: '当事人涉嫌重大责任事故罪', receivingAuthority: '咸宁市公安局咸安区分局' });
    expect(numberOf(p, 'transferToPolice')).toMatch(/^（咸安）应急刑移〔2026〕\d+号$/);
    t = await download(police, 'criminalTransferLetter');
    expect(t).toContain(numberOf(p, 'transferToPolice'));
    expect(t).toContain('咸宁市公安局咸安区分局：');
    expect(t).toContain('涉案物品清单');
    expect(await refusedDownload(police, 'transferLetter')).toBe('案件未移送其他行政机关，不能制作案件移送书');
  }, 120_000);

  it('听证笔录 when the hearing ends, then 不予行政处罚决定书 after it', async () => {
    const id = await noticedCase();
    on('2026-02-13');
    await step(inv1, id, 'requestHearing');
    await step(chief, id, 'scheduleHearing', { hearingChairId: chief.userId!, hearingOn: '2026-03-10' });
    expect(await refusedDownload(id, 'hearingRecord')).toBe('听证尚未结束，不能制作听证笔录');
    on('2026-03-10');
    const heard = await step(chief, id, 'recordHearing', { opinion: '当事人对事实无异议，请求从轻处罚。' });
    let t = await download(id, 'hearingRecord');
    expect(t).toContain(numberOf(heard, 'recordHearing'));
    expect(t).toContain('当事人对事实无异议，请求从轻处罚。');
    expect(t).toContain('2026年3月10日');

    expect(await refusedDownload(id, 'noPenaltyDecision')).toBe('案件未作出不予行政处罚决定，不能制作不予行政处罚决定书');
    on('2026-03-12');
    const none = await step(head, id, 'notPunish', { opinion: '当事人已于听证前配备专职安全生产管理人员。', noPenaltyGround: 'minorCorrected' });
    expect(none.state).toBe('notPunished');
    t = await download(id, 'noPenaltyDecision');
    expect(t).toContain(numberOf(none, 'notPunish'));
    expect(numberOf(none, 'notPunish')).toMatch(/应急不罚〔2026〕\d+号$/);
    expect(t).toContain('本机关认为：违法行为轻微并及时改正，没有造成危害后果。当事人已于听证前配备专职安全生产管理人员。');
    expect(t).toContain('《中华人民共和国行政处罚法》第三十三条第一款、第五十七条第一款第二项的规定，本机关决定对你单位不予行政处罚');
    expect(t).toContain('2026年3月12日');
    // Downloading issued nothing.
    expect((await getCase(w.app, systemActor, id)).version).toBe(none.version);
  }, 120_000);

  it('延期缴纳, 加处罚款催告书 with the surcharge owed, and 强制执行申请书 only in the window of 第五十三条、第五十四条', async () => {
    const id = await noticedCase();
    on('2026-02-27');
    await step(head, id, 'decide');
    const served = await step(inv1, id, 'serve', { serviceMethod: 'direct' });
    expect(served.paymentDueOn).toBe('2026-03-16');

    on('2026-03-10');
    const extended = await step(head, id, 'approveInstalment', { opinion: '当事人资金周转困难，申请延期缴纳，经核实同意。', newPaymentDueOn: '2026-03-20' });
    let t = await download(id, 'instalmentApproval');
    expect(t).toContain(numberOf(extended, 'approveInstalment'));
    expect(t).toContain('缴纳期限由2026年3月16日延至2026年3月20日');
    expect(t).toContain('罚款人民币60000元（大写：陆万元整）');

    on('2026-03-25');
    const overdue = await step(inv1, id, 'markOverdue');
    t = await download(id, 'latePaymentSurchargeNotice');
    expect(t).toContain(numberOf(overdue, 'markOverdue'));
    // Five days after 20 March at 1 800 元 a day: what recordPayment would ask for that day.
    expect(t).toContain('已逾期5日，应缴罚款人民币60000元（大写：陆万元整），加处罚款人民币9000元（大写：玖仟元整），合计人民币69000元（大写：陆万玖仟元整）');

    expect(await refusedDownload(id, 'courtEnforcementApplication')).toBe('案件尚未申请人民法院强制执行，不能制作强制执行申请书');
    on('2026-08-20');
    await expect(step(head, id, 'applyToCourt', { remindedOn: '2026-08-01' })).rejects.toMatchObject({
      field: 'servedOn',
      article: '行政强制法 第五十三条；行政诉讼法 第四十六条',
    });
    on('2026-09-05');
    await expect(step(head, id, 'applyToCourt', { remindedOn: '2026-09-01' })).rejects.toMatchObject({
      field: 'payload.remindedOn',
      article: '行政强制法 第五十四条',
    });
    on('2026-09-15');
    const applied = await step(head, id, 'applyToCourt', { remindedOn: '2026-09-01' });
    expect(applied).toMatchObject({ state: 'courtEnforcement' });
    t = await download(id, 'courtEnforcementApplication');
    expect(t).toContain(numberOf(applied, 'applyToCourt'));
    expect(t).toContain(applied.decisionNumber!);
    expect(t).toContain(`本机关于2026年9月1日向被申请人送达《加处罚款催告书》${numberOf(overdue, 'markOverdue')}，催告书送达十日后被申请人仍未履行义务`);
    expect(t).toContain('合计人民币120000元（大写：壹拾贰万元整）');
    // The 催告书 now gives its own ten days.
    expect(await download(id, 'latePaymentSurchargeNotice')).toContain('十日内（即2026年9月11日前）');
  }, 120_000);
});
