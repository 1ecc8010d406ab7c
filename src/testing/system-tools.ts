// The office tools the document tests check files with (LibreOffice, poppler). They are Debian
// packages; a missing one FAILS the test with the package to install (CI installs them, see .ci/run).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export function tool(cmd: string, pkg: string): string {
  const found = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim();
  if (!found) throw new Error(`缺少系统工具 ${cmd}：请安装 Debian 软件包 ${pkg}（apt-get install ${pkg}）`);
  return found;
}

export function run(cmd: string, args: string[], timeout = 60_000): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} 失败（${r.status ?? r.signal}）：${r.stderr || r.error}`);
  return r.stdout;
}

/** Text with every space and line break taken out, as pdftotext's layout varies. */
export const squash = (s: string) => s.replace(/\s+/g, '');

/** A DOCX converted to PDF by LibreOffice (a throwaway profile: a shared one is locked by any other soffice); returns the PDF's path. */
export function libreOfficePdf(docx: string, outDir: string): string {
  const soffice = tool('soffice', 'libreoffice-writer-nogui');
  const profile = fs.mkdtempSync('/tmp/zhifa-lo-');
  fs.rmSync(outDir, { recursive: true, force: true });
  try {
    run(soffice, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], 150_000);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return path.join(outDir, `${path.basename(docx, '.docx')}.pdf`);
}
