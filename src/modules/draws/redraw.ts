import { ValidationError } from '../../platform/errors.js';
import { canonicalJson } from '../../platform/ledger/hash.js';
import { exclusionRule, weightedSample, weightOf } from './draw.js';
import { uniformInt } from './drbg.js';
import { fillTeam, pairKey } from './match.js';
import { currentContext, prepare, runDraw, stream, STREAM_REDRAW, type DrawInput, type DrawResult, type RedrawRecord, type Withdrawal } from './rules.js';

function fail(message: string, field: string): never {
  throw new ValidationError(message, field);
}

/**
 * A recorded re-draw after a withdrawal, never a manual swap. Its DRBG is instantiated from the
 * draw's seed with nonce "zhifa-draw/redraw" and personalization JCS({seq, withdrawal}), so it
 * is reproducible from the same seed material plus the ordered withdrawal records.
 */
export function redraw(input: DrawInput, previous: DrawResult, withdrawal: Withdrawal): DrawResult {
  const p = prepare(input);
  if (previous.seed !== p.seed.toString('hex')) fail('重新抽取的输入与原抽取结果不符', 'seed');
  if (typeof withdrawal.reason !== 'string' || withdrawal.reason.trim() === '') fail('重新抽取必须写明原因', 'reason');
  const seq = previous.redraws.length + 1;
  const w: Withdrawal =
    withdrawal.kind === 'enterprise'
      ? { kind: 'enterprise', enterpriseId: withdrawal.enterpriseId, reason: withdrawal.reason }
      : { kind: 'officer', officerId: withdrawal.officerId, enterpriseId: withdrawal.enterpriseId, reason: withdrawal.reason };
  const drbg = stream(p, STREAM_REDRAW, canonicalJson({ seq, withdrawal: w }));
  const ctx = currentContext(p, previous);
  // An officer who withdrew from an enterprise is never sent back to it within this draw.
  for (const r of previous.redraws) if (r.withdrawal.kind === 'officer') ctx.recused.add(pairKey(r.withdrawal.officerId, r.withdrawal.enterpriseId));
  const index = previous.enterprises.findIndex((e) => e.enterpriseId === w.enterpriseId);
  if (index < 0) fail(`检查对象 ${w.enterpriseId} 不在本次抽取结果中`, 'enterpriseId');
  const slot = previous.enterprises[index];
  const enterprises = previous.enterprises.map((e) => ({ ...e, officerIds: [...e.officerIds] }));
  let failures = previous.failures.filter((f) => f.enterpriseId !== w.enterpriseId);
  const record: RedrawRecord = { seq, withdrawal: w, replacementEnterpriseId: null, addedOfficerIds: [], failure: null };

  let target: string | null;
  let team: string[];
  if (w.kind === 'officer') {
    if (!slot.officerIds.includes(w.officerId)) fail(`执法人员 ${w.officerId} 未被派往检查对象 ${w.enterpriseId}`, 'officerId');
    ctx.recused.add(pairKey(w.officerId, w.enterpriseId));
    ctx.loads.set(w.officerId, ctx.loads.get(w.officerId)! - 1);
    target = w.enterpriseId;
    team = slot.officerIds.filter((o) => o !== w.officerId);
  } else {
    for (const o of slot.officerIds) ctx.loads.set(o, ctx.loads.get(o)! - 1);
    // Never re-draw an enterprise that was drawn before, whether still in or withdrawn.
    const taken = new Set([...previous.enterprises.map((e) => e.enterpriseId), ...previous.redraws.map((r) => r.withdrawal.enterpriseId)]);
    const excluded = exclusionRule(p.params);
    const candidates = p.snapshot.enterprises.filter((e) => e.stratum === slot.stratum && !taken.has(e.id) && excluded(e) === null);
    // A weighted draw's replacement is weighed the same way as its first picks.
    const weights = p.params.weights;
    target =
      candidates.length === 0
        ? null
        : weights
          ? weightedSample(
              candidates.map((e) => e.id),
              candidates.map((e) => weightOf(e, weights)),
              1,
              drbg,
            )[0]
          : candidates[uniformInt(drbg, candidates.length)].id;
    record.replacementEnterpriseId = target;
    team = [];
  }
  if (target === null) {
    enterprises.splice(index, 1);
  } else {
    const r = fillTeam(ctx, target, team, drbg);
    if (Array.isArray(r)) {
      record.addedOfficerIds = r.slice(team.length);
      team = r;
    } else {
      record.failure = r;
      failures = [...failures, r];
    }
    enterprises[index] = { enterpriseId: target, stratum: slot.stratum, officerIds: team };
  }
  return { ...previous, enterprises, failures, redraws: [...previous.redraws, record] };
}

/** The draw followed by its recorded withdrawals in order: what `zhifa draw verify` recomputes. */
export function replayDraw(input: DrawInput, withdrawals: Withdrawal[]): DrawResult {
  return withdrawals.reduce((r, w) => redraw(input, r, w), runDraw(input));
}
