// Tips through the API: taken in on the portal without sign-in (anonymous or named), followed by
// receipt code and secret, recorded by staff, decided on, the same matter linked to its first tip,
// complaints kept from officers, and who tipped sealed: not in a plain dump of the database, shown
// to the principal leader only with a reason, as a security event.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../platform/db/index.js';
import { addUser, createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';
import { PORTAL_LIMIT } from './service.js';
import { sampleTip } from './fixture.js';
import { solve } from '../../platform/testing/proof.js';

let w: TestWorld;
let officer: Client;
let reviewer: Client;
let chief: Client;
let head: Client;
let countyOfficer: Client;

const challenge = async () => (await w.http.inject({ method: 'GET', url: '/api/public/tips/challenge' })).json();
/** Posts as a browser would: a portal tip with a freshly solved proof of work unless it brings its own. */
const post = async (url: string, body: unknown, ip = '203.0.113.7') => {
  const payload =
    url === '/api/public/tips' && !('proof' in (body as object)) ? { ...(body as object), proof: await solve(await challenge()) } : (body as object);
  const r = await w.http.inject({ method: 'POST', url, payload, remoteAddress: ip });
  return { status: r.statusCode, body: r.json() };
};

beforeAll(async () => {
  w = await createWorld();
  await addUser(w, 'city.officer', w.orgs.city.id, ['officer']);
  await addUser(w, 'city.reviewer', w.orgs.city.id, ['legalReviewer']);
  await addUser(w, 'city.chief', w.orgs.city.id, ['sectionChief']);
  await addUser(w, 'city.head', w.orgs.city.id, ['head']);
  await addUser(w, 'county.officer', w.orgs.county.id, ['officer']);
  [officer, reviewer, chief, head, countyOfficer] = await Promise.all(
    ['city.officer', 'city.reviewer', 'city.chief', 'city.head', 'county.officer'].map((u) => signIn(w, u)),
  );
}, 60_000);
afterAll(() => w.close());

describe('举报 on the portal', () => {
  let named: { receipt: string; secret: string };

  it('takes an anonymous tip and hands back a receipt code and a secret to follow it', async () => {
    const r = await post('/api/public/tips', sampleTip('421200', { identity: null }));
    expect(r.status).toBe(201);
    expect(r.body.receipt).toMatch(/^JB20260302[2-9A-HJ-NP-Z]{6}$/);
    expect(r.body.secret).toMatch(/^[2-9A-HJ-NP-Z]{16}$/);
    expect(r.body).toMatchObject({ orgName: '咸宁市应急管理局', acceptBy: '2026-03-17' });
    const followed = await post('/api/public/tips/follow', { receipt: r.body.receipt, secret: r.body.secret.toLowerCase() });
    expect(followed.body).toMatchObject({ state: 'received', kind: 'majorHazard', reply: null });
    const wrong = await post('/api/public/tips/follow', { receipt: r.body.receipt, secret: 'WRONGSECRET23456' });
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.message).toBe('受理编号或查询密码不正确');
  });

  it('keeps a named tipster out of any plain reading of the database', async () => {
    const r = await post('/api/public/tips', sampleTip('421202'));
    named = r.body;
    const dump = await rows<{ t: string }>(w.app.db, sql`select row_to_json(t)::text as t from tip t`);
    const ledger = await rows<{ t: string }>(w.app.db, sql`select row_to_json(l)::text as t from ledger_entry l`);
    for (const text of [...dump, ...ledger].map((x) => x.t)) {
      expect(text).not.toContain('张三丰');
      expect(text).not.toContain('13800138000');
      // bytea as JSON is hex: the name's UTF-8 bytes are not in it either.
      expect(text).not.toContain(Buffer.from('张三丰').toString('hex'));
    }
    expect(dump.some((d) => d.t.includes('203.0.113.7'))).toBe(false);
  });

  it('sends a tip to the bureau of its region, and says so when the region is not served', async () => {
    const r = await post('/api/public/tips', sampleTip('110101'));
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('regionCode');
    const short = await post('/api/public/tips', { ...sampleTip('421200'), content: '太短' });
    expect(short.status).toBe(400);
    expect(short.body.error.message).toContain('举报内容');
  });

  it('asks for a solved proof of work, each good once', async () => {
    const none = await post('/api/public/tips', { ...sampleTip('421200', { identity: null }), proof: undefined });
    expect(none.status).toBe(400);
    expect(none.body.error).toMatchObject({ field: 'proof', message: '缺少人机验证，请刷新页面后重新提交' });
    const proof = await solve(await challenge());
    const forged = await post('/api/public/tips', { ...sampleTip('421200'), proof: { ...proof, solution: { ...proof.solution, derivedKey: '0'.repeat(64) } } });
    expect(forged.body.error).toMatchObject({ field: 'proof', message: '人机验证未通过，请刷新页面后重新提交' });
    const resigned = await post('/api/public/tips', {
      ...sampleTip('421200'),
      proof: { ...proof, challenge: { ...proof.challenge, parameters: { ...proof.challenge.parameters, cost: 1 } } },
    });
    expect(resigned.body.error.field).toBe('proof');
    expect((await post('/api/public/tips', { ...sampleTip('421200', { identity: null }), proof }, '192.0.2.1')).status).toBe(201);
    const again = await post('/api/public/tips', { ...sampleTip('421200', { identity: null }), proof }, '192.0.2.2');
    expect(again.status).toBe(400);
    expect(again.body.error.message).toBe('该人机验证已使用过，请刷新页面后重新提交');
  });

  it('limits the tips from one address in an hour', async () => {
    const ip = '198.51.100.9';
    for (let i = 0; i < PORTAL_LIMIT.tips; i++) expect((await post('/api/public/tips', sampleTip('421200', { identity: null }), ip)).status).toBe(201);
    const over = await post('/api/public/tips', sampleTip('421200', { identity: null }), ip);
    expect(over.status).toBe(429);
    expect(over.body.error.message).toContain('12350');
    expect((await post('/api/public/tips', sampleTip('421200', { identity: null }), '198.51.100.10')).status).toBe(201);
  });

  it('is decided on by a leader, and the tipster reads the answer', async () => {
    const list = await chief.get('/api/tips?q=JB');
    const mine = list.body.items.find((t: { receipt: string }) => t.receipt === named.receipt);
    expect(mine.anonymous).toBe(false);
    expect(JSON.stringify(mine)).not.toContain('张三丰');
    expect((await officer.send('POST', `/api/tips/${mine.id}/accept`, { version: 1 })).status).toBe(403);
    const accepted = await chief.send('POST', `/api/tips/${mine.id}/accept`, { version: 1 });
    expect(accepted.body.state).toBe('accepted');
    expect((await chief.send('POST', `/api/tips/${mine.id}/accept`, { version: 2 })).status).toBe(409);
    const followed = await post('/api/public/tips/follow', named);
    expect(followed.body).toMatchObject({ state: 'accepted', reply: '您的举报已受理，正在核查。' });
  });
});

