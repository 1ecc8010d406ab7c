import { describe, expect, it } from 'vitest';
import { Forbidden } from './errors.js';
import { assertSeparateDuties, separationOfDutiesProblem } from './permissions.js';

describe('separation of duties', () => {
  it('refuses an actor who is among those involved', () => {
    expect(separationOfDutiesProblem('u1', ['u2', 'u1'])).toMatch(/职责分离/);
    expect(() => assertSeparateDuties('u1', ['u1'], 'reviewerId')).toThrow(Forbidden);
  });
  it('allows someone else, and the system acting alone', () => {
    expect(separationOfDutiesProblem('u3', ['u1', 'u2', null, undefined])).toBeNull();
    expect(separationOfDutiesProblem(null, [null])).toBeNull();
  });
});
