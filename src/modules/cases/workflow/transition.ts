// Taking an event on a penalty case: state, then role, then the event's guards. A refusal is a
// value, never a throw, so the UI can list what is possible and the service can map it to RuleViolation.
import { CASE_EVENTS, CASE_STATES, type CaseEvent, type CaseEventName, type CaseState, type Effect } from './machine.js';
import type { CaseFacts } from './facts.js';
import { ACTOR_GUARDS, type Actor, type Problem } from './guards.js';

export interface CaseSnapshot {
  readonly id: string;
  readonly state: CaseState;
}

export type TransitionResult =
  | { readonly ok: true; readonly from: CaseState; readonly to: CaseState; readonly effects: readonly Effect[] }
  | ({ readonly ok: false } & Problem);

const ROLE_NAMES: Record<string, string> = {
  officer: '执法人员',
  legalReviewer: '法制审核人员',
  sectionChief: '承办机构负责人',
  deputyHead: '分管负责人',
  head: '主要负责人',
};

const isEvent = (e: string): e is CaseEventName => Object.hasOwn(CASE_EVENTS, e);
const isState = (s: string): s is CaseState => Object.hasOwn(CASE_STATES, s);

/** The event is taken by one of its roles, or this is why not. */
function roleProblem(def: CaseEvent, actor: Actor): Problem | null {
  if (actor.roles.some((r) => (def.roles as readonly string[]).includes(r))) return null;
  return { problem: `「${def.name}」须由${def.roles.map((r) => ROLE_NAMES[r] ?? r).join('或')}办理`, field: 'actor', article: def.article };
}

export function transition(penaltyCase: CaseSnapshot, event: string, actor: Actor, facts: CaseFacts, today: string): TransitionResult {
  if (!isState(penaltyCase.state)) return { ok: false, problem: `未知的案件状态：${penaltyCase.state}`, field: 'state' };
  if (!isEvent(event)) return { ok: false, problem: `未知的办案环节：${event}`, field: 'event' };
  const def: CaseEvent = CASE_EVENTS[event];
  const from = penaltyCase.state;
  const path = def.paths.find(([f]) => f === from);
  if (!path) {
    if (def.blockedIn?.states.includes(from)) {
      const { problem, field, article } = def.blockedIn;
      return { ok: false, problem, field, article };
    }
    return { ok: false, problem: `案件处于「${CASE_STATES[from]}」，不能「${def.name}」`, field: 'state', article: def.article };
  }
  const role = roleProblem(def, actor);
  if (role) return { ok: false, ...role };
  for (const guard of def.guards) {
    const refused = guard({ facts, actor, today, from });
    if (refused) return { ok: false, ...refused };
  }
  return { ok: true, from, to: path[1], effects: def.effects?.(facts) ?? [] };
}

/**
 * Whether this actor may take the event at all — role and separation of duties — before anything
 * about the request's body is judged: a refusal to act must not wait on a missing field (and
 * must not tell a stranger which fields the step needs). Null when the actor may; other problems
 * are left to `transition`.
 */
export function whoMayAct(penaltyCase: CaseSnapshot, event: string, actor: Actor, facts: CaseFacts, today: string): Problem | null {
  if (!isEvent(event) || !isState(penaltyCase.state)) return null;
  const def: CaseEvent = CASE_EVENTS[event];
  if (!def.paths.some(([f]) => f === penaltyCase.state)) return null;
  const role = roleProblem(def, actor);
  if (role) return role;
  for (const guard of def.guards) {
    if (!ACTOR_GUARDS.has(guard)) continue;
    const refused = guard({ facts, actor, today, from: penaltyCase.state });
    if (refused) return refused;
  }
  return null;
}

/** The events this actor may take on the case today, for the UI. */
export function availableEvents(penaltyCase: CaseSnapshot, actor: Actor, facts: CaseFacts, today: string): CaseEventName[] {
  return (Object.keys(CASE_EVENTS) as CaseEventName[]).filter((e) => transition(penaltyCase, e, actor, facts, today).ok);
}