describe('tips recorded by staff', () => {
  it('records a 12350 call, links a later tip of the same matter to the first, and declines with a reason told', async () => {
    const first = await officer.send('POST', '/api/tips', {
      ...sampleTip('421200', { subjectName: '咸宁 某某冶金有限公司' }),
      channel: 'hotline',
      receivedAt: '2026-03-01T01:00:00Z',
    });
    expect(first.status).toBe(201);
    const later = await officer.send('POST', '/api/tips', {
      ...sampleTip('421200', { subjectName: '咸宁某某冶金有限公司' }),
      channel: 'letter',
      receivedAt: '2026-03-01T08:00:00Z',
    });
    const got = await officer.get(`/api/tips/${later.body.id}`);
    expect(got.body.firstTipId).toBe(first.body.id);
    expect((await officer.get(`/api/tips/${first.body.id}`)).body.firstTipId).toBeNull();
    expect((await officer.send('POST', '/api/tips', { ...sampleTip('421200'), channel: 'visit', receivedAt: '2026-04-01T00:00:00Z' })).body.error.field).toBe(
      'receivedAt',
    );

    expect((await chief.send('POST', `/api/tips/${later.body.id}/decline`, { version: 1 })).status).toBe(400);
    const declined = await chief.send('POST', `/api/tips/${later.body.id}/decline`, { version: 1, reason: '同一事项已受理核查' });
    expect(declined.body).toMatchObject({ state: 'declined', reply: '不予受理。理由：同一事项已受理核查' });
  });

  it('keeps complaints about the enforcement from officers, for the legal office and the leaders', async () => {
    const c = await reviewer.send('POST', '/api/tips', {
      ...sampleTip('421200', { kind: 'complaintConduct', subjectName: '执法人员王某' }),
      channel: 'visit',
      receivedAt: '2026-03-02T01:00:00Z',
    });
    expect(c.status).toBe(201);
    expect((await officer.get(`/api/tips/${c.body.id}`)).status).toBe(403);
    expect((await officer.get('/api/tips?kind=complaintConduct')).body.total).toBe(0);
    expect((await reviewer.get('/api/tips?kind=complaintConduct')).body.total).toBe(1);
    // Outside the subtree: the county officer does not see the city's tips.
    expect((await countyOfficer.get(`/api/tips/${c.body.id}`)).status).toBe(403);
  });

  it('reveals who tipped to the principal leader only, with a reason, as a security event', async () => {
    const list = await head.get('/api/tips?kind=majorHazard&channel=portal');
    const named = list.body.items.find((t: { anonymous: boolean }) => !t.anonymous);
    expect((await chief.send('POST', `/api/tips/${named.id}/reveal`, { reason: '核实举报情况' })).status).toBe(403);
    expect((await head.send('POST', `/api/tips/${named.id}/reveal`, { reason: '短' })).status).toBe(400);
    const shown = await head.send('POST', `/api/tips/${named.id}/reveal`, { reason: '发放举报奖励须核实身份' });
    expect(shown.body).toEqual({ name: '张三丰', phone: '13800138000' });
    const events = await rows<{ kind: string; username: string; detail: { reason: string } }>(
      w.app.db,
      sql`select kind, username, detail from security_event where kind = 'identityRevealed'`,
    );
    expect(events).toEqual([{ kind: 'identityRevealed', username: 'city.head', detail: { receipt: named.receipt, reason: '发放举报奖励须核实身份' } }]);
    const anonymous = list.body.items.find((t: { anonymous: boolean }) => t.anonymous);
    expect((await head.send('POST', `/api/tips/${anonymous.id}/reveal`, { reason: '发放举报奖励须核实身份' })).status).toBe(404);
  });
});
