// What other modules read of the credit module: who is on the 严重失信主体名单 now.
import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/db/index.js';
import { creditListing } from './schema.js';

/**
 * The enterprises on the 严重失信主体名单 at this moment (a listing in force: decided and not yet
 * removed). The draws module reads it when a credit-weighted draw is announced (差异化监管).
 */
export async function listedEnterpriseIds(ex: Executor): Promise<Set<string>> {
  const rows = await ex.selectDistinct({ id: creditListing.enterpriseId }).from(creditListing).where(eq(creditListing.state, 'listed'));
  return new Set(rows.map((r) => r.id));
}
