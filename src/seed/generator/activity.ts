import type { AppContext } from '../../platform/context.js';
import { addDays, chinaDate } from '../../platform/dates.js';
import { CASE_COLUMNS, CASE_EVENT_COLUMNS, caseFor } from './cases.js';
import { atChina, loadCast, uuidFor, type ActivityCast } from './cast.js';
import { breathe, chainBatches, openChain, type ChainBatch, type ChainState } from './chain.js';
import { copyRows, pgArray, type CopyValue } from './copy.js';
import { HAZARD_COLUMNS, RECORD_COLUMNS, TASK_COLUMNS, inspectionFor } from './inspections.js';
import { between, streamFor } from './random.js';

// A year of enforcement activity over the generated world: annual plans, inspections with
// their hazards, and penalty cases, each with the ledger entries the services would have
// written, chained in bulk (chain.ts) and copied in (copy.ts) a few thousand acts per
// transaction.

export interface ActivityOptions {
  seed: number;
  inspections: number;
  cases: number;
  /** Last day of the year of activity; defaults to today in China by the app's clock. */
  today?: string;
  /** Inspections or cases per transaction. */
  batch?: number;
  onProgress?: (step: string, done: number, total: number) => void;
}

export interface ActivityResult {
  plans: number;
  inspections: number;
  hazards: number;
  cases: number;
  ledgerEntries: number;
}

const PLAN_COLUMNS = [
  'id',
  'org_id',
  'year',
  'title',
  'status',
  'items',
  'drafted_by',
  'editor_ids',
  'submitted_by',
  'approved_by',
  'approved_at',
  'published_by',
  'published_at',
  'version',
  'created_at',
  'updated_at',
];

/** One published annual plan per city and county bureau for the year of `today`. */
function plansFor(seed: number, cast: ActivityCast, year: number, chain: ChainBatch): CopyValue[][] {
  const out: CopyValue[][] = [];
  const byOrg = new Map<string, string[]>();
  for (const e of cast.enterprises) if (e.riskGrade === 'major' || e.riskGrade === 'high') byOrg.set(e.orgId, [...(byOrg.get(e.orgId) ?? []), e.id]);
  cast.planners.forEach((o, i) => {
    const staff = cast.staffOf.get(o.id)!;
    const drafter = staff.sectionChiefs[0] ?? staff.officers[0] ?? null;
    const approver = staff.heads.find((h) => h !== drafter) ?? null;
    if (!drafter || !approver) return;
    const rand = streamFor(seed, 0x91a, i);
    const key = (byOrg.get(o.id) ?? []).slice(0, 200);
    const monthly = (n: number) => Array.from({ length: 12 }, (_, m) => Math.floor(n / 12) + (m < n % 12 ? 1 : 0));
    const items = [
      { kind: 'key', name: '重点企业全覆盖检查', matterCode: null, enterpriseIds: key, cadence: 'month', targets: monthly(key.length) },
      { kind: 'random', name: '“双随机、一公开”抽查', matterCode: null, enterpriseIds: [], cadence: 'quarter', targets: monthly(between(rand, 12, 120)) },
    ];
    const id = uuidFor(seed, 0x91a, i);
    const created = atChina(`${year}-01-0${between(rand, 2, 6)}`, 10);
    const approved = atChina(`${year}-01-1${between(rand, 0, 5)}`, 15);
    const title = `${year}年度安全生产监督检查计划`;
    out.push([id, o.id, year, title, 'published', items, drafter, pgArray([drafter]), drafter, approver, approved, approver, approved, 4, created, approved]);
    chain.append({ orgId: o.id, actorId: drafter, action: 'annualPlan.created', subjectType: 'annualPlan', subjectId: id, payload: { year, title, items } });
    for (const [past, to, who, v] of [
      ['submitted', 'submitted', drafter, 2],
      ['approved', 'approved', approver, 3],
      ['published', 'published', approver, 4],
    ] as const) {
      chain.append({
        orgId: o.id,
        actorId: who,
        action: `annualPlan.${past}`,
        subjectType: 'annualPlan',
        subjectId: id,
        payload: { year, from: v === 2 ? 'draft' : v === 3 ? 'submitted' : 'approved', to, version: v },
      });
    }
  });
  return out;
}

/**
 * Writes the activity of one year ending `today` over whatever world is in the database, and
 * the ledger entries for every act. Deterministic in the seed, the world and the dates (the
 * ledger's timestamps aside: each entry is a little after the one before it).
 */
export async function generateActivity(app: AppContext, opts: ActivityOptions, chainState?: ChainState): Promise<ActivityResult> {
  const today = opts.today ?? chinaDate(app.clock.now());
  const from = addDays(today, -364);
  const batch = opts.batch ?? 5000;
  const cast = await loadCast(app);
  if (!cast.enterprises.length) throw new Error('no enterprises to act on: generate the registry first');
  const state = chainState ?? (await openChain(app));
  const start = state.seq;
  const result: ActivityResult = { plans: 0, inspections: 0, hazards: 0, cases: 0, ledgerEntries: 0 };
  const year = Number(today.slice(0, 4));
  // Each ledger entry 0.2–1.8 s after the one before, from a stream of its own.
  const gaps = streamFor(opts.seed, 0x57e9);
  const step = () => between(gaps, 200, 1800);
  await chainBatches(app, state, step, 1, async (_i, chain) => {
    const plans = plansFor(opts.seed, cast, year, chain);
    result.plans = plans.length;
    return (tx) => copyRows(tx, 'annual_plan', PLAN_COLUMNS, plans);
  });
  const inspectionBatches = Math.ceil(opts.inspections / batch);
  await chainBatches(
    app,
    state,
    step,
    inspectionBatches,
    async (i, chain) => {
      const tasks: CopyValue[][] = [];
      const records: CopyValue[][] = [];
      const hazards: CopyValue[][] = [];
      for (let n = i * batch; n < Math.min(opts.inspections, (i + 1) * batch); n++) {
        const x = inspectionFor(opts.seed, n, cast, from, today);
        tasks.push(x.task);
        if (x.record) records.push(x.record);
        hazards.push(...x.hazards);
        for (const act of x.acts) chain.append(act);
        if (n % 200 === 0) await breathe();
      }
      return async (tx) => {
        await copyRows(tx, 'inspection_task', TASK_COLUMNS, tasks);
        await copyRows(tx, 'inspection_record', RECORD_COLUMNS, records);
        await copyRows(tx, 'hazard', HAZARD_COLUMNS, hazards);
        result.inspections += tasks.length;
        result.hazards += hazards.length;
      };
    },
    () => opts.onProgress?.('inspections', result.inspections, opts.inspections),
  );
  const caseBatches = Math.ceil(opts.cases / batch);
  await chainBatches(
    app,
    state,
    step,
    caseBatches,
    async (i, chain) => {
      const cases: CopyValue[][] = [];
      const events: CopyValue[][] = [];
      for (let n = i * batch; n < Math.min(opts.cases, (i + 1) * batch); n++) {
        const c = caseFor(opts.seed, n, cast, from, today);
        chain.append(c.created);
        cases.push(c.row);
        for (const e of c.events) events.push([...e.row, chain.append(e.act)]);
        if (n % 100 === 0) await breathe();
      }
      return async (tx) => {
        await copyRows(tx, 'penalty_case', CASE_COLUMNS, cases);
        await copyRows(tx, 'case_event', CASE_EVENT_COLUMNS, events);
        result.cases += cases.length;
      };
    },
    () => opts.onProgress?.('cases', result.cases, opts.cases),
  );
  result.ledgerEntries = state.seq - start;
  return result;
}
