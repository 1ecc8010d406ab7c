import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../platform/context.js';
import { DomainError } from '../../platform/errors.js';
import { headSeq } from '../../platform/ledger/service.js';
import { createWorld, type TestWorld } from '../../testing/fixture.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import type { EventPayload } from './contract.js';
import { fire, getCase } from './service.js';
import { draftCase, staff } from './testing.js';
import type { CaseEventName } from './workflow/machine.js';

// 行政处罚法 第六十条: the decision within 90 days of filing, unless extended on approval.
let w: TestWorld;
let inv1: Actor, inv2: Actor, head: Actor;
let enterpriseId: string;
const on = (date: string) => w.clock.set(new Date(`${date}T02:00:00Z`));

async function step(actor: Actor, id: string, event: CaseEventName, payload: EventPayload = {}) {
  const { version } = await getCase(w.app, systemActor, id);
  return fire(w.app, actor, id, { event, payload, version });
}

async function refused(act: () => Promise<unknown>) {
  const seq = await headSeq(w.app.db);
  const e = await act().then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(DomainError);
  expect(await headSeq(w.app.db)).toBe(seq);
  return e as DomainError;
}

beforeAll(async () => {
  w = await createWorld(new Date('2026-02-10T02:00:00Z'));
  inv1 = await staff(w, 'ext.inv1', w.orgs.county, ['officer']);
  inv2 = await staff(w, 'ext.inv2', w.orgs.county, ['officer']);
  head = await staff(w, 'ext.head', w.orgs.county, ['head']);
  enterpriseId = (await createEnterprise(w.app, systemActor, sampleEnterprise(31, '421202'))).id;
}, 60_000);
afterAll(() => w.close());

describe('extending the 90-day decision deadline', () => {
  it('moves the deadline by the approved days, with the reasons on file; one request at a time, none once lapsed', async () => {
    on('2026-02-10');
    const c = await draftCase(w, inv1, w.orgs.county, enterpriseId, [inv1, inv2]);
    await step(inv1, c.id, 'submitFiling');
    const filed = await step(head, c.id, 'approveFiling');
    expect(filed).toMatchObject({ decisionDueOn: '2026-05-11', decisionExtendedDays: 0, nextDeadline: { kind: 'decision', dueOn: '2026-05-11' } });

    on('2026-05-04');
    const lacking = await refused(() => step(inv1, c.id, 'requestDecisionExtension', { opinion: '需委托技术鉴定' }));
    expect(lacking.field).toBe('payload.extensionDays');
    const asked = await step(inv1, c.id, 'requestDecisionExtension', { extensionDays: 30, opinion: '涉案设备需委托第三方技术鉴定' });
    expect(asked).toMatchObject({
      state: 'investigating',
      decisionDueOn: '2026-05-11',
      decisionExtensionRequest: { days: 30, reasons: '涉案设备需委托第三方技术鉴定', requestedOn: '2026-05-04' },
    });
    const again = await refused(() => step(inv2, c.id, 'requestDecisionExtension', { extensionDays: 10, opinion: '再次申请' }));
    expect({ status: again.status, field: again.field, article: again.article }).toEqual({
      status: 422,
      field: 'decisionExtensionRequest',
      article: '行政处罚法 第六十条',
    });
    // The officer who asked cannot approve: the head does (第六十条).
    expect((await refused(() => step(inv1, c.id, 'approveDecisionExtension'))).status).toBe(403);

    const approved = await step(head, c.id, 'approveDecisionExtension', { opinion: '同意延长三十日' });
    expect(approved).toMatchObject({
      state: 'investigating',
      decisionDueOn: '2026-06-10',
      decisionExtendedDays: 30,
      decisionExtensionRequest: null,
      nextDeadline: { kind: 'decision', dueOn: '2026-06-10', daysLeft: 37 },
    });
    expect(approved.events.slice(-2).map((e) => [e.event, e.opinion])).toEqual([
      ['requestDecisionExtension', '涉案设备需委托第三方技术鉴定'],
      ['approveDecisionExtension', '同意延长三十日'],
    ]);
    expect(approved.events.at(-1)!.payload).toMatchObject({ decisionDueOn: '2026-06-10', decisionExtendedDays: 30 });
    expect((await refused(() => step(head, c.id, 'approveDecisionExtension'))).field).toBe('decisionExtensionRequest');

    // A refused request leaves the deadline where it was.
    await step(inv2, c.id, 'requestDecisionExtension', { extensionDays: 20, opinion: '当事人申请延期提交材料' });
    const refusedOne = await step(head, c.id, 'refuseDecisionExtension', { opinion: '理由不充分' });
    expect(refusedOne).toMatchObject({ decisionDueOn: '2026-06-10', decisionExtendedDays: 30, decisionExtensionRequest: null });

    // Once the period has run out, it can no longer be extended.
    on('2026-06-11');
    const lapsed = await refused(() => step(inv1, c.id, 'requestDecisionExtension', { extensionDays: 10, opinion: '仍需补充调查' }));
    expect({ field: lapsed.field, message: lapsed.message }).toMatchObject({ field: 'decisionDueOn', message: expect.stringMatching(/2026-06-10/) });
    expect((await getCase(w.app, systemActor, c.id)).nextDeadline).toMatchObject({ kind: 'decision', overdue: true });
  });
});
