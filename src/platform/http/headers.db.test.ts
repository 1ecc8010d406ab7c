import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODULES } from '../../modules/index.js';
import { createWorld, type TestWorld } from '../../testing/fixture.js';
import { buildHttpApp, type HttpApp } from './app.js';

// Security headers on every kind of answer, and HEAD wherever GET is served (issue 15).
let w: TestWorld;
let withPages: HttpApp;
let secure: HttpApp;
const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'zhifa-web-'));
beforeAll(async () => {
  w = await createWorld();
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>执法</title>');
  withPages = await buildHttpApp(w.app, { modules: MODULES, webDist: dist });
  secure = await buildHttpApp(w.app, { modules: MODULES, cookieSecure: true });
}, 60_000);
afterAll(async () => {
  await withPages.close();
  await secure.close();
  await w.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

const policy = (h: Record<string, unknown>) => String(h['content-security-policy'] ?? '');

describe('HTTP security headers', () => {
  it('are on pages, API answers, errors and the public portal API', async () => {
    for (const url of ['/', '/cases/123', '/api/public/disclosures', '/api/auth/me', '/api/no-such-route']) {
      const res = await withPages.inject({ method: 'GET', url });
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('same-origin');
      expect(res.headers['x-frame-options'], url).toBe('SAMEORIGIN');
      expect(policy(res.headers), url).toContain("frame-ancestors 'self'");
      expect(policy(res.headers), url).toContain("script-src 'self'");
      expect(policy(res.headers), url).not.toContain('unsafe-eval');
      expect(res.headers['strict-transport-security'], url).toBeUndefined();
    }
  });

  it('add HSTS and upgrade-insecure-requests only behind HTTPS (secure cookie)', async () => {
    const res = await secure.inject({ method: 'GET', url: '/api/public/disclosures' });
    expect(res.headers['strict-transport-security']).toMatch(/max-age=31536000/);
    expect(policy(res.headers)).toContain('upgrade-insecure-requests');
  });
});

describe('HEAD', () => {
  it('answers wherever GET does: pages, the client routes and the API', async () => {
    for (const url of ['/', '/cases/123', '/portal', '/api/public/disclosures', '/healthz']) {
      const get = await withPages.inject({ method: 'GET', url });
      const head = await withPages.inject({ method: 'HEAD', url });
      expect(head.statusCode, url).toBe(get.statusCode);
      expect(head.statusCode, url).toBe(200);
      expect(head.body, url).toBe('');
    }
    expect((await withPages.inject({ method: 'HEAD', url: '/api/no-such-route' })).statusCode).toBe(404);
  });
});
