// What other modules read of people: officers by name with the credential (执法证) they show.
import { and, desc, gte, inArray, lte } from 'drizzle-orm';
import { userAccount } from '../../platform/auth/schema.js';
import type { Executor } from '../../platform/db/index.js';
import { credential } from './schema.js';

/** The officers in the given order, each with the credential valid on `onDate` (亮证). */
export async function officersOf(ex: Executor, ids: readonly string[], onDate: string) {
  if (!ids.length) return [];
  const people = await ex
    .select({ id: userAccount.id, name: userAccount.displayName })
    .from(userAccount)
    .where(inArray(userAccount.id, [...ids]));
  const creds = await ex
    .select({ userId: credential.userId, number: credential.number })
    .from(credential)
    .where(and(inArray(credential.userId, [...ids]), lte(credential.validFrom, onDate), gte(credential.validTo, onDate)))
    .orderBy(desc(credential.validTo));
  return ids.map((id) => ({ id, name: people.find((p) => p.id === id)?.name ?? '', credentialNo: creds.find((c) => c.userId === id)?.number ?? null }));
}
