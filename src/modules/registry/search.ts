import { and, ilike, like, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';

/** Distinct two-character fragments of the lower-cased text: the JS twin of zhifa_bigrams (migration 0006). */
export function bigrams(text: string): string[] {
  const chars = [...text.toLowerCase()];
  return [...new Set(chars.slice(0, -1).map((c, i) => c + chars[i + 1]))];
}

// LIKE wildcards typed by a user are searched for literally.
const literal = (term: string) => term.replace(/[\\%_]/g, '\\$&');

/**
 * Matches names containing the term (case-insensitively): the bigram index narrows the rows,
 * ILIKE confirms. A one-character term has no bigram and falls back to ILIKE alone.
 */
export function nameContains(name: AnyColumn, nameBigrams: AnyColumn, term: string): SQL {
  const grams = bigrams(term);
  const confirm = ilike(name, `%${literal(term)}%`);
  if (grams.length === 0) return confirm;
  const contains = sql`${nameBigrams} @> ${sql.param(grams)}::text[]`;
  // A two-character term is its own bigram: containment is already exact.
  return [...term].length === 2 ? contains : and(contains, confirm)!;
}

/** A name fragment or a USCC prefix; a term with Chinese characters cannot be a USCC. */
export function nameOrUscc(name: AnyColumn, nameBigrams: AnyColumn, uscc: AnyColumn, term: string): SQL {
  const byName = nameContains(name, nameBigrams, term);
  return /[\u3400-\u9fff]/.test(term) ? byName : or(byName, like(uscc, `${literal(term.toUpperCase())}%`))!;
}
