import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../context.js';
import { createPerson } from '../../modules/people/service.js';
import { addUser, createWorld, signIn, TEST_PASSWORD, type TestWorld } from '../../testing/fixture.js';
import { listSecurityEvents } from './service.js';

let w: TestWorld;
beforeAll(async () => {
  w = await createWorld();
  await addUser(w, 'officer.a', w.orgs.county.id, ['officer']);
  await addUser(w, 'auditor', w.orgs.city.id, ['auditAdmin']);
});
afterAll(() => w.close());

const attempt = (username: string, password: string) => w.http.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username, password } });
const kinds = async () => (await listSecurityEvents(w.app.db, { orgPath: '/', page: 1, pageSize: 200 })).items.map((e) => e.kind);

describe('sign-in (等保2.0 level 3)', () => {
  it('locks an account for 30 minutes after 5 wrong passwords, and records each step', async () => {
    for (let i = 1; i <= 4; i++) {
      const r = await attempt('officer.a', 'Wrong#Pass1');
      expect(r.statusCode).toBe(401);
      expect(r.json().error.message).toContain(`还可尝试 ${5 - i} 次`);
    }
    const fifth = await attempt('officer.a', 'Wrong#Pass1');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.message).toContain('账户已锁定');
    expect((await attempt('officer.a', TEST_PASSWORD)).statusCode).toBe(423);
    w.clock.advance(30 * 60_000 + 1);
    expect((await attempt('officer.a', TEST_PASSWORD)).statusCode).toBe(200);
    const k = await kinds();
    expect(k.filter((x) => x === 'signInFailed')).toHaveLength(6);
    expect(k).toContain('locked');
    expect(k).toContain('signIn');
  });

  it('does not tell an unknown user from a wrong password', async () => {
    const r = await attempt('nobody', 'Whatever#1');
    expect(r.statusCode).toBe(401);
    expect(r.json().error.message).toBe('用户名或密码错误');
  });

  it('ends a session idle for more than 30 minutes', async () => {
    const c = await signIn(w, 'officer.a');
    w.clock.advance(29 * 60_000);
    expect((await c.get('/api/auth/me')).status).toBe(200);
    w.clock.advance(31 * 60_000);
    const r = await c.get('/api/auth/me');
    expect(r.status).toBe(401);
    expect(r.body.error.message).toContain('会话已超时');
    expect(await kinds()).toContain('sessionExpired');
  });

  it('answers the session question without an error: null for a visitor, the user when signed in, null once idle', async () => {
    const visitor = await w.http.inject({ method: 'GET', url: '/api/auth/session' });
    expect(visitor.statusCode).toBe(200);
    expect(visitor.json()).toEqual({ session: null });
    const c = await signIn(w, 'officer.a');
    const live = await c.get('/api/auth/session');
    expect(live.status).toBe(200);
    expect(live.body.session.user.username).toBe('officer.a');
    expect(live.body.session.csrfToken).toBe((await c.get('/api/auth/me')).body.csrfToken);
    w.clock.advance(31 * 60_000);
    const idle = await c.get('/api/auth/session');
    expect(idle.status).toBe(200);
    expect(idle.body.session).toBeNull();
  });

  it('sets an HttpOnly SameSite=Strict cookie and refuses writes without the CSRF token', async () => {
    const r = await attempt('officer.a', TEST_PASSWORD);
    expect(String(r.headers['set-cookie'])).toMatch(/HttpOnly/);
    expect(String(r.headers['set-cookie'])).toMatch(/SameSite=Strict/);
    const c = await signIn(w, 'officer.a');
    const noToken = await w.http.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: c.cookie },
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Brand#New22' },
    });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.field).toBe('x-csrf-token');
    expect(await kinds()).toContain('permissionDenied');
  });

  it('forces a password change at first sign-in, then lets the user in', async () => {
    await createPerson(w.app, systemActor, {
      username: 'fresh.user',
      displayName: '新用户',
      orgId: w.orgs.county.id,
      initialPassword: 'Initial#Pass9',
      roles: ['officer'],
    });
    const c = await signIn(w, 'fresh.user', 'Initial#Pass9');
    expect((await c.get('/api/auth/me')).body.user.mustChangePassword).toBe(true);
    expect((await c.get('/api/orgs/tree')).status).toBe(403);
    const weak = await c.send('POST', '/api/auth/password', { currentPassword: 'Initial#Pass9', newPassword: 'alllowercase' });
    expect(weak.status).toBe(400);
    expect(weak.body.error).toMatchObject({ field: 'newPassword' });
    expect(weak.body.error.message).toMatch(/至少三类/);
    expect((await c.send('POST', '/api/auth/password', { currentPassword: 'Initial#Pass9', newPassword: 'Changed#Pass7' })).status).toBe(204);
    expect((await c.get('/api/orgs/tree')).status).toBe(200);
  });

  it('answers bad input with a Chinese message naming the field, never a 500', async () => {
    const c = await signIn(w, 'officer.a');
    const r = await c.get('/api/people?pageSize=zero');
    expect(r.status).toBe(400);
    expect(r.body.error).toMatchObject({ code: 'validation', field: 'pageSize' });
    expect(r.body.error.message).toMatch(/pageSize/);
    const missing = await attempt('', '');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('shows the security audit to the auditAdmin alone', async () => {
    expect((await (await signIn(w, 'officer.a')).get('/api/security-events')).status).toBe(403);
    const audit = await (await signIn(w, 'auditor')).get('/api/security-events?kind=locked');
    expect(audit.status).toBe(200);
    expect(audit.body.items[0]).toMatchObject({ kind: 'locked', username: 'officer.a' });
  });
});
