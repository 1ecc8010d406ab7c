import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Measurement } from './scenarios/types.js';

export interface Row extends Measurement {
  scenario: string;
  size: string;
  db: string;
  ratio: number;
}

export function machine(serverVersion: string) {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    database: serverVersion,
  };
}

const fmt = (x: number) => (!Number.isFinite(x) ? String(x) : Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(x >= 10 ? 1 : 2));

/** The table: scenario | size | db | metric | value | baseline | ratio, in Markdown so docs can take it as is. */
export function table(rows: readonly Row[]): string {
  const head = ['scenario', 'size', 'db', 'metric', 'value', 'baseline', 'ratio'];
  const body = rows.map((r) => [r.scenario, r.size, r.db, `${r.metric}`, `${fmt(r.value)} ${r.unit}`, `${fmt(r.baseline)} ${r.unit}`, r.ratio.toFixed(2)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

/** bench/out/ is git-ignored: results are per machine and never committed. */
export function writeJson(file: string, content: unknown): string {
  const target = path.resolve(file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, `${JSON.stringify(content, null, 2)}\n`);
  return target;
}
