import { and, asc, eq } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import type { Executor } from '../../platform/db/index.js';
import { Conflict, NotFound, ValidationError } from '../../platform/errors.js';
import { checklistsFor } from '../catalogue/lists-service.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { org } from '../../platform/orgs/schema.js';
import type { MatterIn, MatterOut, MatterUpdateIn } from './contract.js';
import { poolSizes } from './pool.js';
import { spotCheckMatter } from './schema.js';
import { assertInSubtree, listBase, orgInScope, orgPathWithin } from '../../platform/orgs/scope.js';

// 随机抽查事项清单 of each org: one row per matter code, edited in place with a version.

type MatterRow = typeof spotCheckMatter.$inferSelect;

const out = (m: MatterRow, orgName: string): MatterOut => ({
  id: m.id,
  orgId: m.orgId,
  orgName,
  code: m.code,
  name: m.name,
  legalBasis: m.legalBasis,
  checklistCode: m.checklistCode,
  ratioPermille: m.ratioPermille,
  frequency: m.frequency,
  targetFilter: m.targetFilter,
  strataBy: m.strataBy,
  active: m.active,
  version: m.version,
});

export async function matterInScope(ex: Executor, actor: Actor, id: string, field = 'matterId') {
  const [row] = await ex
    .select({ m: spotCheckMatter, org })
    .from(spotCheckMatter)
    .innerJoin(org, eq(org.id, spotCheckMatter.orgId))
    .where(eq(spotCheckMatter.id, id));
  if (!row) throw new NotFound('抽查事项不存在', field);
  assertInSubtree(actor, row.org.path, '抽查事项', field);
  return row;
}

export async function listMatters(app: AppContext, actor: Actor, orgId?: string): Promise<MatterOut[]> {
  const base = await listBase(app.db, actor, orgId);
  const rows = await app.db
    .select({ m: spotCheckMatter, org })
    .from(spotCheckMatter)
    .innerJoin(org, eq(org.id, spotCheckMatter.orgId))
    .where(orgPathWithin(base))
    .orderBy(asc(org.path), asc(spotCheckMatter.code));
  const sizes = await poolSizes(
    app.db,
    rows.map((r) => ({ orgPath: r.org.path, filter: r.m.targetFilter })),
  );
  return rows.map((r, i) => ({ ...out(r.m, r.org.name), poolSize: sizes[i] }));
}

export async function getMatter(app: AppContext, actor: Actor, id: string): Promise<MatterOut> {
  const r = await matterInScope(app.db, actor, id, 'id');
  const [poolSize] = await poolSizes(app.db, [{ orgPath: r.org.path, filter: r.m.targetFilter }]);
  return { ...out(r.m, r.org.name), poolSize };
}

/** The matter's checklist must be one the org has in force (built in or its own). */
async function assertChecklist(app: AppContext, actor: Actor, orgId: string, code: string) {
  const lists = await checklistsFor(app, actor, orgId);
  if (!lists.some((c) => c.code === code)) throw new ValidationError(`检查表 ${code} 不存在或已停用`, 'checklistCode');
}

export async function createMatter(app: AppContext, actor: Actor, input: MatterIn): Promise<MatterOut> {
  const owner = await orgInScope(app.db, actor, input.orgId);
  await assertChecklist(app, actor, owner.id, input.checklistCode);
  const [taken] = await app.db
    .select({ id: spotCheckMatter.id })
    .from(spotCheckMatter)
    .where(and(eq(spotCheckMatter.orgId, owner.id), eq(spotCheckMatter.code, input.code)));
  if (taken) throw new Conflict(`本机构已有编号为 ${input.code} 的抽查事项`, 'code');
  const now = app.clock.now();
  const id = await app.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(spotCheckMatter)
      .values({ ...input, createdAt: now, updatedAt: now })
      .returning({ id: spotCheckMatter.id });
    await appendEntry(tx, app, {
      orgId: owner.id,
      actorId: actor.userId,
      action: 'spotCheckMatter.created',
      subjectType: 'spotCheckMatter',
      subjectId: row.id,
      payload: { ...input },
    });
    return row.id;
  });
  return getMatter(app, actor, id);
}

export async function updateMatter(app: AppContext, actor: Actor, id: string, input: MatterUpdateIn): Promise<MatterOut> {
  const { m } = await matterInScope(app.db, actor, id, 'id');
  const lost = new Conflict(`该抽查事项已被他人修改（当前版本 ${m.version}），请刷新后重试`, 'version');
  if (m.version !== input.version) throw lost;
  await assertChecklist(app, actor, m.orgId, input.checklistCode);
  const { version, ...fields } = input;
  await app.db.transaction(async (tx) => {
    const done = await tx
      .update(spotCheckMatter)
      .set({ ...fields, version: version + 1, updatedAt: app.clock.now() })
      .where(and(eq(spotCheckMatter.id, id), eq(spotCheckMatter.version, version)))
      .returning({ id: spotCheckMatter.id });
    if (done.length === 0) throw lost;
    await appendEntry(tx, app, {
      orgId: m.orgId,
      actorId: actor.userId,
      action: 'spotCheckMatter.updated',
      subjectType: 'spotCheckMatter',
      subjectId: id,
      payload: { code: m.code, version: version + 1, ...fields },
    });
  });
  return getMatter(app, actor, id);
}
