// 受理 (行政许可法 第三十二条): within 5 working days of receiving the material the bureau accepts
// it, or tells every missing or defective item at once (一次性告知补正), or refuses to accept it
// with the reasons; when it says nothing by then, the application is accepted by law as of the day
// the material was received — a daily job (startDeemedAcceptance) records that.
import { and, eq, isNotNull } from 'drizzle-orm';
import { systemActor, type AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { RuleViolation, ValidationError } from '../../platform/errors.js';
import { entryForRun, runOnce, startPolling } from '../../platform/jobs/service.js';
import { appendEntry } from '../../platform/ledger/service.js';
import type { z } from 'zod';
import { advance, allowed, applicationInScope, assertCan, type LicensingActor } from './applications.js';
import type { refusalIn, supplementIn } from './contract.js';
import { REMEDIES } from './codes.js';
import { numberActInstrument } from './instrument-numbers.js';
import { SERVICE_GUIDES } from './matters.js';
import { acceptanceDueOn } from './rules.js';
import { licenseApplication } from './schema.js';

async function staffStep(app: AppContext, actor: LicensingActor, id: string, what: string) {
  assertCan(actor, 'license.accept', what);
  const found = await applicationInScope(app, actor, id);
  if (actor.roles.includes('enterpriseUser')) throw new RuleViolation('受理由发证机关办理', 'id');
  return found.a;
}

export async function requestSupplement(app: AppContext, actor: LicensingActor, id: string, input: z.infer<typeof supplementIn>) {
  const a = await staffStep(app, actor, id, '告知补正');
  const to = allowed(a, 'requestSupplement');
  const today = chinaDate(app.clock.now());
  const dueOn = acceptanceDueOn(a.receivedOn as string);
  if (today > dueOn)
    throw new RuleViolation(`收到材料已超过 5 个工作日（${dueOn} 届满），依法视为受理，不能再告知补正`, 'state', '行政许可法 第三十二条第一款第四项');
  const codes = new Set(SERVICE_GUIDES[a.matterCode].materials.map((m) => m.code));
  const unknown = input.items.find((i) => !codes.has(i.materialCode));
  if (unknown) throw new ValidationError('补正事项须为该许可事项办事指南所列的材料', 'items');
  if (new Set(input.items.map((i) => i.materialCode)).size !== input.items.length) throw new ValidationError('同一材料只需列出一次', 'items');
  const notice = { items: input.items, note: input.note ?? null, issuedOn: today, issuedBy: actor.userId as string, answeredOn: null };
  await advance(app, actor, a, input.version, { state: to, supplementNotices: [...a.supplementNotices, notice] }, 'license.supplementRequested', {
    items: input.items.map((i) => i.materialCode),
  });
}

export async function acceptApplication(app: AppContext, actor: LicensingActor, id: string, version: number) {
  const a = await staffStep(app, actor, id, '受理许可申请');
  const to = allowed(a, 'accept');
  await advance(app, actor, a, version, { state: to, acceptedOn: chinaDate(app.clock.now()), acceptedBy: actor.userId }, 'license.accepted', {});
}

export async function refuseToAccept(app: AppContext, actor: LicensingActor, id: string, input: z.infer<typeof refusalIn>) {
  const a = await staffStep(app, actor, id, '作出不予受理决定');
  const to = allowed(a, 'refuseToAccept');
  const today = chinaDate(app.clock.now());
  await advance(app, actor, a, input.version, { state: to, refusalReason: `${input.reason}\n${REMEDIES}`, closedOn: today }, 'license.refusedToAccept', {
    reason: input.reason,
  });
}

export const DEEMED_JOB = 'license.deemedAcceptance';

/** Accepts by law the applications received more than 5 working days ago and still undecided (第三十二条). */
export async function deemAccepted(app: AppContext) {
  const today = chinaDate(app.clock.now());
  const done = await runOnce(app, DEEMED_JOB, today, async (tx, run) => {
    const waiting = await tx
      .select()
      .from(licenseApplication)
      .where(and(eq(licenseApplication.state, 'submitted'), isNotNull(licenseApplication.receivedOn)))
      .for('update');
    const due = waiting.filter((a) => acceptanceDueOn(a.receivedOn as string) < today);
    for (const a of due) {
      await tx
        .update(licenseApplication)
        .set({ state: 'accepted', acceptedOn: a.receivedOn, deemedAccepted: true, version: a.version + 1 })
        .where(eq(licenseApplication.id, a.id));
      await appendEntry(tx, app, {
        orgId: a.orgId,
        actorId: null,
        action: 'license.deemedAccepted',
        subjectType: 'licenseApplication',
        subjectId: a.id,
        payload: { applicationNo: a.applicationNo, acceptedOn: a.receivedOn, basis: '行政许可法 第三十二条第一款第四项' },
      });
      await numberActInstrument(tx, app, systemActor, a, 'license.deemedAccepted');
    }
    if (due.length) await entryForRun(tx, app, run, 'license.deemedAcceptanceRun', { applicationIds: due.map((a) => a.id) });
    return { value: due.map((a) => a.id), result: { accepted: due.length } };
  });
  return done ?? [];
}

export function startDeemedAcceptance(app: AppContext, opts: { pollMs?: number } = {}) {
  return startPolling(app, 'deemed acceptance', () => deemAccepted(app), opts);
}
