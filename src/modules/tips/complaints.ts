// 投诉办结 (issue 18): a complaint about the enforcement is concluded by the supervision function —
// the legal office or a leader, never an inspection team or the officer it is about — with its
// outcome and, when it is upheld in whole or in part, the act that corrected it. The complainant
// reads the outcome and the reply; the corrective act stays on the bureau's record.
import { dutyConflict } from '../../platform/duties.js';
import type { Actor, AppContext } from '../../platform/context.js';
import { Conflict, Forbidden, RuleViolation } from '../../platform/errors.js';
import { type ConcludeIn, isComplaint, TIP_LABELS } from './contract.js';
import { advance } from './handling.js';
import { assertCan, getTip, tipInScope } from './service.js';

export async function concludeComplaint(app: AppContext, actor: Actor, id: string, input: ConcludeIn) {
  assertCan(actor, 'complaint.conclude', '办结投诉');
  const { t } = await tipInScope(app, actor, id);
  if (!isComplaint(t.kind)) throw new RuleViolation('该事项是举报，不是投诉：举报交办核查后登记核查结果办结', 'kind');
  const conflict = dutyConflict('complaint.conclude', actor.userId, { complaintRecorder: [t.recordedBy] });
  if (conflict) throw new Forbidden(conflict.problem, 'id', conflict.basis);
  if (t.version !== input.version) throw new Conflict(`该投诉已被他人处理（当前版本 ${t.version}），请刷新后重试`, 'version');
  if (t.state === 'verified') throw new Conflict('该投诉已办结', 'state');
  if (t.state !== 'accepted') throw new RuleViolation(`该投诉${TIP_LABELS.state[t.state]}，受理后才能办结`, 'state');
  const corrected = input.outcome !== 'rejected';
  const correctiveAct = input.correctiveAct || null;
  if (corrected && !correctiveAct)
    throw new RuleViolation('投诉成立或部分成立的，须写明纠正措施（如撤销或变更执法决定、批评教育、暂扣执法证件）', 'correctiveAct');
  if (!corrected && correctiveAct) throw new RuleViolation('投诉不成立的，不填写纠正措施', 'correctiveAct');
  const reply = `经调查，办理结果：${TIP_LABELS.complaintOutcome[input.outcome]}。${input.reply}`;
  const now = app.clock.now();
  await app.db.transaction((tx) =>
    advance(
      tx,
      app,
      actor,
      t,
      { state: 'verified', complaintOutcome: input.outcome, correctiveAct, reply, verifiedBy: actor.userId, verifiedAt: now },
      // Whether something was corrected, never what: the act may name the officer complained about.
      { action: 'tip.complaintConcluded', payload: { outcome: input.outcome, corrected } },
    ),
  );
  return getTip(app, actor, id);
}
