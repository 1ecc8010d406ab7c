// Which evidence files are taken as which kind (by their magic bytes, platform/sniff.ts), and who brought them.
import { sniff } from '../../../platform/sniff.js';
import type { EvidenceKind } from '../codes.js';

export const KIND_ZH: Record<EvidenceKind, string> = { photo: '照片（JPEG/PNG）', video: '视频（MP4）', audio: '录音（M4A/MP3/WAV）', pdf: 'PDF 文件' };

/** Why a file cannot be stored as this kind of evidence, or null. */
export function evidenceProblem(kind: EvidenceKind, b: Uint8Array): string | null {
  if (b.length === 0) return '文件为空';
  const s = sniff(b);
  if (!s?.kinds.includes(kind)) return `文件内容不是${KIND_ZH[kind]}`;
  return null;
}

/**
 * Who brought a file, as the case file must say (行政处罚法 第四十六条: evidence is weighed by its
 * source): taken at the inspection by the officers, sent by the enterprise as its rectification,
 * or added by an officer to a hazard (a re-inspection's photos).
 */
export const EVIDENCE_ORIGINS = ['inspection', 'rectification', 'officerOnHazard'] as const;
export type EvidenceOrigin = (typeof EVIDENCE_ORIGINS)[number];
export const ORIGIN_ZH: Record<EvidenceOrigin, string> = { inspection: '现场检查取证', rectification: '企业整改材料', officerOnHazard: '执法人员复查取证' };

export function evidenceOrigin(e: { recordId: string | null }, uploaderIsEnterprise: boolean): EvidenceOrigin {
  if (e.recordId) return 'inspection';
  return uploaderIsEnterprise ? 'rectification' : 'officerOnHazard';
}
