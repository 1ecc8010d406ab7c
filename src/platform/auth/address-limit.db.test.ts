import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createWorld, TEST_PASSWORD, type TestWorld } from '../../testing/fixture.js';
import { ADDRESS_WINDOW_MINUTES, MAX_FAILED_PER_ADDRESS } from './rules.js';
import { listSecurityEvents } from './service.js';

let w: TestWorld;
beforeAll(async () => {
  w = await createWorld();
  await addUser(w, 'officer.b', w.orgs.county.id, ['officer']);
});
afterAll(() => w.close());

const attempt = (username: string, password: string, ip: string) =>
  w.http.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username, password }, remoteAddress: ip });

describe('per-address limit on sign-in, on top of the per-account lock', () => {
  it('stops one address guessing across many accounts, lets other addresses in, and lifts after the window', async () => {
    // Each guess names a different unknown account, so no account lock ever applies.
    for (let i = 0; i < MAX_FAILED_PER_ADDRESS; i++) expect((await attempt(`guess${i}`, 'Wrong#Pass1', '10.0.0.9')).statusCode).toBe(401);
    const limited = await attempt('officer.b', TEST_PASSWORD, '10.0.0.9');
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error).toMatchObject({ code: 'tooManyRequests', field: 'username' });
    expect(limited.json().error.message).toContain(`${ADDRESS_WINDOW_MINUTES} 分钟内登录失败已达 ${MAX_FAILED_PER_ADDRESS} 次`);
    // Another address, the same account: in.
    expect((await attempt('officer.b', TEST_PASSWORD, '10.0.0.10')).statusCode).toBe(200);
    const events = (await listSecurityEvents(w.app.db, { orgPath: '/', kind: 'addressLimited', page: 1, pageSize: 10 })).items;
    expect(events.map((e) => e.ip)).toEqual(['10.0.0.9']);
    w.clock.advance(ADDRESS_WINDOW_MINUTES * 60_000 + 1);
    expect((await attempt('officer.b', TEST_PASSWORD, '10.0.0.9')).statusCode).toBe(200);
  });
});
