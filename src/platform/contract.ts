import { z } from 'zod';

// zod pieces every module's contract shares.
export const isoDate = z.iso.date({ error: '须为 YYYY-MM-DD 格式的日期' });

/** The largest page number a list accepts: beyond it the offset would overflow PostgreSQL's bigint. */
const MAX_PAGE = 100_000;

/**
 * What every list takes (cases, tasks, hazards, disclosures): a search term (a party's or an
 * enterprise's name, or its 统一社会信用代码), a date range on the list's main date, the sort
 * column (one of `sorts`) and direction, and the page. Modules add their own filters.
 */
export function listQuery<S extends readonly [string, ...string[]]>(sorts: S) {
  return z.object({
    q: z.string().trim().max(60).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    sort: z.enum(sorts).optional(),
    order: z.enum(['asc', 'desc']).optional(),
    page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(20),
  });
}

// A proof of work (platform/http/proof-of-work.ts): the challenge as altcha-lib issues it, and the
// solution the browser found.
export const challengeOut = z.object({
  parameters: z.object({
    algorithm: z.string(),
    nonce: z.string(),
    salt: z.string(),
    cost: z.number(),
    keyLength: z.number(),
    keyPrefix: z.string(),
    keySignature: z.string().optional(),
    expiresAt: z.number().optional(),
  }),
  signature: z.string().optional(),
});

export const proofIn = z.object({
  challenge: challengeOut,
  solution: z.object({ counter: z.number().int().min(0), derivedKey: z.string().regex(/^[0-9a-f]{1,128}$/), time: z.number().optional() }),
});
export type ProofIn = z.infer<typeof proofIn>;
