// 事后公开, public side (no sign-in): search, detail, Atom feed, and the proofs anyone can check.
import { and, desc, eq, gte, like, lte, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { Conflict, NotFound, ValidationError } from '../../platform/errors.js';
import type { HashAlg } from '../../platform/ledger/hash.js';
import { ledgerProofOf } from '../../platform/ledger/proof-bundle.js';
import { ledgerCheckpoint, ledgerKey } from '../../platform/ledger/schema.js';
import { proveConsistency } from '../../platform/ledger/service.js';
import { org } from '../../platform/orgs/schema.js';
import { nameContains } from '../registry/search.js';
import type { ConsistencyBundle, ProofBundle, PublicDetail, PublicList, PublicListItem, PublicSearchQuery, SignedCheckpoint } from './contract.js';
import { disclosure, type DisclosureRow } from './schema.js';
import { documentOf } from './service.js';

// Keyset cursor: the last row's (publishedAt, id), so page 5 000 costs what page 1 costs.
export function encodeCursor(at: Date, id: string) {
  return Buffer.from(`${at.toISOString()}|${id}`, 'utf8').toString('base64url');
}
export function decodeCursor(cursor: string): { at: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso);
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(at.getTime())) throw new ValidationError('分页游标无效，请从第一页重新查询', 'cursor');
  return { at, id };
}

const literal = (s: string) => s.replace(/[\\%_]/g, '\\$&');

function listItem(d: DisclosureRow, orgName: string): PublicListItem {
  return {
    id: d.id,
    kind: d.kind as PublicListItem['kind'],
    orgId: d.orgId,
    orgName,
    enterpriseName: d.enterpriseName,
    uscc: d.uscc,
    regionCode: d.regionCode,
    title: d.title,
    decidedOn: d.decidedOn,
    publishedAt: d.publishedAt!.toISOString(),
    publishSeq: d.publishSeq!,
  };
}

/**
 * A decision-date window of at most a year. Publication follows decision, so walking the
 * publication index backwards for an old window reads every newer row before the first match
 * (500 000 rows at 1M); the planner cannot know that. For such a window the order is written as
 * an expression, which the index cannot serve: the date index finds the window, then a top-N sort.
 */
function narrowDates(q: PublicSearchQuery): boolean {
  return !!q.from && !!q.to && Date.parse(q.to) - Date.parse(q.from) <= 366 * 86_400_000;
}

