// 电子证照: what a licence says, the bytes its SM2 signature covers, and the check anyone can run —
// the server on issuing, the portal's page in the browser, and `zhifa licence verify` offline. No
// I/O and no Node built-ins, so the same steps run in all three.
import canonicalize from 'canonicalize';
import { isSigScheme, type SigScheme, sm2Verify } from '../../platform/ledger/sm2.js';
import type { LicenseMatterCode, LicenseState } from './codes.js';
import type { LicenceContent } from './schema.js';

export type { LicenceContent } from './schema.js';

/** What the public address of a licence returns: its signed content, the key, and its standing today. */
export interface LicenceBundle {
  format: 'zhifa-licence-status/1';
  content: LicenceContent;
  signature: string;
  sigScheme: string;
  keyId: string;
  publicKeyPem: string;
  status: {
    state: LicenseState;
    endedOn: string | null;
    endReason: string | null;
    endDecisionNo: string | null;
    asOf: string;
    /** The licence a renewal or change issued to continue this one (absent in bundles saved before it existed). */
    successorNo?: string | null;
  };
}

/** The signed bytes: RFC 8785 (JCS) of the content, UTF-8. */
export function licenceMessage(content: LicenceContent): Uint8Array {
  const json = canonicalize(content);
  if (json === undefined) throw new Error('证照内容无法规范化');
  return new TextEncoder().encode(json);
}

/** The certificate each matter ends in (its 办法's name for it). */
export const LICENCE_NAMES: Record<LicenseMatterCode, string> = {
  hazchemTrade: '危险化学品经营许可证',
  fireworksWholesale: '烟花爆竹经营（批发）许可证',
  fireworksRetail: '烟花爆竹经营（零售）许可证',
  precursorFiling: '非药品类易制毒化学品经营备案证明',
};

/** 证照编号: （咸）危化经字〔2026〕000012号 — the issuer's short name, the matter's word, year, serial. */
export const LICENCE_NO_WORDS: Record<LicenseMatterCode, string> = {
  // The 办法 give each province its own form; this is the customary one, the exact form 待核.
  hazchemTrade: '危化经字',
  fireworksWholesale: '烟花批字',
  fireworksRetail: '烟花零字',
  precursorFiling: '易制毒备字',
};

export function formatLicenceNo(shortName: string, matter: LicenseMatterCode, year: number, serial: number): string {
  if (!shortName.trim()) throw new RangeError('机关简称不能为空');
  if (!Number.isInteger(serial) || serial < 1 || serial > 999_999) throw new RangeError(`序号无效：${serial}`);
  return `（${shortName}）${LICENCE_NO_WORDS[matter]}〔${year}〕${String(serial).padStart(6, '0')}号`;
}

export type LicenceCheck = { check: 'format' | 'signature' | 'standing'; ok: boolean; detail?: string };

/** Checks a bundle: its form, the SM2 signature over its content, and whether it stands today. */
export function verifyLicenceBundle(b: LicenceBundle): { ok: boolean; signatureOk: boolean; checks: LicenceCheck[] } {
  const checks: LicenceCheck[] = [];
  const formatOk = b?.format === 'zhifa-licence-status/1' && b.content?.format === 'zhifa-licence/1';
  checks.push({ check: 'format', ok: formatOk, detail: formatOk ? undefined : '不是本平台的电子证照校验数据' });
  const signatureOk = formatOk && isSigScheme(b.sigScheme) && sm2Verify(b.publicKeyPem, licenceMessage(b.content), b.signature, b.sigScheme as SigScheme);
  checks.push({ check: 'signature', ok: signatureOk, detail: signatureOk ? undefined : '签名与证照内容不符，内容可能被篡改' });
  const valid = formatOk && b.status?.state === 'valid';
  checks.push({ check: 'standing', ok: valid, detail: valid ? undefined : `证照状态：${b.status?.state ?? '未知'}` });
  return { ok: checks.every((c) => c.ok), signatureOk, checks };
}
