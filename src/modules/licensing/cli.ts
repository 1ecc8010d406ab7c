// `zhifa licence verify <file|url>`: checks an electronic licence without the database and without
// trusting the server — the SM2 signature is recomputed over the content (licence-content.ts). The
// standing is the one the bundle reports as of its date.
import fs from 'node:fs';
import { LICENSING_LABELS } from './codes.js';
import { type LicenceBundle, verifyLicenceBundle } from './licence-content.js';

type Print = (line: string) => void;

/** The portal page the QR code opens (/portal/licences/<id>) becomes its API address. */
export function licenceUrl(source: string): string {
  const u = new URL(source);
  const m = /\/portal\/licences\/([0-9a-f-]{36})\/?$/.exec(u.pathname);
  if (m) u.pathname = `/api/public/licences/${m[1]}`;
  return u.toString();
}

async function load(source: string): Promise<LicenceBundle> {
  if (/^https?:\/\//.test(source)) {
    const res = await fetch(licenceUrl(source));
    if (!res.ok) throw new Error(`${source}: HTTP ${res.status}`);
    return (await res.json()) as LicenceBundle;
  }
  return JSON.parse(fs.readFileSync(source, 'utf8')) as LicenceBundle;
}

const NAMES = { format: '数据格式', signature: '证照内容的 SM2 签名', standing: '证照当前有效' } as const;

export async function verifyLicenceCommand(source: string, print: Print): Promise<number> {
  const b = await load(source);
  const v = verifyLicenceBundle(b);
  for (const c of v.checks) print(`${c.ok ? '✓' : '✗'} ${NAMES[c.check]}${c.detail ? `：${c.detail}` : ''}`);
  if (v.checks[0].ok) {
    const c = b.content;
    print(`${c.matterName} ${c.licenceNo}：${c.holder}（${c.uscc}），${c.validFrom} 至 ${c.validTo}，${c.issuer} ${c.issuedOn} 发证，密钥 ${b.keyId}`);
    const s = b.status;
    print(
      `状态（截至 ${s.asOf}）：${LICENSING_LABELS.license[s.state] ?? s.state}${s.endedOn ? `，${s.endedOn} ${s.endReason ?? ''}${s.endDecisionNo ? `（${s.endDecisionNo}）` : ''}` : ''}`,
    );
  }
  if (v.ok) print('校验通过 OK');
  else if (v.signatureOk) print('签名有效，但证照当前不在有效状态 NOT VALID');
  else print('校验失败 FAILED');
  return v.ok ? 0 : 1;
}
