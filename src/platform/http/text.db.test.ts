import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleEnterprise } from '../../modules/registry/fixture.js';
import { addUser, createWorld, signIn, type Client, type TestWorld } from '../../testing/fixture.js';
import { headSeq } from '../ledger/service.js';

// NUL and lone surrogates, as the attacker's probe sent them (issue 15): each answered 500 or was
// stored altered. Now each is a 400 naming the field, before any handler, and nothing is written.
let w: TestWorld;
let officer: Client;
beforeAll(async () => {
  w = await createWorld();
  await addUser(w, 'city.officer', w.orgs.city.id, ['officer']);
  officer = await signIn(w, 'city.officer');
}, 60_000);
afterAll(() => w.close());

const NUL = '\u0000';
const LONE = '\ud800';

describe('text that cannot be stored is refused at the boundary', () => {
  it('on sign-in and the public disclosure search, without a session', async () => {
    const signIn = await w.http.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username: `a${NUL}`, password: 'x' } });
    expect(signIn.statusCode).toBe(400);
    expect(signIn.json().error).toMatchObject({ code: 'validation', field: 'username', message: '字段「username」含有空字符（U+0000）' });
    const search = await w.http.inject({ method: 'GET', url: '/api/public/disclosures?q=%00' });
    expect(search.statusCode).toBe(400);
    expect(search.json().error.field).toBe('q');
  });

  it('on writes, in any nested field, with nothing written', async () => {
    const before = await headSeq(w.app.db);
    for (const [field, value] of [
      ['name', `化工${NUL}公司`],
      ['name', `化工${LONE}公司`],
      ['address', LONE],
    ] as const) {
      const res = await officer.send('POST', '/api/enterprises', { ...sampleEnterprise(7, '421202001'), [field]: value });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.error.field).toBe(field);
      expect(res.body.error.message).toMatch(/空字符|代理项/);
    }
    expect(await headSeq(w.app.db)).toBe(before);
  });

  it('on searches, path parameters and the export, which answers 400 rather than a truncated file', async () => {
    for (const url of ['/api/people?q=%00', '/api/enterprises?q=a%00', '/api/ledger?action=%00', '/api/enterprises/export.xlsx?q=%00']) {
      const res = await officer.get(url);
      expect(res.status, url).toBe(400);
      expect(res.body.error.message, url).toMatch(/查询参数「/);
    }
    for (const url of ['/api/catalogue/checklists/A%00/history', '/api/catalogue/power-items/A%00/history']) {
      const byCode = await officer.get(url);
      expect(byCode.status, url).toBe(400);
      expect(byCode.body.error).toMatchObject({ field: 'code', message: '路径参数「code」含有空字符（U+0000）' });
    }
  });
});
