// The 执法回访记录表 through its route: once a follow-up has been made it is served as DOCX and PDF
// (the PDF read back with pdftotext), to staff of the subtree and the enterprise's own user; before
// that, 422 in Chinese; to another county or another enterprise, 403. A download writes nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Actor } from '../../platform/context.js';
import { headSeq } from '../../platform/ledger/service.js';
import { createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';
import { staff } from '../cases/testing.js';
import { createCase, fire, getCase } from '../cases/service.js';
import { enterpriseUser } from '../inspections/fixture.js';
import { sampleEnterprise } from '../registry/fixture.js';
import { createEnterprise } from '../registry/service.js';
import { followUpVisit } from './schema.js';

let w: TestWorld;
let chief: Actor;
let officer: Client, reviewer: Client, other: Client, ent: Client, ent2: Client;
let entId: string;

/** A case decided on the spot by the chief against the enterprise; its follow-up's id. */
async function decided(): Promise<string> {
  const c = await createCase(w.app, chief, {
    orgId: w.orgs.county.id,
    procedure: 'summary',
    partyKind: 'organisation',
    enterpriseId: entId,
    violationTypeCode: 'WSL-97-1',
    violationDate: '2026-03-02',
    summary: '现场发现未配备安全生产管理人员',
    investigatorIds: [chief.userId!],
  });
  const { version } = await getCase(w.app, systemActor, c.id);
  await fire(w.app, chief, c.id, { event: 'decideOnSite', version, payload: { penalty: { measures: ['fine'], fineYuan: 2_000, confiscationYuan: 0 } } });
  const [f] = await w.app.db.select().from(followUpVisit).where(eq(followUpVisit.subjectId, c.id));
  return f.id;
}

const url = (id: string, format: string) => `/api/followups/${id}/instrument?format=${format}`;

function pdfText(bytes: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'follow-up-')), 'record.pdf');
  fs.writeFileSync(file, bytes);
  const r = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) throw new Error(`pdftotext 不可用或失败（请安装 Debian 软件包 poppler-utils）：${r.stderr || r.error}`);
  return r.stdout.replace(/\s+/g, '');
}

/** Downloads both formats as `client`: checks the magic bytes and returns the PDF's text. */
async function download(client: Client, id: string): Promise<string> {
  const docx = await client.get(url(id, 'docx'));
  expect(docx.status, 'docx').toBe(200);
  expect(Buffer.from(docx.body).subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
  const pdf = await client.get(url(id, 'pdf'));
  expect(pdf.status, 'pdf').toBe(200);
  expect(Buffer.from(pdf.body).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return pdfText(Buffer.from(pdf.body));
}

const SATISFIED = { fairness: 'satisfied', conduct: 'satisfied', satisfaction: 'satisfied' };

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
  const { county, siblingCounty } = w.orgs;
  chief = await staff(w, 'fi.chief', county, ['sectionChief', 'officer']);
  await staff(w, 'fi.officer', county, ['officer']);
  await staff(w, 'fi.reviewer', county, ['legalReviewer']);
  await staff(w, 'fi.other', siblingCounty, ['sectionChief', 'officer']);
  const e = await createEnterprise(w.app, systemActor, sampleEnterprise(71, '421202', { name: '咸宁市回访文书化工有限公司' }));
  const e2 = await createEnterprise(w.app, systemActor, sampleEnterprise(72, '421202', { name: '咸宁市别家企业有限公司' }));
  entId = e.id;
  await enterpriseUser(w, 'fi.ent', county.id, e.id);
  await enterpriseUser(w, 'fi.ent2', county.id, e2.id);
  [officer, reviewer, other, ent, ent2] = await Promise.all(['fi.officer', 'fi.reviewer', 'fi.other', 'fi.ent', 'fi.ent2'].map((u) => signIn(w, u)));
}, 120_000);
afterAll(() => w.close());

describe('执法回访记录表', () => {
  it('is refused with 422 in Chinese while the follow-up is still due, and 403 outside the subtree or the enterprise', async () => {
    const id = await decided();
    for (const format of ['docx', 'pdf']) {
      const r = await officer.get(url(id, format));
      expect(r.status).toBe(422);
      expect(r.body.error).toMatchObject({ field: 'state', message: '该回访尚未办理（待回访），没有执法回访记录表' });
    }
    for (const client of [other, ent2]) expect((await client.get(url(id, 'pdf'))).status).toBe(403);
    expect((await officer.get(url(id, 'xlsx'))).status).toBe(400);
  });

  it('serves a recorded visit as DOCX and PDF, with the enterprise, the answers in Chinese, the recorder and the basis; writing nothing', async () => {
    const id = await decided();
    const r = await officer.send('POST', `/api/followups/${id}/record`, {
      version: 1,
      outcome: 'answered',
      channel: 'visit',
      respondent: '张三（安全科长）',
      ...SATISFIED,
      conduct: 'dissatisfied',
      problems: '检查时个别执法人员语气生硬',
    });
    expect(r.body.state).toBe('attention');
    const resolved = await reviewer.send('POST', `/api/followups/${id}/resolve`, { version: 2, resolution: '已批评教育当事执法人员，并向企业说明情况。' });
    expect(resolved.body.state).toBe('resolved');

    const seq = await headSeq(w.app.db);
    const text = await download(officer, id);
    for (const s of [
      '执法回访记录表',
      '咸宁市回访文书化工有限公司',
      '上门回访',
      '张三（安全科长）',
      '执法人员是否文明规范不满意',
      '检查时个别执法人员语气生硬',
      '已批评教育当事执法人员',
      '问题已办结',
      // The officer who recorded it and the reviewer who closed the problem (display names).
      '回访人：fi.officer',
      '办结人fi.reviewer',
      '逐案回访（待核）',
    ])
      expect(text).toContain(s);
    const r2 = await w.http.inject({ method: 'GET', url: url(id, 'docx'), headers: { cookie: officer.cookie } });
    const disposition = decodeURIComponent(String(r2.headers['content-disposition']));
    expect(disposition).toContain('执法回访记录表.docx');
    // The enterprise's own user may read its record too; another county and another enterprise may not.
    expect(await download(ent, id)).toContain('咸宁市回访文书化工有限公司');
    for (const client of [other, ent2]) expect((await client.get(url(id, 'docx'))).status).toBe(403);
    expect(await headSeq(w.app.db), 'a download writes nothing').toBe(seq);
  });

  it('serves 无法联系 with its reason, and the enterprise’s own online answer', async () => {
    const unreachable = await decided();
    await officer.send('POST', `/api/followups/${unreachable}/record`, { version: 1, outcome: 'unreachable', channel: 'phone', note: '连续三天拨打无人接听' });
    const text = await download(reviewer, unreachable);
    for (const s of ['无法联系', '电话回访', '连续三天拨打无人接听', '咸宁市回访文书化工有限公司']) expect(text).toContain(s);

    const online = await decided();
    expect((await ent.send('POST', `/api/followups/${online}/answer`, { version: 1, ...SATISFIED })).status).toBe(200);
    const t2 = await download(officer, online);
    for (const s of ['网上回访', '咸宁市回访文书化工有限公司（网上填写）', '对本次执法的总体评价满意']) expect(t2).toContain(s);
  });
});
