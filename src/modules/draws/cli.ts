import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { PoolSnapshot } from './snapshot.js';
import { BUNDLE_FORMAT, verifyBundle, type DrawBundle, type Verdict } from './verify.js';

// `zhifa draw verify`: re-runs a published draw on this machine, from the published inputs alone.
// It needs no database and trusts nothing but the bytes it downloads or reads.

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

function decodeSnapshot(bytes: Buffer): PoolSnapshot {
  const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  return JSON.parse(text) as PoolSnapshot;
}

async function fetchBytes(url: string): Promise<Buffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`下载失败 ${url}: HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

/** Accepts the public page's address, the API address, or a saved bundle file (+ --snapshot). */
export async function loadPublished(target: string, snapshotPath?: string): Promise<{ bundle: DrawBundle; snapshot: PoolSnapshot }> {
  if (/^https?:\/\//.test(target)) {
    const url = new URL(target);
    const id = UUID.exec(url.pathname)?.[0];
    if (!id) throw new Error(`地址中没有抽取编号: ${target}`);
    const api = `${url.origin}/api/public/draws/${id}`;
    const bundle = JSON.parse((await fetchBytes(api)).toString('utf8')) as DrawBundle;
    const snapshot = decodeSnapshot(snapshotPath ? await readFile(snapshotPath) : await fetchBytes(`${api}/snapshot.json.gz`));
    return { bundle, snapshot };
  }
  if (!snapshotPath) throw new Error('从文件验证时须用 --snapshot 指定名录库快照文件（.json 或 .json.gz）');
  const bundle = JSON.parse(await readFile(target, 'utf8')) as DrawBundle;
  return { bundle, snapshot: decodeSnapshot(await readFile(snapshotPath)) };
}

export function printVerdict(bundle: DrawBundle, v: Verdict, out: (line: string) => void): void {
  out(`抽取 ${bundle.name}（${bundle.orgName}，${bundle.matter.name}），编号 ${bundle.id}`);
  for (const c of v.checks) out(`  ${c.ok ? '✓' : '✗'} ${c.name}: ${c.detail}`);
  out(v.ok ? '验证通过 OK: 按公开输入重新计算的结果与公布结果一致' : '验证失败 FAILED: 见上方标 ✗ 的项目');
}

export async function verifyDrawCommand(target: string, snapshotPath: string | undefined, out: (line: string) => void): Promise<number> {
  const { bundle, snapshot } = await loadPublished(target, snapshotPath);
  if (bundle.format !== BUNDLE_FORMAT) throw new Error(`不认识的公开数据格式: ${String(bundle.format)}`);
  const v = verifyBundle(bundle, snapshot);
  printVerdict(bundle, v, out);
  return v.ok ? 0 : 1;
}
