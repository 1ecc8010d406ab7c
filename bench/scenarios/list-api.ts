import { MODULES } from '../../src/modules/index.js';
import autocannon, { type Result } from 'autocannon';
import Fastify, { type FastifyInstance } from 'fastify';
import { buildHttpApp } from '../../src/platform/http/app.js';
import type { Scenario } from './types.js';

// Searches an officer would type, each with a risk filter: name fragments of trades and places.
const TERMS = ['化工', '建材', '机械', '咸安', '纺织', '商贸', '湖北', '矿业'];
const GRADES = ['high', 'moderate', 'low', 'major'];
const PATHS = TERMS.map((q, i) => `/api/enterprises?q=${encodeURIComponent(q)}&riskGrade=${GRADES[i % GRADES.length]}`);
const NEW_PASSWORD = 'Bench#2026-zhifa';

async function listen(http: FastifyInstance): Promise<string> {
  await http.listen({ host: '127.0.0.1', port: 0 });
  const address = http.server.address();
  if (!address || typeof address === 'string') throw new Error('no TCP address');
  return `http://127.0.0.1:${address.port}`;
}

/** Signs in as the world's officer, doing the first-sign-in password change when asked to. */
async function signIn(base: string, username: string, password: string): Promise<string> {
  const r = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (r.status !== 200) throw new Error(`sign-in of ${username}: ${r.status} ${await r.text()}`);
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const me = (await r.json()) as { csrfToken: string; user: { mustChangePassword: boolean } };
  if (me.user.mustChangePassword) {
    const c = await fetch(`${base}/api/auth/password`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': me.csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ currentPassword: password, newPassword: NEW_PASSWORD }),
    });
    if (c.status !== 204) throw new Error(`password change of ${username}: ${c.status} ${await c.text()}`);
  }
  return cookie;
}

async function load(base: string, cookie: string | null, duration: number, connections: number): Promise<Result> {
  // A generous timeout: a slow answer is a result to report, not an error.
  const r = await autocannon({
    url: base,
    connections,
    duration,
    timeout: 120,
    headers: cookie ? { cookie } : {},
    requests: PATHS.map((path) => ({ method: 'GET', path })),
  });
  if (r.errors || r.timeouts || r.non2xx) throw new Error(`load run had ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx responses`);
  return r;
}

export const listApi: Scenario = {
  name: 'list-api',
  summary: 'GET /api/enterprises?q=…&riskGrade=… on the real HTTP app vs a bare Fastify route serving the same bytes',
  async run({ app, world, options, log }) {
    const http = await buildHttpApp(app, { modules: MODULES });
    const bare = Fastify({ logger: false });
    try {
      const base = await listen(http);
      const cookie = await signIn(base, world.officer.username, world.officer.password);
      // The bare server answers each path with the body the real one gave, byte for byte.
      const bodies = new Map<string, string>();
      for (const path of PATHS) {
        const r = await fetch(base + path, { headers: { cookie } });
        const body = await r.text();
        if (r.status !== 200) throw new Error(`${path}: ${r.status} ${body}`);
        bodies.set(path, body);
      }
      const totals = [...bodies.values()].map((b) => (JSON.parse(b) as { total: number }).total);
      if (totals.every((t) => t === 0)) throw new Error('every list query matched nothing; the benchmark would measure empty pages');
      bare.get('/api/enterprises', (req, reply) => reply.type('application/json; charset=utf-8').send(bodies.get(req.url)));
      const bareBase = await listen(bare);
      const { duration, connections } = options;
      // A short warm-up each, so JIT and connection set-up are not in the measured run.
      await load(bareBase, null, 2, connections);
      await load(base, cookie, 2, connections);
      const b = await load(bareBase, null, duration, connections);
      log(`list-api baseline: ${b.requests.average} req/s`);
      const d = await load(base, cookie, duration, connections);
      log(`list-api app: ${d.requests.average} req/s`);
      const avgBytes = Math.round([...bodies.values()].reduce((s, x) => s + Buffer.byteLength(x), 0) / bodies.size);
      const note = `${connections} connections × ${duration} s, ${PATHS.length} queries in turn (matches: ${totals.join('/')}), ${avgBytes} B per page; baseline: bare Fastify route returning the same JSON`;
      const detail = {
        app: { requests: d.requests.total, bytesPerSecond: d.throughput.average },
        baseline: { requests: b.requests.total, bytesPerSecond: b.throughput.average },
      };
      return [
        { metric: 'req/s', unit: 'req/s', value: d.requests.average, baseline: b.requests.average, note, detail },
        { metric: 'p50 latency', unit: 'ms', value: d.latency.p50, baseline: b.latency.p50 },
        { metric: 'p99 latency', unit: 'ms', value: d.latency.p99, baseline: b.latency.p99 },
      ];
    } finally {
      await bare.close();
      await http.close();
    }
  },
};
