// 举报材料 through the API: the tipster adds a photo with the receipt code and secret (in headers),
// staff list and download it with its SM3 digest; a wrong secret, a file that is not JPEG, PNG or
// PDF, one over 10 MB, a tenth file or a closed tip are refused without a write; the ledger entry
// carries the digest and never the file name; officers do not see a complaint's material.
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/context.js';
import { ledgerEntry } from '../../platform/ledger/schema.js';
import { headSeq } from '../../platform/ledger/service.js';
import { addUser, createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';
import { samplePng } from '../inspections/instruments/samples.js';
import { MATERIAL_LIMITS } from './contract.js';
import { sampleTip } from './fixture.js';
import { recordTip } from './service.js';

let w: TestWorld;
let officer: Client;
let chief: Client;
const png = Buffer.from(samplePng());
const sm3 = (b: Buffer) => crypto.createHash('sm3').update(b).digest('hex');
type Receipt = { id: string; receipt: string; secret: string };

const newTip = (kind: 'majorHazard' | 'complaintConduct' = 'majorHazard'): Promise<Receipt> =>
  recordTip(w.app, systemActor, { ...sampleTip('421200', { kind }), channel: 'letter', receivedAt: w.clock.now() });

const tipster = async (r: { receipt: string; secret: string }, payload: Buffer | string, fileName = '现场照片（张三提供）.png') => {
  const res = await w.http.inject({
    method: 'POST',
    url: `/api/public/tips/material?fileName=${encodeURIComponent(fileName)}`,
    headers: { 'content-type': 'application/octet-stream', 'x-tip-receipt': r.receipt, 'x-tip-secret': r.secret },
    payload,
  });
  return { status: res.statusCode, body: res.json() };
};

const staffUpload = async (c: Client, id: string, payload: Buffer) => {
  const res = await w.http.inject({
    method: 'POST',
    url: `/api/tips/${id}/material?fileName=scan.png`,
    headers: { cookie: c.cookie, 'x-csrf-token': c.csrf, 'content-type': 'application/octet-stream' },
    payload,
  });
  return { status: res.statusCode, body: res.json() };
};

/** A refusal: its status and field, and nothing written. */
async function refused(act: () => Promise<{ status: number; body: { error: { field?: string; message: string } } }>) {
  const before = await headSeq(w.app.db);
  const r = await act();
  expect(await headSeq(w.app.db), 'a refusal writes nothing').toBe(before);
  return { status: r.status, field: r.body.error.field, message: r.body.error.message };
}

beforeAll(async () => {
  w = await createWorld();
  await addUser(w, 'm.officer', w.orgs.city.id, ['officer']);
  await addUser(w, 'm.chief', w.orgs.city.id, ['sectionChief']);
  [officer, chief] = await Promise.all(['m.officer', 'm.chief'].map((u) => signIn(w, u)));
}, 60_000);
afterAll(() => w.close());

describe('举报材料', () => {
  let first: Receipt;

  it('takes the tipster’s photo by receipt code and secret; staff list it with its digest and download the same bytes', async () => {
    first = await newTip();
    const up = await tipster(first, png);
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ contentType: 'image/png', size: png.length, digest: sm3(png), fromTipster: true });
    const list = await officer.get(`/api/tips/${first.id}/material`);
    expect(list.body).toEqual([expect.objectContaining({ id: up.body.id, fileName: '现场照片（张三提供）.png', digest: sm3(png), fromTipster: true })]);
    const file = await w.http.inject({ method: 'GET', url: `/api/tips/material/${up.body.id}`, headers: { cookie: officer.cookie } });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['x-content-digest']).toBe(`sm3=${sm3(png)}`);
    expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('现场照片（张三提供）.png')}`);
    expect(Buffer.compare(file.rawPayload, png)).toBe(0);
  });

  it('shows the tipster what they sent, not what staff attached', async () => {
    expect((await staffUpload(chief, first.id, png)).body.fromTipster).toBe(false);
    const followed = await w.http.inject({ method: 'POST', url: '/api/public/tips/follow', payload: { receipt: first.receipt, secret: first.secret } });
    expect(followed.json().material).toEqual([{ fileName: '现场照片（张三提供）.png', size: png.length, uploadedAt: expect.any(String) }]);
    expect((await officer.get(`/api/tips/${first.id}/material`)).body).toHaveLength(2);
  });

  it('keeps the file name out of the ledger, which carries the digest', async () => {
    const entries = await w.app.db.select().from(ledgerEntry).where(eq(ledgerEntry.action, 'tip.materialAdded'));
    expect(entries.length).toBeGreaterThan(0);
    expect(entries[0].payload).toEqual({ attachmentId: expect.any(String), contentType: 'image/png', size: png.length, digest: sm3(png) });
    for (const e of entries) expect(JSON.stringify(e)).not.toMatch(/现场照片|张三|scan\.png/);
  });

  it('refuses a wrong secret as no such tip', async () => {
    const r = await refused(() => tipster({ receipt: first.receipt, secret: 'WRONGSECRET23456' }, png));
    expect(r).toMatchObject({ status: 404, field: 'secret' });
  });

  it('takes only JPEG, PNG and PDF by their bytes, whatever the name says', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
    for (const body of [exe, Buffer.from('这不是图片，只是一段文字')]) {
      const r = await refused(() => tipster(first, body, 'photo.png'));
      expect(r).toMatchObject({ status: 422, field: 'file' });
      expect(r.message).toContain('JPG、PNG');
    }
    expect((await tipster(first, Buffer.from('%PDF-1.7\n%…'), '举报信.pdf')).body.contentType).toBe('application/pdf');
  });

  it('refuses a file over 10 MB', async () => {
    const big = Buffer.concat([png, Buffer.alloc(MATERIAL_LIMITS.maxBytes + 1 - png.length)]);
    const r = await refused(() => tipster(first, big));
    expect(r).toMatchObject({ status: 422, field: 'file' });
    expect(r.message).toContain('10 MB');
  });

  it('takes at most 9 files on a tip, the tipster’s and staff’s together', async () => {
    const t = await newTip();
    for (let i = 0; i < MATERIAL_LIMITS.maxFiles; i++) expect((i % 2 ? await staffUpload(chief, t.id, png) : await tipster(t, png)).status).toBe(201);
    const r = await refused(() => tipster(t, png));
    expect(r).toMatchObject({ status: 422, field: 'file' });
    expect(r.message).toContain('9');
  });

  it('takes no material on a declined tip', async () => {
    const t = await newTip();
    expect((await chief.send('POST', `/api/tips/${t.id}/decline`, { version: 1, reason: '不属于本局管辖范围' })).status).toBe(200);
    expect(await refused(() => tipster(t, png))).toMatchObject({ status: 422, field: 'id' });
    expect(await refused(() => staffUpload(chief, t.id, png))).toMatchObject({ status: 422, field: 'id' });
  });

  it('keeps a complaint’s material from the officers it may be about', async () => {
    const c = await newTip('complaintConduct');
    const up = await tipster(c, png);
    expect(up.status).toBe(201);
    expect((await officer.get(`/api/tips/${c.id}/material`)).status).toBe(403);
    expect((await officer.get(`/api/tips/material/${up.body.id}`)).status).toBe(403);
    expect(await refused(() => staffUpload(officer, c.id, png))).toMatchObject({ status: 403 });
    expect((await chief.get(`/api/tips/${c.id}/material`)).body).toHaveLength(1);
  });
});
