// Pure rules of on-site records: what a record needs to be completed, and what a signature may be.
// No I/O; the service loads the record, asks these, then writes.
import type { RecordItem } from '../schema.js';

/** Why a record cannot be completed yet, or null. */
export function completionProblem(
  r: { place: string; items: RecordItem[]; findings: string; signerName: string | null; signaturePng: boolean; signatureRefused: string | null },
  hazardItemCodes: readonly string[],
): { problem: string; field: string } | null {
  if (!r.place.trim()) return { problem: '请填写检查地点', field: 'place' };
  if (!r.items.length) return { problem: '请逐项填写检查表结果', field: 'items' };
  if (!r.findings.trim()) return { problem: '请填写检查情况', field: 'findings' };
  const signed = r.signaturePng && !!r.signerName?.trim();
  if (!signed && !r.signatureRefused?.trim()) return { problem: '须由企业负责人签名，拒绝签名的应注明情况', field: 'signature' };
  const missing = r.items.filter((i) => i.result === 'hazard' && !hazardItemCodes.includes(i.code));
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
