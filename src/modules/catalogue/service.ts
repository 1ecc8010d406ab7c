import { and, asc, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import { addDays, chinaDate } from '../../platform/dates.js';
import { Conflict, NotFound, RuleViolation, ValidationError } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { org } from '../../platform/orgs/schema.js';
import type { BenchmarkOut, DiscretionIn, SaveBenchmarkIn } from './contract.js';
import { VIOLATION_TYPES } from './law/work-safety-law.js';
import type { ViolationType } from './law/types.js';
import {
  benchmarkInForce,
  benchmarkProblem,
  defaultBenchmark,
  discretion,
  fineOutsideBenchmark,
  refinementProblem,
  statutoryRange,
  type Benchmark,
  type Stage,
} from './rules.js';
import { discretionBenchmark } from './schema.js';
import { orgInScope } from '../../platform/orgs/scope.js';

type Row = typeof discretionBenchmark.$inferSelect;
const DEFAULT_ORG_NAME = '系统默认基准（按法定幅度四等分）';

export function violationType(code: string, field = 'violationTypeCode'): ViolationType {
  const v = VIOLATION_TYPES.find((x) => x.code === code);
  if (!v) throw new NotFound(`违法行为 ${code} 不在目录中`, field);
  return v;
}

/** Org ids from the org itself up to the root, the order benchmarks are preferred in. */
export const chainOf = (path: string) => path.split('/').filter(Boolean).reverse();

const toBenchmark = (r: Row): Benchmark => ({
  violationTypeCode: r.violationTypeCode,
  stage: r.stage as Stage,
  effectiveFrom: r.effectiveFrom,
  effectiveTo: r.effectiveTo,
  orgId: r.orgId,
  grades: r.grades,
});

// The built-in split takes effect with the law, so a violation on any day the law was in force has one.
const builtIn = (v: ViolationType, stage: Stage) => defaultBenchmark(v, '2021-09-01', stage);

async function storedFor(app: AppContext, code: string, stage: Stage, orgIds: string[]) {
  if (orgIds.length === 0) return [];
  return app.db
    .select({ b: discretionBenchmark, orgName: org.name })
    .from(discretionBenchmark)
    .innerJoin(org, eq(org.id, discretionBenchmark.orgId))
    .where(and(eq(discretionBenchmark.violationTypeCode, code), eq(discretionBenchmark.stage, stage), inArray(discretionBenchmark.orgId, orgIds)))
    .orderBy(asc(discretionBenchmark.effectiveFrom));
}

/** Every benchmark version that applies to an org: its own, its ancestors', and the built-in default. */
export async function benchmarksFor(app: AppContext, actor: Actor, code: string, orgId: string, stage: Stage = 'initial'): Promise<BenchmarkOut[]> {
  const v = violationType(code, 'code');
  const target = await orgInScope(app.db, actor, orgId);
  const stored = await storedFor(app, code, stage, chainOf(target.path));
  const fallback = builtIn(v, stage);
  return [
    { id: null, ...fallback, stage, orgName: DEFAULT_ORG_NAME, basisDocument: '《中华人民共和国安全生产法》（2021年修正）法定幅度' },
    ...stored.map(({ b, orgName }) => ({ id: b.id, ...toBenchmark(b), stage: b.stage as Stage, orgName, basisDocument: b.basisDocument })),
  ];
}

/**
 * Adopts a new benchmark version for an org. It must keep within the statute, and within the
 * nearest ancestor's benchmark in force (a city refines its province, never widens it).
 */
export async function saveBenchmark(app: AppContext, actor: Actor, input: SaveBenchmarkIn): Promise<BenchmarkOut> {
  const v = violationType(input.violationTypeCode);
  const target = await orgInScope(app.db, actor, input.orgId);
  const candidate: Benchmark = {
    violationTypeCode: v.code,
    stage: input.stage,
    effectiveFrom: input.effectiveFrom,
    effectiveTo: null,
    orgId: target.id,
    grades: input.grades,
  };
  const own = await storedFor(app, v.code, input.stage, [target.id]);
  const latest = own.at(-1)?.b;
  if (latest && latest.effectiveFrom >= input.effectiveFrom)
    throw new Conflict(`本机构已有 ${latest.effectiveFrom} 起施行的版本，新版本的施行日期须晚于该日`, 'effectiveFrom');
  const problem = benchmarkProblem(v, candidate);
  if (problem) throw new RuleViolation(problem, 'grades', '行政处罚法 第三十四条');
  const ancestors = chainOf(target.path).slice(1);
  const parent = benchmarkInForce(
    (await storedFor(app, v.code, input.stage, ancestors)).map(({ b }) => toBenchmark(b)),
    v.code,
    ancestors,
    input.effectiveFrom,
    input.stage,
  );
  if (parent) {
    const refinement = refinementProblem({ ...parent, effectiveTo: null }, candidate);
    if (refinement) throw new RuleViolation(refinement, 'grades', '行政处罚法 第三十四条');
  }
  const id = await app.db.transaction(async (tx) => {
    if (latest)
      await tx
        .update(discretionBenchmark)
        .set({ effectiveTo: addDays(input.effectiveFrom, -1) })
        .where(
          and(
            eq(discretionBenchmark.id, latest.id),
            or(isNull(discretionBenchmark.effectiveTo), gt(discretionBenchmark.effectiveTo, addDays(input.effectiveFrom, -1))),
          ),
        );
    const [row] = await tx
      .insert(discretionBenchmark)
      .values({
        violationTypeCode: v.code,
        stage: input.stage,
        orgId: target.id,
        effectiveFrom: input.effectiveFrom,
        grades: input.grades,
        basisDocument: input.basisDocument,
        createdBy: actor.userId,
        createdAt: app.clock.now(),
        version: own.length + 1,
      })
      .returning({ id: discretionBenchmark.id });
    await appendEntry(tx, app, {
      orgId: target.id,
      actorId: actor.userId,
      action: 'discretionBenchmark.adopted',
      subjectType: 'discretionBenchmark',
      subjectId: row.id,
      payload: { ...input, supersedes: latest?.id ?? null },
    });
    return row.id;
  });
  return (await benchmarksFor(app, actor, v.code, target.id, input.stage)).find((b) => b.id === id)!;
}

/** The discretion calculator against the benchmark in force on the day of the violation. */
export async function calculate(app: AppContext, actor: Actor, input: DiscretionIn) {
  const v = violationType(input.violationTypeCode);
  const target = await orgInScope(app.db, actor, input.orgId);
  if (input.violationDate > chinaDate(app.clock.now())) throw new ValidationError('违法行为发生日期不能晚于今天', 'violationDate');
  const chain = chainOf(target.path);
  const all = await benchmarksFor(app, actor, v.code, target.id, input.stage);
  const inForce = benchmarkInForce(all, v.code, chain, input.violationDate, input.stage);
  if (!inForce) throw new RuleViolation(`${input.violationDate} 该违法行为没有施行中的裁量基准（《安全生产法》2021年修正于 2021-09-01 施行）`, 'violationDate');
  const used = all.find((b) => b.orgId === inForce.orgId && b.effectiveFrom === inForce.effectiveFrom)!;
  const result = discretion({ violation: v, benchmark: inForce, party: input.party, facts: input.facts, stage: input.stage });
  const statutory = statutoryRange(v, input.party, input.stage);
  const check =
    input.proposedAmount !== undefined && result.outcome === 'penalty' && statutory
      ? fineOutsideBenchmark({ grade: result.range, statutory }, input.proposedAmount, input.reasons)
      : null;
  return { result, benchmark: used, statutory, proposedCheck: check };
}
