// A web module declares itself in modules/<name>/module.tsx: its capabilities, pages, menu
// entries, dictionary and workbench cards. The shell builds routes, menu, workbench and i18n
// from the one wiring list (modules/index.ts) with the pure functions below, so adding a module
// is its folder plus one line there.
import { lazy, type ComponentType, type ReactNode } from 'react';
import type { CapabilityTable } from '../../../src/platform/auth/capabilities';

/** One language's part of the dictionary: namespaces of keys, as i18next reads them. */
export type Messages = Record<string, Record<string, unknown>>;

/** `namespace.key` among a module's own entries, so a menu label missing from its dictionary fails tsc. */
export type MessageKey<M> = { [N in keyof M & string]: `${N}.${keyof M[N] & string}` }[keyof M & string];

/**
 * Where a page sits: `app` inside the signed-in layout; `signedIn` alone but behind sign-in
 * (the forced password change has no menu); `public` alone for anyone; `portal` in the public
 * portal's frame.
 */
export type Frame = 'app' | 'signedIn' | 'public' | 'portal';

export interface ModuleRoute {
  /** The whole URL pattern, as the address bar shows it. */
  path: string;
  page?: ComponentType;
  /** Instead of a page: where the URL leads (a group's first page). */
  redirect?: string;
  /** Typing a URL must not reveal a page the menu hides; the server refuses the data anyway. */
  capability?: string;
  frame?: Frame;
}

export interface NavChild<K extends string = string> {
  path: string;
  label: K;
  capability?: string;
}

export interface NavEntry<K extends string = string> extends NavChild<K> {
  /** Place among every module's entries, lowest first; numbers are unique across modules. */
  order: number;
  icon?: ReactNode;
  /** A group opens into these pages; its own path only marks it active. */
  children?: NavChild<K>[];
}

export interface WorkbenchCard {
  /** Place on the workbench, lowest first; numbers are unique across modules. */
  order: number;
  component: ComponentType;
  capability?: string;
  /** A single figure takes a quarter of a wide screen; lists and charts the full width. */
  size?: 'figure' | 'full';
}

/**
 * A tab on the enterprise's page (registry), filled by the module that holds that part of the
 * enterprise's story: its inspections, hazards, cases. The registry names none of them.
 */
export interface EnterpriseTab<K extends string = string> {
  /** The tab's key in the page's URL (`?tab=`), unique across modules. */
  key: string;
  /** Place after the registry's own tabs, lowest first; numbers are unique across modules. */
  order: number;
  label: K;
  component: ComponentType<{ enterpriseId: string }>;
  capability?: string;
}

export interface WebModule<M extends Messages = Messages> {
  /** The server module's name where there is one, so both halves are found by the same word. */
  name: string;
  /** The server module's own table: the web checks the very rules the routes enforce. */
  capabilities?: CapabilityTable;
  routes?: ModuleRoute[];
  nav?: NavEntry<MessageKey<M>>[];
  /** `en` is typed as `zh` (`WebModule<typeof zh>`), so a missing translation fails tsc. */
  messages: { zh: M; en: M };
  cards?: WorkbenchCard[];
  enterpriseTabs?: EnterpriseTab<MessageKey<M>>[];
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** The merged dictionary's type, for i18next's typed keys. */
export type MessagesOf<L extends readonly { messages: { zh: Messages } }[]> = UnionToIntersection<L[number]['messages']['zh']>;

/** A code-split page (or tab, with its props) from a module's named export: pages stay out of the first download. */
export const lazyPage = <K extends string, P extends object = Record<string, never>, T extends Record<K, ComponentType<P>> = Record<K, ComponentType<P>>>(
  load: () => Promise<T>,
  name: K,
): ComponentType<P> => lazy(() => load().then((m): { default: ComponentType<P> } => ({ default: m[name] })));

function refuseDuplicates(what: string, names: readonly (string | number)[]): void {
  const seen = new Set<string | number>();
  for (const name of names) {
    if (seen.has(name)) throw new Error(`${what} ${name} is declared twice`);
    seen.add(name);
  }
}

export { capabilityTableOf as capabilityTable } from '../../../src/platform/auth/capabilities';

export type BuiltRoute = ModuleRoute & { frame: Frame };

export function buildRoutes(modules: readonly WebModule[]): BuiltRoute[] {
  const routes = modules.flatMap((m) => m.routes ?? []).map((r) => ({ ...r, frame: r.frame ?? 'app' }));
  refuseDuplicates(
    'route',
    routes.map((r) => r.path),
  );
  return routes;
}

export type Allowed = (capability: string) => boolean;

const permitted = (allowed: Allowed, capability?: string) => capability === undefined || allowed(capability);

/** The menu in order, holding only what the user may open. */
export function buildNav(modules: readonly WebModule[], allowed: Allowed): NavEntry[] {
  const entries = modules.flatMap((m) => m.nav ?? []);
  refuseDuplicates(
    'menu order',
    entries.map((e) => e.order),
  );
  return entries
    .filter((e) => permitted(allowed, e.capability))
    .sort((a, b) => a.order - b.order)
    .map((e) => (e.children ? { ...e, children: e.children.filter((c) => permitted(allowed, c.capability)) } : e));
}

export function buildCards(modules: readonly WebModule[], allowed: Allowed): WorkbenchCard[] {
  const cards = modules.flatMap((m) => m.cards ?? []);
  refuseDuplicates(
    'workbench card',
    cards.map((c) => c.order),
  );
  return cards.filter((c) => permitted(allowed, c.capability)).sort((a, b) => a.order - b.order);
}

/** The modules' tabs on the enterprise page, in order, holding only what the user may read. */
export function buildEnterpriseTabs(modules: readonly WebModule[], allowed: Allowed): EnterpriseTab[] {
  const tabs = modules.flatMap((m) => m.enterpriseTabs ?? []);
  refuseDuplicates(
    'enterprise tab',
    tabs.map((t) => t.order),
  );
  refuseDuplicates(
    'enterprise tab',
    tabs.map((t) => t.key),
  );
  return tabs.filter((t) => permitted(allowed, t.capability)).sort((a, b) => a.order - b.order);
}

/**
 * The shell's dictionary and every module's, one level deep: modules share a namespace (each
 * adds its `nav` labels) but never a key, which would silently replace another's text.
 */
export function buildMessages(shell: Messages, modules: readonly WebModule[], lang: 'zh' | 'en'): Messages {
  const out: Record<string, Record<string, unknown>> = {};
  for (const part of [shell, ...modules.map((m) => m.messages[lang])]) {
    for (const [namespace, entries] of Object.entries(part)) {
      out[namespace] ??= {};
      const into = out[namespace];
      for (const [key, text] of Object.entries(entries)) {
        if (key in into) throw new Error(`message ${namespace}.${key} is declared twice`);
        into[key] = text;
      }
    }
  }
  return out;
}
