// The 执法回访记录表 as a file, rebuilt from the stored follow-up on each download; the same readers
// as the follow-up (staff within their subtree, the enterprise user its own). Unnumbered
// (instruments.ts says why): a download issues nothing and writes nothing.
import { userNames } from '../../platform/auth/names.js';
import type { AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { renderInstrument, type InstrumentFile, type InstrumentFormat } from '../../platform/documents/render/index.js';
import { RuleViolation } from '../../platform/errors.js';
import { buildFollowUpRecord, type InstrumentFollowUp, instrumentProblem } from './instruments.js';
import { assertCan, type FollowUpActor, followUpInScope, followUpsOut } from './service.js';

export async function followUpInstrumentData(app: AppContext, actor: FollowUpActor, id: string): Promise<InstrumentFollowUp> {
  assertCan(actor, 'followUp.read', '查看执法回访记录表');
  const { f, orgName } = await followUpInScope(app, actor, id);
  const [[out], names] = await Promise.all([followUpsOut(app.db, [{ f, orgName }]), userNames(app.db, [f.recordedBy, f.resolvedBy])]);
  return {
    ...out,
    recorderName: f.recordedBy ? (names.get(f.recordedBy) ?? null) : null,
    recordedOn: f.recordedAt ? chinaDate(f.recordedAt) : null,
    resolverName: f.resolvedBy ? (names.get(f.resolvedBy) ?? null) : null,
  };
}

export async function followUpInstrument(app: AppContext, actor: FollowUpActor, id: string, format: InstrumentFormat): Promise<InstrumentFile> {
  const d = await followUpInstrumentData(app, actor, id);
  const problem = instrumentProblem(d);
  if (problem) throw new RuleViolation(problem, 'state');
  return renderInstrument(buildFollowUpRecord(d), format);
}
