// The name a case's state is shown under. 已告知 covers the party's windows to speak (第六十二条)
// and to ask for a hearing (第六十四条); once the party gives them up in writing, or they run out,
// the name says so rather than still reading 陈述申辩期.
import { CASE_STATES, type CaseState } from './machine.js';

export interface StateNameFacts {
  readonly state: CaseState;
  readonly statementPeriodEndsOn: string | null;
  /** Set only when the party has a hearing right (第六十三条). */
  readonly hearingRequestEndsOn: string | null;
  readonly waivers: readonly { readonly waives: readonly string[] }[];
}

export function stateNameOf(c: StateNameFacts, today: string): string {
  if (c.state !== 'noticed') return CASE_STATES[c.state];
  const waived = (right: string) => c.waivers.some((w) => w.waives.includes(right));
  const statementWaived = waived('statement');
  const hearingWaived = waived('hearing');
  const statementOpen = !statementWaived && !(c.statementPeriodEndsOn && today > c.statementPeriodEndsOn);
  const hearingOpen = c.hearingRequestEndsOn !== null && !hearingWaived && today <= c.hearingRequestEndsOn;
  if (statementOpen) return hearingWaived ? '已告知（陈述申辩期，当事人已放弃听证）' : CASE_STATES.noticed;
  const statement = statementWaived && hearingWaived ? '当事人已放弃陈述申辩和听证' : statementWaived ? '当事人已放弃陈述申辩' : '陈述申辩期已届满';
  return `已告知（${statement}，${hearingOpen ? '听证申请期' : '待作出决定'}）`;
}
