import type { Actor, AppContext } from '../../platform/context.js';
import { Conflict, NotFound, RuleViolation } from '../../platform/errors.js';
import { appendEntry } from '../../platform/ledger/service.js';
import type { ChecklistOut, ListEntryMeta, ListHistory, PowerItemOut, PowerItemsOut, SaveChecklistIn, SavePowerItemIn, WithdrawIn } from './contract.js';
import type { LawCode } from './law/types.js';
import { effectiveList, entryCodeProblem, versionProblem, type ChecklistContent, type EffectiveEntry, type PowerItemContent } from './lists.js';
import { checklistStore, powerItemStore, type ListStore, type RowState, type StoredRow } from './lists-store.js';
import { cite } from './rules.js';
import { chainOf } from './service.js';
import { orgInScope } from '../../platform/orgs/scope.js';

// Use cases for an org's 检查表 and 权责清单 (rules in lists.ts, tables through lists-store.ts).
// Every change: scope checked first (403 outside the actor's subtree), then the rules (422), then
// the version (409), then one transaction with the row, its revision and one ledger entry.

type Effective<C> = EffectiveEntry<C, StoredRow<C>>;

async function inForce<C>(app: AppContext, actor: Actor, store: ListStore<C>, orgId: string, includeWithdrawn: boolean, code?: string) {
  const target = await orgInScope(app.db, actor, orgId);
  const chain = chainOf(target.path);
  const rows = await store.rows(app.db, chain, code);
  const builtIn = code === undefined ? store.builtIn : store.builtIn.filter((b) => b.code === code);
  return { target, rows, entries: effectiveList(builtIn, rows, chain, includeWithdrawn) };
}

async function commit<C>(
  app: AppContext,
  actor: Actor,
  store: ListStore<C>,
  orgId: string,
  code: string,
  own: StoredRow<C> | null,
  state: RowState<C>,
  ledger: Record<string, unknown>,
) {
  const action = state.withdrawn ? 'withdrawn' : 'saved';
  const lost = new Conflict(`该${store.label}已被他人修改，请刷新后重试`, 'version');
  await app.db.transaction(async (tx) => {
    // The version is checked again in the write itself so that two concurrent saves cannot both win.
    const id = own ? ((await store.update(tx, own.id, own.version, state)) ? own.id : null) : await store.insert(tx, orgId, code, state);
    if (!id) throw lost;
    const version = own ? own.version + 1 : 1;
    await store.addRevision(tx, id, {
      version,
      at: state.updatedAt,
      actorId: state.updatedBy,
      action,
      withdrawn: state.withdrawn,
      reason: state.withdrawnReason,
      content: state.content,
    });
    await appendEntry(tx, app, {
      orgId,
      actorId: actor.userId,
      action: `${store.kind}.${action}`,
      subjectType: store.kind,
      subjectId: id,
      payload: { code, version, ...ledger },
    });
  });
}

/** Creates the org's version of an entry (replacing a built-in or an ancestor's, or a new one), or updates it; a withdrawn entry saved again is back in force. */
export async function saveEntry<C>(
  app: AppContext,
  actor: Actor,
  store: ListStore<C>,
  code: string,
  orgId: string,
  version: number | null,
  content: C,
): Promise<Effective<C>> {
  const { target, rows } = await inForce(app, actor, store, orgId, true, code);
  const codeProblem = entryCodeProblem(code, {
    builtInCodes: new Set(store.builtIn.map((b) => b.code)),
    knownCodes: new Set(rows.map((r) => r.code)),
    regionCode: target.regionCode,
    label: store.label,
  });
  if (codeProblem) throw new RuleViolation(codeProblem, 'code');
  const [problem] = store.problems(content);
  if (problem) throw new RuleViolation(problem.message, problem.field);
  const own = rows.find((r) => r.orgId === target.id) ?? null;
  const stale = versionProblem(own, version, store.label);
  if (stale) throw new Conflict(stale, 'version');
  await commit(
    app,
    actor,
    store,
    target.id,
    code,
    own,
    { content, withdrawn: false, withdrawnReason: null, updatedBy: actor.userId, updatedAt: app.clock.now() },
    { content },
  );
  return (await inForce(app, actor, store, target.id, true, code)).entries[0];
}

/** Withdraws the entry in force for the org and its subtree. The content withdrawn is kept with the row. */
export async function withdrawEntry<C>(app: AppContext, actor: Actor, store: ListStore<C>, code: string, input: WithdrawIn): Promise<Effective<C>> {
  const { target, rows, entries } = await inForce(app, actor, store, input.orgId, true, code);
  const [entry] = entries;
  if (!entry) throw new NotFound(`${store.label} ${code} 不存在`, 'code');
  if (entry.withdrawn)
    throw new Conflict(`${store.label} ${code} 已停用${entry.from && entry.from.orgId !== target.id ? `（由${entry.from.orgName}停用）` : ''}`, 'code');
  const own = rows.find((r) => r.orgId === target.id) ?? null;
  await commit(
    app,
    actor,
    store,
    target.id,
    code,
    own,
    { content: entry.content, withdrawn: true, withdrawnReason: input.reason, updatedBy: actor.userId, updatedAt: app.clock.now() },
    { reason: input.reason },
  );
  return (await inForce(app, actor, store, target.id, true, code)).entries[0];
}

