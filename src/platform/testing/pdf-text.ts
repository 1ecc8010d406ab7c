// The text of a PDF as poppler's pdftotext reads it, whitespace removed: what a reader of the
// printed instrument sees, for tests to assert on. Needs poppler-utils (installed by .ci/run).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function pdfText(bytes: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-text-')), 'a.pdf');
  fs.writeFileSync(file, bytes);
  const r = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`pdftotext 不可用或失败：${r.stderr || r.error}`);
  return r.stdout.replace(/\s+/g, '');
}
