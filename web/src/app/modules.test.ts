import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineCapabilities, holds } from '../../../src/platform/auth/capabilities';
import { modules } from '../modules';
import { cases } from '../modules/cases/module';
import { registry } from '../modules/registry/module';
import { can, registerCapabilities } from './access';
import { en as shellEn } from './i18n/en';
import { zh as shellZh } from './i18n/zh';
import { buildCards, buildEnterpriseTabs, buildMessages, buildNav, buildRoutes, capabilityTable, type WebModule } from './modules';

const FixturePage = () => null;
const FixtureCard = () => null;
const FixtureTab = () => null;
const fixtureZh = { nav: { fixture: '测试模块' }, fixture: { title: '测试', tab: '测试记录' } };

/** What a new module looks like: its own folder would hold exactly this. */
const fixture: WebModule<typeof fixtureZh> = {
  name: 'fixture',
  capabilities: defineCapabilities({ 'fixture.read': ['officer'] }),
  routes: [{ path: '/fixture', page: FixturePage, capability: 'fixture.read' }],
  nav: [{ order: 45, path: '/fixture', label: 'nav.fixture', capability: 'fixture.read' }],
  messages: { zh: fixtureZh, en: { nav: { fixture: 'Fixture' }, fixture: { title: 'Test', tab: 'Test records' } } },
  cards: [{ order: 35, component: FixtureCard, capability: 'fixture.read' }],
  enterpriseTabs: [{ key: 'fixtures', order: 5, label: 'fixture.tab', component: FixtureTab, capability: 'fixture.read' }],
};

const list = [registry, fixture, cases];
const allowedFor = (roles: string[]) => (capability: string) => can(roles, capability);

describe('a module registered in the wiring list', () => {
  registerCapabilities(capabilityTable(list));

  it('has its menu entry, in order, for an officer and not for an enterprise user', () => {
    expect(buildNav(list, allowedFor(['officer'])).map((e) => e.label)).toEqual(['nav.enterprises', 'nav.cases', 'nav.fixture']);
    expect(buildNav(list, allowedFor(['enterpriseUser'])).map((e) => e.label)).toEqual([]);
    // A legal reviewer reads the registry and the cases but holds no fixture.read.
    expect(buildNav(list, allowedFor(['legalReviewer'])).map((e) => e.label)).toEqual(['nav.enterprises', 'nav.cases']);
  });

  it('has its route with the capability that guards it', () => {
    const route = buildRoutes(list).find((r) => r.path === '/fixture');
    expect(route).toMatchObject({ page: FixturePage, capability: 'fixture.read', frame: 'app' });
    expect(buildRoutes(list).find((r) => r.path === '/cases/:id')?.capability).toBe('case.read');
  });

  it('has its workbench card among the others, by order, for those who may see it', () => {
    const officer = buildCards(list, allowedFor(['officer']));
    expect(officer.map((c) => c.order)).toEqual([30, 35]);
    expect(officer[1].component).toBe(FixtureCard);
    expect(buildCards(list, allowedFor(['legalReviewer'])).map((c) => c.order)).toEqual([30]);
  });

  it('has its tab on the enterprise page, by order, for those who may see it', () => {
    const officer = buildEnterpriseTabs(list, allowedFor(['officer']));
    expect(officer.find((t) => t.key === 'fixtures')?.component).toBe(FixtureTab);
    expect(buildEnterpriseTabs(list, allowedFor(['legalReviewer'])).map((t) => t.key)).not.toContain('fixtures');
  });

  it('merges its messages with the shell and the other modules, sharing the nav namespace', () => {
    const zh = buildMessages(shellZh, list, 'zh');
    expect(zh.fixture).toEqual({ title: '测试', tab: '测试记录' });
    expect(zh.nav).toMatchObject({ mainMenu: '主菜单', fixture: '测试模块', cases: '行政处罚案件', enterprises: '监管对象库' });
    expect(buildMessages(shellEn, list, 'en').nav).toMatchObject({ fixture: 'Fixture', mainMenu: 'Main menu' });
  });

  it('throws on an unknown capability, so a typo fails its first test', () => {
    expect(can(['officer'], 'fixture.read')).toBe(true);
    expect(can(['officer', 'enterpriseUser'], 'workbench.view')).toBe(true);
    expect(() => can(['officer'], 'fixture.raed')).toThrow(/unknown capability fixture\.raed/);
  });

  it('refuses a capability, module, route, menu place or message declared twice', () => {
    const twin = (changes: Partial<WebModule>): WebModule => ({ ...fixture, name: 'twin', ...changes }) as WebModule;
    expect(() => capabilityTable([...list, twin({ routes: [], nav: [], cards: [] })])).toThrow(/fixture\.read is declared twice/);
    expect(() => capabilityTable([...list, twin({ capabilities: { 'ledger.read': ['officer'] } })])).toThrow(/ledger\.read/);
    expect(() => capabilityTable([...list, { ...fixture, capabilities: {} }])).toThrow(/module fixture/);
    expect(() => buildRoutes([...list, twin({})])).toThrow(/route \/fixture/);
    expect(() => buildNav([...list, twin({})], () => true)).toThrow(/menu order 45/);
    expect(() => buildCards([...list, twin({})], () => true)).toThrow(/workbench card 35/);
    expect(() => buildEnterpriseTabs([...list, twin({})], () => true)).toThrow(/enterprise tab 5/);
    expect(() => buildEnterpriseTabs([...list, twin({ enterpriseTabs: [{ ...fixture.enterpriseTabs![0], order: 6 }] })], () => true)).toThrow(
      /enterprise tab fixtures/,
    );
    expect(() => buildMessages(shellZh, [...list, twin({})], 'zh')).toThrow(/message nav\.fixture/);
  });
});

describe('the real wiring list', () => {
  const table = capabilityTable(modules);

  it('builds, with every capability its manifests name known to the merged table', () => {
    const named = [
      ...buildRoutes(modules).map((r) => r.capability),
      ...buildNav(modules, () => true).flatMap((e) => [e.capability, ...(e.children ?? []).map((c) => c.capability)]),
      ...buildCards(modules, () => true).map((c) => c.capability),
      ...buildEnterpriseTabs(modules, () => true).map((c) => c.capability),
    ].filter((c): c is string => c !== undefined);
    expect(named.length).toBeGreaterThan(30);
    for (const capability of named) expect(() => holds(table, [], capability), capability).not.toThrow();
    expect(() => buildMessages(shellZh, modules, 'zh')).not.toThrow();
    expect(() => buildMessages(shellEn, modules, 'en')).not.toThrow();
  });

  it('knows every capability named as a literal anywhere in web/src', () => {
    const root = path.resolve(import.meta.dirname, '..');
    const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'));
    const found = new Set<string>();
    for (const file of files) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      // `can(user.roles, 'x.y')`, also inside a conditional argument, and `capability: 'x.y'`.
      for (const [, args] of text.matchAll(/\bcan\([^,()]+,([^)]*)\)/g)) {
        for (const [, name] of args.matchAll(/'([\w]+\.[\w]+)'/g)) found.add(name);
      }
      for (const [, name] of text.matchAll(/capability[:=]\s*['"]([^'"]+)['"]/g)) found.add(name);
    }
    expect(found.size).toBeGreaterThan(30);
    const unknown = [...found].filter((name) => !(name in table));
    expect(unknown).toEqual([]);
  });
});
