import { desc, eq, inArray } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isInSubtree } from '../orgs/rules.js';
import { org } from '../orgs/schema.js';
import { userAccount } from '../auth/schema.js';
import type { Actor, AppContext } from '../context.js';
import { Forbidden, NotFound } from '../errors.js';
import { principalOf } from '../http/access.js';
import { ledgerCheckpoint, ledgerEntry } from './schema.js';
import { headSeq, listEntries, proveInclusion } from './service.js';
import { verifyLedger } from './verify.js';
import type { LedgerLabels } from './labels.js';
import { subjectNames } from './names.js';

const entryOut = z.object({
  seq: z.number(),
  at: z.date(),
  orgId: z.string().nullable(),
  orgName: z.string().nullable(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  /** The action's Chinese name (its code when a module has not named it). */
  actionName: z.string(),
  subjectType: z.string(),
  subjectTypeName: z.string(),
  subjectId: z.string(),
  /** What the subject is (“某公司 应急罚〔2026〕3号”); null when no module names its type or its record is gone. */
  subjectName: z.string().nullable(),
  payloadDigest: z.string(),
  prevHash: z.string(),
  entryHash: z.string(),
  alg: z.string(),
});
const seqParams = z.object({ seq: z.coerce.number().int().min(1) });

async function named(app: AppContext, labels: LedgerLabels, entries: (typeof ledgerEntry.$inferSelect)[]) {
  // Only the orgs, actors and subjects on this page: a province has thousands of orgs.
  const orgIds = [...new Set(entries.map((e) => e.orgId).filter((o): o is string => !!o))];
  const orgRows = orgIds.length ? await app.db.select({ id: org.id, name: org.name }).from(org).where(inArray(org.id, orgIds)) : [];
  const orgs = new Map(orgRows.map((o) => [o.id, o.name]));
  const actorIds = [...new Set(entries.map((e) => e.actorId).filter((a): a is string => !!a))];
  const users = actorIds.length
    ? await app.db.select({ id: userAccount.id, name: userAccount.displayName }).from(userAccount).where(inArray(userAccount.id, actorIds))
    : [];
  const actors = new Map(users.map((u) => [u.id, u.name]));
  const subjectName = await subjectNames(app.db, labels.names, entries);
  return entries.map((e) => ({
    ...e,
    actionName: labels.actions[e.action] ?? e.action,
    subjectTypeName: labels.subjects[e.subjectType] ?? e.subjectType,
    subjectName: subjectName(e),
    orgName: e.orgId ? (orgs.get(e.orgId) ?? null) : null,
    actorName: e.actorId ? (actors.get(e.actorId) ?? null) : null,
  }));
}

/** An entry the actor may read: one of their subtree's, or a system entry for the auditAdmin. */
async function entryInScope(app: AppContext, actor: Actor, seq: number) {
  const [e] = await app.db.select().from(ledgerEntry).where(eq(ledgerEntry.seq, seq));
  if (!e) throw new NotFound(`记录 ${seq} 不存在`, 'seq');
  const [o] = e.orgId ? await app.db.select({ path: org.path }).from(org).where(eq(org.id, e.orgId)) : [];
  const visible = o ? isInSubtree(actor.orgPath, o.path) : actor.roles.includes('auditAdmin');
  if (!visible) throw new Forbidden('无权查看本机构及下级以外的记录', 'seq');
  return e;
}

export function ledgerRoutes(api: FastifyInstance, app: AppContext, labels: LedgerLabels) {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const tags = ['执法全过程记录 ledger'];
  const access = { can: 'ledger.read' };

  // Every act the modules can append, by its Chinese name: what the ledger page filters by.
  const actions = Object.entries(labels.actions)
    .map(([action, name]) => ({ action, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.action.localeCompare(b.action));
  r.get(
    '/ledger/actions',
    {
      config: { access },
      schema: { tags, summary: '记录的操作类型及其中文名称', response: { 200: z.array(z.object({ action: z.string(), name: z.string() })) } },
    },
    async () => actions,
  );
  r.get(
    '/ledger/entries',
    {
      config: { access },
      schema: {
        tags,
        summary: '记录列表（新到旧）',
        querystring: z.object({
          beforeSeq: z.coerce.number().int().min(1).optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
          action: z.string().max(60).optional(),
        }),
        response: { 200: z.object({ items: z.array(entryOut), headSeq: z.number() }) },
      },
    },
    async (req) => {
      const p = principalOf(req);
      const entries = await listEntries(app.db, { ...req.query, orgPath: p.orgPath, includeSystem: p.roles.includes('auditAdmin') });
      return { items: await named(app, labels, entries), headSeq: await headSeq(app.db) };
    },
  );
  r.get(
    '/ledger/entries/:seq',
    { config: { access }, schema: { tags, summary: '单条记录及其内容', params: seqParams, response: { 200: entryOut.extend({ payload: z.unknown() }) } } },
    async (req) => {
      const [e] = await named(app, labels, [await entryInScope(app, principalOf(req), req.params.seq)]);
      return e;
    },
  );
  r.get(
    '/ledger/entries/:seq/proof',
    {
      config: { access },
      schema: {
        tags,
        summary: '包含性证明（RFC 9162，对签名检查点）',
        params: seqParams,
        response: {
          200: z.object({
            seq: z.number(),
            leafIndex: z.number(),
            treeSize: z.number(),
            leafHash: z.string(),
            auditPath: z.array(z.string()),
            rootHash: z.string(),
            checkpointId: z.number(),
            verified: z.boolean(),
          }),
        },
      },
    },
    async (req) => {
      await entryInScope(app, principalOf(req), req.params.seq);
      return proveInclusion(app.db, req.params.seq);
    },
  );
  r.post(
    '/ledger/verify',
    {
      config: { access },
      schema: {
        tags,
        summary: '校验全链与全部检查点',
        response: {
          200: z.object({
            ok: z.boolean(),
            entriesChecked: z.number(),
            checkpointsChecked: z.number(),
            firstBad: z.object({ seq: z.number(), reason: z.string(), detail: z.string().optional() }).nullable(),
            alg: z.string().nullable(),
          }),
        },
      },
    },
    () => verifyLedger(app.db),
  );
  r.get(
    '/ledger/checkpoints',
    {
      config: { access },
      schema: {
        tags,
        summary: '已签名检查点',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.number(),
                treeSize: z.number(),
                rootHash: z.string(),
                at: z.date(),
                alg: z.string(),
                keyId: z.string(),
                signature: z.string(),
                sigScheme: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({ items: await app.db.select().from(ledgerCheckpoint).orderBy(desc(ledgerCheckpoint.treeSize)).limit(100) }),
  );
}