/** Every version of `code` held by the org or its ancestors, newest first, with the built-in entry. */
export async function entryHistory<C>(app: AppContext, actor: Actor, store: ListStore<C>, code: string, orgId: string): Promise<ListHistory<C>> {
  const { target, rows } = await inForce(app, actor, store, orgId, true, code);
  const builtIn = store.builtIn.find((b) => b.code === code) ?? null;
  if (!builtIn && rows.length === 0) throw new NotFound(`${store.label} ${code} 不存在`, 'code');
  const byId = new Map(rows.map((r) => [r.id, r]));
  const rank = new Map(chainOf(target.path).map((id, i) => [id, i]));
  const revisions = (
    await store.revisions(
      app.db,
      rows.map((r) => r.id),
    )
  )
    .map(({ entryId, ...r }) => ({ ...r, orgId: byId.get(entryId)!.orgId, orgName: byId.get(entryId)!.orgName }))
    // Same instant (one request, or a test clock): the nearer org's change is listed first.
    .sort((a, b) => b.at.getTime() - a.at.getTime() || rank.get(a.orgId)! - rank.get(b.orgId)! || b.version - a.version)
    .map(({ at, ...r }) => ({ ...r, at: at.toISOString() }));
  return { code, builtIn: builtIn?.content ?? null, revisions };
}

const meta = <C>(e: Effective<C>): ListEntryMeta => ({
  source: e.from
    ? { orgId: e.from.orgId, orgName: e.from.orgName, version: e.from.version, updatedAt: e.from.updatedAt.toISOString() }
    : { orgId: null, orgName: null, version: null, updatedAt: null },
  addition: e.addition,
  withdrawn: e.withdrawn,
  withdrawnReason: e.withdrawnReason,
});

// 检查表

const checklistOut = (e: Effective<ChecklistContent>): ChecklistOut => ({
  code: e.code,
  ...e.content,
  items: e.content.items.map((i) => ({ ...i, citation: cite(i.basis) })),
  ...meta(e),
});

/** Forms send null or '' for a cleared optional field; stored items carry only the keys they use. */
export function checklistContent(input: Omit<SaveChecklistIn, 'orgId' | 'version'>): ChecklistContent {
  return {
    title: input.title,
    scope: input.scope,
    items: input.items.map(({ code, text, basis: b, violationTypeCode, majorHazardCode }) => ({
      code,
      text,
      // The law code is checked against the catalogue by checklistProblems (422), not here.
      basis: {
        lawCode: b.lawCode as LawCode,
        article: b.article,
        ...(b.paragraph == null ? {} : { paragraph: b.paragraph }),
        ...(b.item == null ? {} : { item: b.item }),
      },
      ...(violationTypeCode ? { violationTypeCode } : {}),
      ...(majorHazardCode ? { majorHazardCode } : {}),
    })),
  };
}

export async function checklistsFor(app: AppContext, actor: Actor, orgId: string, includeWithdrawn = false): Promise<ChecklistOut[]> {
  return (await inForce(app, actor, checklistStore, orgId, includeWithdrawn)).entries.map(checklistOut);
}

export async function saveChecklist(app: AppContext, actor: Actor, code: string, input: SaveChecklistIn): Promise<ChecklistOut> {
  return checklistOut(await saveEntry(app, actor, checklistStore, code, input.orgId, input.version, checklistContent(input)));
}

export async function withdrawChecklist(app: AppContext, actor: Actor, code: string, input: WithdrawIn): Promise<ChecklistOut> {
  return checklistOut(await withdrawEntry(app, actor, checklistStore, code, input));
}

export const checklistHistory = (app: AppContext, actor: Actor, code: string, orgId: string) => entryHistory(app, actor, checklistStore, code, orgId);

// 权责清单

const powerItemOut = (e: Effective<PowerItemContent>): PowerItemOut => {
  const { matters: _, ...item } = e.content;
  return { code: e.code, ...item, ...meta(e) };
};

export function powerItemContent(input: Omit<SavePowerItemIn, 'orgId' | 'version'>): PowerItemContent {
  return {
    kind: input.kind,
    name: input.name,
    basis: input.basis,
    subject: input.subject,
    ...(input.responsibilities ? { responsibilities: input.responsibilities } : {}),
    ...(input.accountability ? { accountability: input.accountability } : {}),
    matters: input.matters,
  };
}

/** The same shape as the built-in list always had: power items, and their matters flattened with powerCode. */
export async function powerItemsFor(app: AppContext, actor: Actor, orgId: string, includeWithdrawn = false): Promise<PowerItemsOut> {
  const { entries } = await inForce(app, actor, powerItemStore, orgId, includeWithdrawn);
  return { powerItems: entries.map(powerItemOut), enforcementMatters: entries.flatMap((e) => e.content.matters.map((m) => ({ ...m, powerCode: e.code }))) };
}

export async function savePowerItem(app: AppContext, actor: Actor, code: string, input: SavePowerItemIn): Promise<PowerItemOut> {
  return powerItemOut(await saveEntry(app, actor, powerItemStore, code, input.orgId, input.version, powerItemContent(input)));
}

export async function withdrawPowerItem(app: AppContext, actor: Actor, code: string, input: WithdrawIn): Promise<PowerItemOut> {
  return powerItemOut(await withdrawEntry(app, actor, powerItemStore, code, input));
}

export const powerItemHistory = (app: AppContext, actor: Actor, code: string, orgId: string) => entryHistory(app, actor, powerItemStore, code, orgId);
