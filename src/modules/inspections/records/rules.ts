// Pure rules of on-site records: what a record needs to be completed, and what a signature may be.
// No I/O; the service loads the record, asks these, then writes.
import type { RecordItem } from '../schema.js';

/** How many item codes an error names before it says 等 N 项. */
const NAMED = 5;
const named = (codes: readonly string[]) => (codes.length > NAMED ? `${codes.slice(0, NAMED).join('、')} 等 ${codes.length} 项` : codes.join('、'));

/**
 * Why a record's items cannot stand as a completed record, or null: every item of its checklist
 * answered, none from outside it, and each 未检查 with its reason in the note. A draft may be saved
 * without this; completing it may not, so the record never claims fewer items than were listed.
 */
export function itemsProblem(items: readonly RecordItem[], checklistItemCodes: readonly string[]): string | null {
  const foreign = items.filter((i) => !checklistItemCodes.includes(i.code)).map((i) => i.code);
  if (foreign.length) return `检查项 ${named(foreign)} 不在本检查表中`;
  const answered = new Set(items.map((i) => i.code));
  const open = checklistItemCodes.filter((c) => !answered.has(c));
  if (open.length) return `检查表尚有 ${open.length} 项未作答（${named(open)}），须逐项作答后才能完成检查`;
  if (!items.length) return '请逐项填写检查表结果';
  const unexplained = items.filter((i) => i.result === 'notChecked' && !i.note?.trim()).map((i) => i.code);
  if (unexplained.length) return `检查项 ${named(unexplained)} 标为未检查，须在备注中说明原因`;
  return null;
}

/** Why a record cannot be completed yet, or null. */
export function completionProblem(
  r: { place: string; items: RecordItem[]; findings: string; signerName: string | null; signaturePng: boolean; signatureRefused: string | null },
  checklist: { itemCodes: readonly string[]; hazardItemCodes: readonly string[] },
): { problem: string; field: string } | null {
  if (!r.place.trim()) return { problem: '请填写检查地点', field: 'place' };
  const items = itemsProblem(r.items, checklist.itemCodes);
  if (items) return { problem: items, field: 'items' };
  if (!r.findings.trim()) return { problem: '请填写检查情况', field: 'findings' };
  const signed = r.signaturePng && !!r.signerName?.trim();
  if (!signed && !r.signatureRefused?.trim()) return { problem: '须由企业负责人签名，拒绝签名的应注明情况', field: 'signature' };
  const missing = r.items.filter((i) => i.result === 'hazard' && !checklist.hazardItemCodes.includes(i.code));
  if (missing.length) return { problem: `检查项 ${missing.map((i) => i.code).join('、')} 存在隐患，须登记隐患及整改要求`, field: 'items' };
  return null;
}

/** A PNG's dimensions when the bytes are one (signature, 8-byte magic then IHDR), else null. */
export function pngDimensions(b: Uint8Array): { width: number; height: number } | null {
  const magic = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (b.length < 33 || magic.some((m, i) => b[i] !== m)) return null;
  if (String.fromCharCode(b[12], b[13], b[14], b[15]) !== 'IHDR') return null;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const width = dv.getUint32(16);
  const height = dv.getUint32(20);
  return width > 0 && height > 0 ? { width, height } : null;
}

/** Signatures are small drawings: at most 200 KB and 2000 × 1000 pixels. */
export const MAX_SIGNATURE_BYTES = 200 * 1024;
export function signatureProblem(b: Uint8Array): string | null {
  if (b.length > MAX_SIGNATURE_BYTES) return '签名图片不能超过 200 KB';
  const d = pngDimensions(b);
  if (!d) return '签名须为 PNG 图片';
  if (d.width > 2000 || d.height > 1000) return '签名图片尺寸过大（不超过 2000×1000 像素）';
  return null;
}
