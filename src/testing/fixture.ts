import { generateSealKey } from '../platform/crypto/seal.js';
import pino from 'pino';
import { FixedClock, systemClock, type Clock } from '../platform/clock.js';
import type { AppContext } from '../platform/context.js';
import { systemActor } from '../platform/context.js';
import { eventBus } from '../platform/events.js';
import { buildHttpApp } from '../platform/http/app.js';
import type { Client, Res, TestWorld } from '../platform/testing/world.js';
import { generateSigningKey } from '../platform/ledger/keys.js';
import { hashPassword } from '../platform/auth/password.js';
import type { Role } from '../platform/auth/roles.js';
import { createOrg, createRootOrg } from '../platform/orgs/service.js';
import { createPerson } from '../modules/people/service.js';
import { createTestDatabase } from '../platform/testing/db.js';
import type { Database } from '../platform/db/index.js';
import { MODULES } from '../modules/index.js';
import type { ServerModule } from '../platform/modules.js';

export const TEST_PASSWORD = 'Test#Pass1';
const sharedHash = hashPassword(TEST_PASSWORD);
const signingKey = generateSigningKey();
const sealKey = generateSealKey();

export type { Client, OrgRef, Res, TestWorld } from '../platform/testing/world.js';

/** What the services need, over a test database: the modules' events, a silent log, SM3 and a test key. */
export function testApp(database: Database, clock: Clock = systemClock, modules: readonly ServerModule[] = MODULES): AppContext {
  const app: AppContext = {
    db: database.db,
    dbKind: database.kind,
    clock,
    hashAlg: 'sm3',
    signingKey,
    sealKey,
    publicUrl: 'https://zhifa.test',
    log: pino({ level: 'silent' }),
    events: eventBus(modules, () => app),
  };
  return app;
}

/**
 * A migrated database with a small tree (ministry → province → city → county → township, and a
 * sibling city with its county) and an HTTP app, on a clock the test controls.
 */
export async function createWorld(start = new Date('2026-03-02T02:00:00Z'), modules: readonly ServerModule[] = MODULES): Promise<TestWorld> {
  const database = await createTestDatabase();
  const clock = new FixedClock(start);
  const app = testApp(database, clock, modules);
  const ministry = await createRootOrg(app, systemActor, { name: '应急管理部', shortName: '应急部', regionCode: '100000' });
  const province = await createOrg(app, systemActor, {
    parentId: ministry.id,
    level: 'province',
    name: '湖北省应急管理厅',
    shortName: '鄂',
    regionCode: '420000',
  });
  const city = await createOrg(app, systemActor, { parentId: province.id, level: 'city', name: '咸宁市应急管理局', shortName: '咸', regionCode: '421200' });
  const county = await createOrg(app, systemActor, { parentId: city.id, level: 'county', name: '咸安区应急管理局', shortName: '咸安', regionCode: '421202' });
  const township = await createOrg(app, systemActor, { parentId: county.id, level: 'township', name: '温泉街道', shortName: '温泉', regionCode: '421202001' });
  const siblingCity = await createOrg(app, systemActor, {
    parentId: province.id,
    level: 'city',
    name: '武汉市应急管理局',
    shortName: '汉',
    regionCode: '420100',
  });
  const siblingCounty = await createOrg(app, systemActor, {
    parentId: siblingCity.id,
    level: 'county',
    name: '江岸区应急管理局',
    shortName: '江岸',
    regionCode: '420102',
  });
  const http = await buildHttpApp(app, { modules });
  return {
    database,
    app,
    clock,
    http,
    orgs: { ministry, province, city, county, township, siblingCity, siblingCounty },
    close: async () => {
      await http.close();
      await database.close();
    },
  };
}

/** An account that can sign in with TEST_PASSWORD, already past its first password change. */
export async function addUser(w: TestWorld, username: string, orgId: string, roles: Role[]) {
  return createPerson(w.app, systemActor, {
    username,
    displayName: username,
    orgId,
    initialPassword: TEST_PASSWORD,
    passwordHash: await sharedHash,
    roles,
    mustChangePassword: false,
  });
}

export async function signIn(w: TestWorld, username: string, password = TEST_PASSWORD): Promise<Client> {
  const r = await w.http.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { username, password } });
  if (r.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${r.statusCode} ${r.body}`);
  const cookie = r.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = r.json().csrfToken as string;
  // Downloads (xlsx, docx, pdf) come back as raw bytes; everything else is JSON.
  const parse = (res: { statusCode: number; body: string; rawPayload: Buffer; headers: Record<string, unknown> }): Res => ({
    status: res.statusCode,
    body: !res.body ? null : String(res.headers['content-type'] ?? '').includes('json') ? JSON.parse(res.body) : res.rawPayload,
  });
  return {
    csrf,
    cookie,
    get: async (url) => parse(await w.http.inject({ method: 'GET', url, headers: { cookie } })),
    send: async (method, url, body) =>
      parse(
        await w.http.inject({
          method,
          url,
          headers: { cookie, 'x-csrf-token': csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
          payload: body === undefined ? undefined : JSON.stringify(body),
        }),
      ),
  };
}
