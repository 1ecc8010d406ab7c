import { expect } from 'vitest';
import { DomainError } from '../platform/errors.js';
import { headSeq } from '../platform/ledger/service.js';
import type { TestWorld } from '../platform/testing/world.js';

/** Runs a step that must be refused: a typed error, and not one ledger entry written. Tests only. */
export async function refusalOf(w: TestWorld, act: () => Promise<unknown>): Promise<DomainError> {
  const seq = await headSeq(w.app.db);
  const e = await act().then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(DomainError);
  expect(await headSeq(w.app.db), 'a refusal writes nothing').toBe(seq);
  return e as DomainError;
}
