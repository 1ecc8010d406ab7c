// 投诉办结 through the services: a complaint about an officer, taken by telephone, accepted by a
// leader and concluded by the legal office with its outcome and the corrective act; the ledger
// says what the outcome was and whether something was corrected, never what or about whom. An
// officer may not conclude it, nor may the one who recorded it; a tip is not a complaint.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/context.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { createWorld, type TestWorld } from '../../testing/fixture.js';
import { staff } from '../cases/testing.js';
import { concludeComplaint } from './complaints.js';
import { sampleTip } from './fixture.js';
import { decideTip, followTip, getTip, recordTip } from './service.js';
import { refusalOf } from '../../testing/refusal.js';

let w: TestWorld;
let officer: Actor, chief: Actor, reviewer: Actor, reviewer2: Actor;
const ACT = '撤销该执法人员作出的现场处理措施，并对其批评教育。';

const refusal = (act: () => Promise<unknown>) => refusalOf(w, act);

/** A complaint (or a tip, by kind) recorded by `by`, accepted by the chief. */
async function accepted(by: Actor, kind: 'complaintConduct' | 'majorHazard' = 'complaintConduct') {
  const r = await recordTip(w.app, by, {
    ...sampleTip('421202', { kind, subjectName: '执法人员王某', content: '执法人员王某检查时态度恶劣，未出示执法证件即要求停产。' }),
    channel: 'hotline',
    receivedAt: w.clock.now(),
  });
  await decideTip(w.app, chief, r.id, 'accept', { version: 1 });
  return r;
}

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
  const { county } = w.orgs;
  officer = await staff(w, 'c.officer', county, ['officer']);
  chief = await staff(w, 'c.chief', county, ['sectionChief']);
  reviewer = await staff(w, 'c.reviewer', county, ['legalReviewer']);
  reviewer2 = await staff(w, 'c.reviewer2', county, ['legalReviewer']);
}, 60_000);
afterAll(() => w.close());

describe('投诉办结', () => {
  it('is concluded by the legal office as upheld with the corrective act; the ledger carries neither the act nor the reply', async () => {
    const c = await accepted(officer);
    const out = await concludeComplaint(w.app, reviewer, c.id, { version: 2, outcome: 'upheld', reply: '已责令改正，感谢您的监督。', correctiveAct: ACT });
    expect(out).toMatchObject({ state: 'verified', complaintOutcome: 'upheld', correctiveAct: ACT, version: 3 });
    expect(out.reply).toBe('经调查，办理结果：投诉成立。已责令改正，感谢您的监督。');
    expect(await getTip(w.app, chief, c.id)).toMatchObject({ state: 'verified', complaintOutcome: 'upheld' });
    const followed = await followTip(w.app, { receipt: c.receipt, secret: c.secret });
    expect(followed).toMatchObject({ state: 'verified', complaintOutcome: 'upheld', reply: out.reply });
    expect(followed).not.toHaveProperty('correctiveAct');

    const [entry] = await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectId, c.id), eq(ledgerEntry.action, 'tip.complaintConcluded')));
    expect(entry.payload).toEqual({ receipt: c.receipt, outcome: 'upheld', corrected: true });
    expect(entry.actorId).toBe(reviewer.userId);
  });

  it('asks for the corrective act when upheld in part, and refuses one when not upheld', async () => {
    const c = await accepted(officer);
    const missing = await refusal(() => concludeComplaint(w.app, reviewer, c.id, { version: 2, outcome: 'partly', reply: '部分情况属实。' }));
    expect(missing).toMatchObject({ status: 422, field: 'correctiveAct' });
    const extra = await refusal(() =>
      concludeComplaint(w.app, reviewer, c.id, { version: 2, outcome: 'rejected', reply: '经调查不属实。', correctiveAct: ACT }),
    );
    expect(extra).toMatchObject({ status: 422, field: 'correctiveAct' });
    const out = await concludeComplaint(w.app, reviewer, c.id, { version: 2, outcome: 'rejected', reply: '经调查，执法人员已出示执法证件。' });
    expect(out).toMatchObject({ complaintOutcome: 'rejected', correctiveAct: null });
  });

  it('refuses an officer, a tip that is not a complaint, a second conclusion and a stale version', async () => {
    const c = await accepted(chief);
    const body = { version: 2, outcome: 'partly' as const, reply: '部分情况属实，已纠正。', correctiveAct: ACT };
    expect((await refusal(() => concludeComplaint(w.app, officer, c.id, body))).status).toBe(403);
    const t = await accepted(officer, 'majorHazard');
    expect(await refusal(() => concludeComplaint(w.app, reviewer, t.id, body))).toMatchObject({ status: 422, field: 'kind' });
    expect((await refusal(() => concludeComplaint(w.app, reviewer, c.id, { ...body, version: 1 }))).status).toBe(409);
    await concludeComplaint(w.app, reviewer, c.id, body);
    expect((await refusal(() => concludeComplaint(w.app, reviewer, c.id, body))).status).toBe(409);
    expect(await refusal(() => concludeComplaint(w.app, reviewer, c.id, { ...body, version: 3 }))).toMatchObject({ status: 409, field: 'state' });
  });

  it('refuses a complaint not yet accepted', async () => {
    const r = await recordTip(w.app, officer, { ...sampleTip('421202', { kind: 'complaintDecision' }), channel: 'letter', receivedAt: w.clock.now() });
    const body = { version: 1, outcome: 'rejected' as const, reply: '经调查不属实。' };
    expect(await refusal(() => concludeComplaint(w.app, reviewer, r.id, body))).toMatchObject({ status: 422, field: 'state' });
  });

  it('is not concluded by the one who recorded it (职责分离); another reviewer may', async () => {
    const c = await accepted(reviewer);
    const body = { version: 2, outcome: 'rejected' as const, reply: '经调查，投诉情况不属实。' };
    const refused = await refusal(() => concludeComplaint(w.app, reviewer, c.id, body));
    expect(refused).toMatchObject({ status: 403, message: '职责分离：登记该投诉的人员不得办结该投诉' });
    expect((await concludeComplaint(w.app, reviewer2, c.id, body)).state).toBe('verified');
  });
});
