// Accounts by id, as pages name who acted: submitter, approver, proposer.
import { inArray } from 'drizzle-orm';
import type { Executor } from '../db/index.js';
import { userAccount } from './schema.js';

/** The display name of each account id given (nulls skipped); an unknown id is simply absent. */
export async function userNames(ex: Executor, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => x !== null))];
  if (wanted.length === 0) return new Map();
  const found = await ex.select({ id: userAccount.id, name: userAccount.displayName }).from(userAccount).where(inArray(userAccount.id, wanted));
  return new Map(found.map((u) => [u.id, u.name]));
}
