import { Forbidden } from './errors.js';

/**
 * Separation of duties: nobody approves, reviews or grants what they themselves submitted or
 * what concerns themselves. One rule, reused by every module that has a second pair of eyes.
 */
export function separationOfDutiesProblem(actorId: string | null, involved: readonly (string | null | undefined)[]): string | null {
  if (actorId === null) return null;
  return involved.includes(actorId) ? '职责分离：不得审核、批准或授权本人提交或涉及本人的事项' : null;
}

export function assertSeparateDuties(actorId: string | null, involved: readonly (string | null | undefined)[], field?: string): void {
  const problem = separationOfDutiesProblem(actorId, involved);
  if (problem) throw new Forbidden(problem, field);
}
