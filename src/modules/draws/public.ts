import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AppContext } from '../../platform/context.js';
import { NotFound } from '../../platform/errors.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { org } from '../../platform/orgs/schema.js';
import { draw, drawWithdrawal, spotCheckMatter } from './schema.js';
import { namesOf } from './read.js';
import { loadSnapshot, snapshotGz } from './snapshot-store.js';
import { BUNDLE_FORMAT, verifyBundle, type DrawBundle, type PublishedEntry, type Verdict } from './verify.js';

// 一公开: what anyone may read about a draw, without signing in. Before the draw only the fixed
// inputs are public (the secret stays hidden until the beacon is known); afterwards everything.

export async function publicDraws(app: AppContext, q: { page: number; pageSize: number }) {
  const rows = await app.db
    .select({ d: draw, orgName: org.name, m: spotCheckMatter })
    .from(draw)
    .innerJoin(org, eq(org.id, draw.orgId))
    .innerJoin(spotCheckMatter, eq(spotCheckMatter.id, draw.matterId))
    .where(inArray(draw.status, ['announced', 'drawn']))
    .orderBy(desc(draw.announcedAt))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const [{ total }] = await app.db
    .select({ total: sql<number>`count(*)::int` })
    .from(draw)
    .where(inArray(draw.status, ['announced', 'drawn']));
  const items = rows.map(({ d, orgName, m }) => ({
    id: d.id,
    orgName,
    name: d.name,
    matterName: m.name,
    status: d.status,
    drawDate: d.params.drawDate,
    total: d.params.total,
    drawn: d.result?.enterprises.length ?? 0,
  }));
  return { items, total };
}

export async function drawBundle(app: AppContext, id: string): Promise<DrawBundle> {
  const [row] = await app.db
    .select({ d: draw, orgName: org.name, m: spotCheckMatter })
    .from(draw)
    .innerJoin(org, eq(org.id, draw.orgId))
    .innerJoin(spotCheckMatter, eq(spotCheckMatter.id, draw.matterId))
    .where(eq(draw.id, id));
  if (!row || row.d.status === 'cancelled') throw new NotFound('抽取不存在或未公开', 'id');
  const { d, orgName, m } = row;
  const withdrawals = await app.db.select().from(drawWithdrawal).where(eq(drawWithdrawal.drawId, id)).orderBy(asc(drawWithdrawal.seq));
  const seqs = [d.announceSeq, ...(d.drawSeq ? [d.drawSeq] : []), ...withdrawals.map((w) => w.ledgerSeq)];
  const entries = await app.db
    .select()
    .from(ledgerEntry)
    .where(and(inArray(ledgerEntry.seq, seqs)))
    .orderBy(asc(ledgerEntry.seq));
  const names = await namesOf(app.db, d.result);
  const drawn = d.status === 'drawn';
  return {
    format: BUNDLE_FORMAT,
    id: d.id,
    orgName,
    matter: { code: m.code, name: m.name, legalBasis: m.legalBasis },
    name: d.name,
    status: d.status,
    params: d.params,
    snapshotDigest: d.snapshotDigest,
    paramsDigest: d.paramsDigest,
    commitment: d.commitment,
    secret: drawn ? d.secret : null,
    beacon: drawn ? d.beacon : null,
    result: drawn ? d.result : null,
    withdrawals: withdrawals.map((w) => w.withdrawal),
    ledger: entries.map(
      (e): PublishedEntry => ({
        seq: e.seq,
        at: e.at.toISOString(),
        orgId: e.orgId,
        actorId: e.actorId,
        action: e.action,
        subjectType: e.subjectType,
        subjectId: e.subjectId,
        payloadDigest: e.payloadDigest,
        payload: e.payload as Record<string, unknown>,
        prevHash: e.prevHash,
        entryHash: e.entryHash,
        alg: e.alg,
      }),
    ),
    enterprises: [...names.enterprises.values()],
  };
}

export async function drawSnapshotGz(app: AppContext, id: string): Promise<Buffer> {
  const [row] = await app.db.select({ status: draw.status }).from(draw).where(eq(draw.id, id));
  if (!row || row.status === 'cancelled') throw new NotFound('抽取不存在或未公开', 'id');
  return snapshotGz(app.db, id);
}

/** The same check as `zhifa draw verify`, run here on exactly the bytes this server publishes. */
export async function verifyPublished(app: AppContext, id: string): Promise<Verdict> {
  const bundle = await drawBundle(app, id);
  const snapshot = await loadSnapshot(app.db, id);
  return verifyBundle(JSON.parse(JSON.stringify(bundle)) as DrawBundle, snapshot);
}
