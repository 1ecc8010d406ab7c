// 举报材料: photos and documents the tipster sends with the receipt code and secret, or staff attach
// (a letter's scan). Stored as bytes with their SM3 digest; the upload's ledger entry carries the
// digest but never the file name, which may well say who the tipster is.
import crypto from 'node:crypto';
import { asc, count, eq, getTableColumns } from 'drizzle-orm';
import type { Actor, AppContext } from '../../platform/context.js';
import { NotFound, RuleViolation, ValidationError } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import { sniff } from '../../platform/sniff.js';
import { MATERIAL_LIMITS, type MaterialOut, type TipState } from './contract.js';
import { tip, tipAttachment } from './schema.js';
import { assertCan, tipByReceipt, tipInScope } from './service.js';

/** A declined or concluded tip is closed: its file is what it is. */
const CLOSED: readonly TipState[] = ['declined', 'verified'];
const MB = MATERIAL_LIMITS.maxBytes / 1024 / 1024;

/** `bytes` is the raw request body, checked only once the caller may add to the tip. */
export interface Upload {
  fileName: string;
  bytes: unknown;
}

function checked(bytes: unknown) {
  if (!Buffer.isBuffer(bytes)) throw new ValidationError('请求体须为文件内容（Content-Type: application/octet-stream）', 'file');
  if (bytes.length === 0) throw new RuleViolation('文件为空', 'file');
  if (bytes.length > MATERIAL_LIMITS.maxBytes) throw new RuleViolation(`每个材料文件不能超过 ${MB} MB`, 'file');
  const contentType = sniff(bytes)?.contentType;
  if (!contentType || !MATERIAL_LIMITS.types.includes(contentType)) throw new RuleViolation('材料只能是 JPG、PNG 照片或 PDF 文件', 'file');
  return { bytes, contentType };
}

// A list never carries the files themselves.
const { bytes: _bytes, tipId: _tipId, ...described } = getTableColumns(tipAttachment);
type Described = Omit<typeof tipAttachment.$inferSelect, 'bytes' | 'tipId'>;
const out = ({ uploadedBy, ...r }: Described): MaterialOut => ({ ...r, fromTipster: uploadedBy === null });

async function store(app: AppContext, tipId: string, uploadedBy: string | null, u: Upload): Promise<MaterialOut> {
  const file = checked(u.bytes);
  const digest = crypto.createHash('sm3').update(file.bytes).digest('hex');
  return app.db.transaction(async (tx) => {
    // The tip's row is locked so that two uploads at once cannot both be the ninth, nor land on a tip being closed.
    const [t] = await tx.select({ state: tip.state, orgId: tip.orgId }).from(tip).where(eq(tip.id, tipId)).for('update');
    if (CLOSED.includes(t.state)) throw new RuleViolation('该举报已办结或不予受理，不能再添加材料', 'id');
    const [{ n }] = await tx.select({ n: count() }).from(tipAttachment).where(eq(tipAttachment.tipId, tipId));
    if (n >= MATERIAL_LIMITS.maxFiles) throw new RuleViolation(`每件举报最多 ${MATERIAL_LIMITS.maxFiles} 个材料文件，已满`, 'file');
    const [row] = await tx
      .insert(tipAttachment)
      .values({
        tipId,
        fileName: u.fileName,
        contentType: file.contentType,
        size: file.bytes.length,
        digest,
        bytes: file.bytes,
        uploadedAt: app.clock.now(),
        uploadedBy,
      })
      .returning(described);
    await appendEntry(tx, app, {
      orgId: t.orgId,
      actorId: uploadedBy,
      action: 'tip.materialAdded',
      subjectType: 'tip',
      subjectId: tipId,
      payload: { attachmentId: row.id, contentType: file.contentType, size: file.bytes.length, digest },
    });
    return out(row);
  });
}

/** The tipster adds material by the receipt code and secret; a wrong secret reads as no such tip. */
export async function addTipsterMaterial(app: AppContext, q: { receipt: string; secret: string }, u: Upload) {
  const { t } = await tipByReceipt(app, q);
  return store(app, t.id, null, u);
}

/** Staff attach material (a letter's scan, a photo handed in at a visit). */
export async function addStaffMaterial(app: AppContext, actor: Actor, tipId: string, u: Upload) {
  await tipInScope(app, actor, tipId);
  assertCan(actor, 'tip.record', '上传举报材料');
  return store(app, tipId, actor.userId, u);
}

export async function listMaterial(app: AppContext, actor: Actor, tipId: string) {
  await tipInScope(app, actor, tipId);
  assertCan(actor, 'tip.read', '查看举报材料');
  const rows = await app.db.select(described).from(tipAttachment).where(eq(tipAttachment.tipId, tipId)).orderBy(asc(tipAttachment.uploadedAt));
  return rows.map(out);
}

/** The file, after the same scope check as its tip (complaints only for who may read them). */
export async function downloadMaterial(app: AppContext, actor: Actor, id: string) {
  const [a] = await app.db.select().from(tipAttachment).where(eq(tipAttachment.id, id));
  if (!a) throw new NotFound('材料文件不存在', 'id');
  await tipInScope(app, actor, a.tipId);
  assertCan(actor, 'tip.read', '查看举报材料');
  return a;
}
