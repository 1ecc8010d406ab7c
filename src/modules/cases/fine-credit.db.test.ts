// 行刑衔接 to the decision: a case transferred with a fine already paid, refused by the police and
// returned, keeps the credit; the decision's fine less the credit is what the party pays, the
// 行政处罚决定书 states the deduction and its article, and the payment is checked against it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../platform/context.js';
import { instrumentText } from '../../platform/documents/render/model.js';
import { createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { caseInstrumentData } from './instruments/service.js';
import { buildPenaltyDecision } from './instruments/decision.js';
import { fire, getCase, submitReview } from './service.js';
import { investigatedCase, staff, takeStep } from './testing.js';

let w: TestWorld;
let head: Actor, chief: Actor, reviewer: Actor, o1: Actor, o2: Actor;
const ALL_OK = Object.fromEntries(
  ['competence', 'facts', 'evidence', 'lawApplied', 'procedure', 'discretion', 'instrumentWording'].map((k) => [k, { ok: true }]),
) as Parameters<typeof submitReview>[3]['checklist'];
let headC: Client, o1C: Client;
let entId: string;
const DAY = '2026-03-02';
const SIGNATURE = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
  const { county } = w.orgs;
  head = await staff(w, 'fc.head', county, ['head']);
  await staff(w, 'fc.deputy', county, ['deputyHead']);
  chief = await staff(w, 'fc.chief', county, ['sectionChief']);
  reviewer = await staff(w, 'fc.reviewer', county, ['legalReviewer']);
  o1 = await staff(w, 'fc.o1', county, ['officer']);
  o2 = await staff(w, 'fc.o2', county, ['officer']);
  entId = (await createEnterprise(w.app, systemActor, sampleEnterprise(73, '421202', { name: '咸宁市罚款折抵测试化工有限公司' }))).id;
  [headC, o1C] = await Promise.all(['fc.head', 'fc.o1'].map((u) => signIn(w, u)));
}, 120_000);
afterAll(() => w.close());

async function post(c: Client, url: string, body: unknown) {
  const r = await c.send('POST', url, body);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body;
}

describe('a fine already paid, returned with the case, taken off the decision', () => {
  it('carries the credit to the case, states it in the decision and asks only the rest', async () => {
    const c = await investigatedCase(w, w.orgs.county, entId, { investigators: [o1, o2], head });
    await takeStep(w, head, c.id, 'transferToPolice', { opinion: '当事人涉嫌重大责任事故罪', receivingAuthority: '咸宁市公安局咸安区分局' });
    const [t] = (await o1C.get(`/api/transfers?caseId=${c.id}`)).body.items;
    const url = `/api/transfers/${t.id}`;
    await post(o1C, `${url}/package`, {
      version: 1,
      persons: [{ name: '刘某', role: '主要负责人' }],
      procuratorate: '咸安区人民检察院',
      copiedToProcuratorateOn: DAY,
      finePaidYuan: 5000,
    });
    await post(o1C, `${url}/receipt`, { version: 2, receivedOn: DAY, policeAuthority: '咸宁市公安局咸安区分局', receivedByName: '王警官' });
    await post(o1C, `${url}/police-decision`, { version: 3, decision: 'refused', decidedOn: DAY, noticeReceivedOn: DAY, reasons: '不构成犯罪' });
    const back = await post(headC, `${url}/return`, { version: 4, returnKind: 'notFiled', returnedOn: DAY, opinion: '公安机关不予立案，依法给予行政处罚' });
    expect(back.fineCreditText).toContain('已缴纳罚款5000元');

    // The case keeps the credit; until a fine is decided nothing is payable.
    const resumed = await getCase(w.app, o1, c.id);
    expect(resumed.state).toBe('investigating');
    expect(resumed.fineCredit).toMatchObject({ transferId: t.id, deductedYuan: 5000, noFurtherFine: false, text: expect.stringContaining('5000') });
    expect((await o1C.get(`/api/cases/${c.id}`)).body).toMatchObject({ fineCredit: { transferId: t.id, deductedYuan: 5000 }, payableFineYuan: 55_000 });

    await takeStep(w, o1, c.id, 'completeInvestigation', {
      penalty: { measures: ['fine'], fineYuan: 20_000, confiscationYuan: 0 },
      discretionFacts: { harmCaused: 'harmful' },
      benchmarkDeviationReasons: '经集体研究，结合已缴纳罚款情况确定罚款数额。',
    });
    expect((await getCase(w.app, o1, c.id)).payableFineYuan).toBe(15_000);
    await takeStep(w, chief, c.id, 'completeInternalReview');
    await takeStep(w, chief, c.id, 'submitForLegalReview');
    await submitReview(w.app, reviewer, c.id, { checklist: ALL_OK, outcome: 'pass', opinion: '', version: (await getCase(w.app, systemActor, c.id)).version });
    await takeStep(w, chief, c.id, 'issueNotice');
    await takeStep(w, o1, c.id, 'recordWaiver', { waives: ['statement'], waivedOn: DAY, waiverSigner: '王经理', waiverImage: SIGNATURE });
    await takeStep(w, head, c.id, 'decide');
    const decided = await getCase(w.app, o1, c.id);
    expect(decided).toMatchObject({ state: 'decided', penalty: { fineYuan: 20_000 }, payableFineYuan: 15_000 });

    const text = instrumentText(buildPenaltyDecision(await caseInstrumentData(w.app, o1, c.id))).join('\n');
    expect(text).toContain('罚款人民币20000元');
    expect(text).toContain(
      '已缴纳的罚款人民币5000元（大写：伍仟元整），依据《中华人民共和国行政处罚法》第二十九条的规定予以折抵，折抵后应缴纳罚款人民币15000元',
    );

    // The payment is checked against what is left: 15 000, not 20 000.
    await takeStep(w, o1, c.id, 'serve', { servedOn: DAY, serviceMethod: 'direct' });
    const { version } = await getCase(w.app, systemActor, c.id);
    await expect(fire(w.app, o1, c.id, { event: 'recordPayment', version, payload: { paidYuan: 14_999 } })).rejects.toThrow('应缴 15000.00 元');
    const paid = await fire(w.app, o1, c.id, { event: 'recordPayment', version, payload: { paidYuan: 15_000 } });
    expect(paid.paidFen).toBe(1_500_000);
  });
});
