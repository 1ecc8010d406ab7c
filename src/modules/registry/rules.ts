import canonicalize from 'canonicalize';

/** The editable fields of an enterprise, in the order history shows them. */
export const TRACKED_FIELDS = [
  'name',
  'legalRepresentative',
  'principalPerson',
  'address',
  'regionCode',
  'orgId',
  'industryCode',
  'size',
  'riskGrade',
  'keyCategories',
  'standardizationGrade',
  'status',
  'contacts',
] as const;
export type TrackedField = (typeof TRACKED_FIELDS)[number];
export type Changes = Partial<Record<TrackedField, { from: unknown; to: unknown }>>;

// Arrays of categories are a set: the order an officer ticks them in is not a change.
const normal = (field: TrackedField, v: unknown) => (field === 'keyCategories' && Array.isArray(v) ? [...v].sort() : v);

/** The fields whose value differs between two versions (deep, key-order independent). */
export function changedFields(before: Partial<Record<TrackedField, unknown>> | null, after: Record<TrackedField, unknown>): Changes {
  const changes: Changes = {};
  for (const f of TRACKED_FIELDS) {
    const from = before ? normal(f, before[f]) : null;
    const to = normal(f, after[f]);
    if (canonicalize(from ?? null) !== canonicalize(to ?? null)) changes[f] = { from, to };
  }
  return changes;
}

/**
 * Region codes to try, most specific first, when an enterprise is given to the org of its
 * region: township (9 digits), county, city, province (GB/T 2260 prefixes padded with zeros).
 */
export function regionCandidates(regionCode: string): string[] {
  const county = regionCode.slice(0, 6);
  const out = regionCode.length === 9 ? [regionCode] : [];
  out.push(county, `${county.slice(0, 4)}00`, `${county.slice(0, 2)}0000`);
  return [...new Set(out)];
}
