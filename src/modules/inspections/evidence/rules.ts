// What an uploaded evidence file really is, by its first bytes: the declared name and kind are
// the uploader's word, the magic bytes are the file's.
import type { EvidenceKind } from '../codes.js';

export interface Sniffed {
  contentType: string;
  kinds: readonly EvidenceKind[];
}

const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

export function sniff(b: Uint8Array): Sniffed | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { contentType: 'image/jpeg', kinds: ['photo'] };
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((m, i) => b[i] === m)) return { contentType: 'image/png', kinds: ['photo'] };
  if (b.length >= 5 && ascii(b, 0, 5) === '%PDF-') return { contentType: 'application/pdf', kinds: ['pdf'] };
  if (b.length >= 12 && ascii(b, 4, 8) === 'ftyp') {
    // ISO base media: the major brand tells audio-only M4A from video.
    const brand = ascii(b, 8, 12);
    return brand === 'M4A ' || brand === 'M4B ' ? { contentType: 'audio/mp4', kinds: ['audio'] } : { contentType: 'video/mp4', kinds: ['video', 'audio'] };
  }
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WAVE') return { contentType: 'audio/wav', kinds: ['audio'] };
  if (b.length >= 3 && ascii(b, 0, 3) === 'ID3') return { contentType: 'audio/mpeg', kinds: ['audio'] };
  // An MP3 without a tag starts on a frame sync (11 set bits) with a valid layer.
  if (b.length >= 2 && b[0] === 0xff && (b[1] & 0xe0) === 0xe0 && (b[1] & 0x06) !== 0) return { contentType: 'audio/mpeg', kinds: ['audio'] };
  return null;
}

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