export async function searchPublic(app: AppContext, q: PublicSearchQuery): Promise<PublicList> {
  const c = q.cursor ? decodeCursor(q.cursor) : null;
  const where = and(
    eq(disclosure.status, 'published'),
    q.q ? nameContains(disclosure.enterpriseName, disclosure.enterpriseNameBigrams, q.q) : undefined,
    q.uscc ? eq(disclosure.uscc, q.uscc) : undefined,
    q.region ? like(disclosure.regionCode, `${literal(q.region)}%`) : undefined,
    q.kind ? eq(disclosure.kind, q.kind) : undefined,
    q.from ? gte(disclosure.decidedOn, q.from) : undefined,
    q.to ? lte(disclosure.decidedOn, q.to) : undefined,
    c ? sql`(${disclosure.publishedAt}, ${disclosure.id}) < (${c.at.toISOString()}::timestamptz, ${c.id}::uuid)` : undefined,
  );
  const rows = await app.db
    .select({ d: disclosure, orgName: org.name })
    .from(disclosure)
    .innerJoin(org, eq(org.id, disclosure.orgId))
    .where(where)
    .orderBy(desc(narrowDates(q) ? sql`${disclosure.publishedAt} + interval '0 seconds'` : disclosure.publishedAt), desc(disclosure.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return { items: page.map((r) => listItem(r.d, r.orgName)), nextCursor: rows.length > q.limit && last ? encodeCursor(last.d.publishedAt!, last.d.id) : null };
}

async function publishedRow(app: AppContext, id: string) {
  const [r] = await app.db
    .select({ d: disclosure, orgName: org.name })
    .from(disclosure)
    .innerJoin(org, eq(org.id, disclosure.orgId))
    .where(and(eq(disclosure.id, id), eq(disclosure.status, 'published')));
  if (!r) throw new NotFound('公示信息不存在或已撤下', 'id');
  return r;
}

export async function publicDetail(app: AppContext, id: string): Promise<PublicDetail> {
  const { d, orgName } = await publishedRow(app, id);
  return { ...listItem(d, orgName), document: documentOf(d, orgName), dueOn: d.dueOn, termEndsOn: d.termEndsOn, actSeq: d.actSeq };
}

async function signedCheckpoint(app: AppContext, where: ReturnType<typeof eq>): Promise<SignedCheckpoint | null> {
  const [r] = await app.db
    .select({ cp: ledgerCheckpoint, pem: ledgerKey.publicKeyPem })
    .from(ledgerCheckpoint)
    .innerJoin(ledgerKey, eq(ledgerKey.keyId, ledgerCheckpoint.keyId))
    .where(where);
  if (!r) return null;
  const { cp, pem } = r;
  return {
    id: cp.id,
    treeSize: cp.treeSize,
    rootHash: cp.rootHash,
    at: cp.at.toISOString(),
    alg: cp.alg as HashAlg,
    keyId: cp.keyId,
    signature: cp.signature,
    sigScheme: cp.sigScheme,
    publicKeyPem: pem,
  };
}

/**
 * The published document, its ledger entry and an inclusion proof against the earliest signed
 * checkpoint that covers it (409 until the checkpointer has run).
 */
export async function proofOf(app: AppContext, id: string): Promise<ProofBundle> {
  const { d } = await publishedRow(app, id);
  return proofForSeq(app, d.publishSeq!);
}

/** The proof bundle of any ledger entry (the CLI's `ledger prove`); `document` is its payload. */
export async function proofForSeq(app: AppContext, seq: number): Promise<ProofBundle> {
  const b = await ledgerProofOf(app.db, seq);
  if (!b) throw new Conflict(`第 ${seq} 条记录尚未被检查点覆盖，请稍后再试`, 'seq');
  // The ledger's payload, not a rebuild from the row: it is what was recorded.
  return { ...b, document: b.document as ProofBundle['document'] };
}

export async function publicCheckpoints(app: AppContext) {
  const rows = await app.db.select({ id: ledgerCheckpoint.id }).from(ledgerCheckpoint).orderBy(desc(ledgerCheckpoint.treeSize)).limit(100);
  const items: SignedCheckpoint[] = [];
  for (const r of rows) items.push((await signedCheckpoint(app, eq(ledgerCheckpoint.id, r.id)))!);
  return { items };
}

/** RFC 9162 consistency proof between two checkpoints (by tree size), from the stored subtrees. */
export async function consistencyOf(app: AppContext, q: { from: number; to: number }): Promise<ConsistencyBundle> {
  if (q.from > q.to) throw new ValidationError('from 应不大于 to', 'from');
  const from = await signedCheckpoint(app, eq(ledgerCheckpoint.treeSize, q.from));
  const to = await signedCheckpoint(app, eq(ledgerCheckpoint.treeSize, q.to));
  if (!from) throw new NotFound(`没有规模为 ${q.from} 的检查点`, 'from');
  if (!to) throw new NotFound(`没有规模为 ${q.to} 的检查点`, 'to');
  const proof = await proveConsistency(app.db, to.alg, from.treeSize, to.treeSize);
  return { format: 'zhifa-consistency-proof/1', from, to, proof: proof.map((b) => b.toString('hex')) };
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Atom 1.0 (RFC 4287): the newest 50 publications; entry ids are urn:uuid of the disclosure, so they never change. */
export async function atomFeed(app: AppContext, baseUrl: string): Promise<string> {
  const { items } = await searchPublic(app, { limit: 50 });
  const updated = items[0]?.publishedAt ?? new Date(0).toISOString();
  const entries = items.map(
    (i) => `  <entry>
    <id>urn:uuid:${i.id}</id>
    <title>${xml(i.title)}</title>
    <updated>${i.publishedAt}</updated>
    <published>${i.publishedAt}</published>
    <author><name>${xml(i.orgName)}</name></author>
    <link rel="alternate" href="${xml(`${baseUrl}/portal/disclosures/${i.id}`)}"/>
    <link rel="related" type="application/json" href="${xml(`${baseUrl}/api/public/disclosures/${i.id}/proof`)}"/>
    <category term="${i.kind}"/>
    <summary>${xml(`${i.enterpriseName}${i.uscc ? `（${i.uscc}）` : ''}，${i.decidedOn}`)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <id>urn:zhifa:disclosures</id>
  <title>行政执法公示（事后公开）</title>
  <updated>${updated}</updated>
  <author><name>行政执法公示平台</name></author>
  <link rel="self" type="application/atom+xml" href="${xml(`${baseUrl}/api/public/disclosures/feed.atom`)}"/>
${entries.join('\n')}
</feed>
`;
}
