import { benchmarkInForce } from '../../../../src/modules/catalogue/benchmark';
import { useOrg } from '../orgs/api';
import type { BenchmarkOut } from './api';
import { chinaToday } from '../../app/format';

export const today = chinaToday;

/**
 * The org's name, and its chain: org ids from the org up to the root, the order the server
 * prefers benchmarks in.
 */
export function useOrgChain(orgId: string): { name: string | undefined; chain: string[] | null } {
  const org = useOrg(orgId);
  return { name: org.data?.name, chain: org.data ? org.data.path.split('/').filter(Boolean).reverse() : null };
}

/** The version the org applies on `onDate`, by the server's own rule (benchmarkInForce). */
export function applicableVersion(versions: BenchmarkOut[], chain: string[] | null, onDate: string): BenchmarkOut | null {
  if (!chain || versions.length === 0) return null;
  const found = benchmarkInForce(versions, versions[0].violationTypeCode, chain, onDate, versions[0].stage);
  // benchmarkInForce returns one of the objects it was given.
  return versions.find((b) => b === found) ?? null;
}
