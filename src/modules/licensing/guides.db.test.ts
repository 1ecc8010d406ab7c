// 办事指南 through the API, as the portal reads them: no sign-in, the four matters, one whole guide,
// and an unknown matter refused in Chinese.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type TestWorld } from '../../testing/fixture.js';
import { LICENSE_MATTER_CODES } from './codes.js';

let w: TestWorld;
const get = async (url: string) => {
  const r = await w.http.inject({ method: 'GET', url });
  return { status: r.statusCode, body: r.json() };
};

beforeAll(async () => {
  w = await createWorld();
}, 60_000);
afterAll(() => w.close());

describe('办事指南 on the portal', () => {
  it('lists the four matters with their periods and issuing levels, without sign-in', async () => {
    const r = await get('/api/public/licensing/guides');
    expect(r.status).toBe(200);
    expect(r.body.items.map((i: { code: string }) => i.code)).toEqual([...LICENSE_MATTER_CODES]);
    expect(r.body.items[0]).toEqual({
      code: 'hazchemTrade',
      name: '危险化学品经营许可证核发',
      kind: 'license',
      statutoryDays: 30,
      promisedDays: 10,
      issuingLevels: ['city', 'county'],
    });
    expect(r.body.items.find((i: { code: string }) => i.code === 'precursorFiling')).toMatchObject({ kind: 'filing', issuingLevels: ['city', 'county'] });
  });

  it('opens one guide whole: its materials by stable code, its basis with articles', async () => {
    const r = await get('/api/public/licensing/guides/hazchemTrade');
    expect(r.status).toBe(200);
    expect(r.body.materials.map((m: { code: string }) => m.code)).toContain('safetyAssessmentReport');
    expect(r.body.materials.find((m: { code: string }) => m.code === 'applicationForm')).toMatchObject({ required: true, condition: null });
    expect(r.body.basis.find((b: { article: string }) => b.article === '第五条').law).toMatch(/危险化学品经营许可证管理办法/);
    expect(r.body).toMatchObject({ fee: { text: '不收费' }, validity: { years: 3 }, statutory: { days: 30 } });
  });

  it('refuses an unknown matter with a 404 in Chinese', async () => {
    const r = await get('/api/public/licensing/guides/nuclearTrade');
    expect(r.status).toBe(404);
    expect(r.body.error.message).toBe('没有这个许可事项，请从办事指南列表中选择');
  });
});
