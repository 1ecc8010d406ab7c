import { z } from 'zod';

/** GET /api/cases/:id/case-file — the 卷宗's state and its table of contents (卷内目录). */
export const caseFileOut = z.object({
  /** notArchived: no file yet; notOwed: archived before files were assembled; pending: being assembled; assembled. */
  status: z.enum(['notArchived', 'notOwed', 'pending', 'assembled']),
  owedAt: z.date().optional(),
  attempts: z.number().optional(),
  /** The last attempt failed; it is retried. */
  failed: z.boolean().optional(),
  assembledAt: z.date().nullable().optional(),
  manifestSm3: z.string().nullable().optional(),
  ledgerSeq: z.number().nullable().optional(),
  contents: z.array(z.object({ no: z.number(), kind: z.string(), title: z.string(), number: z.string(), pages: z.string(), basis: z.string() })),
  files: z.number(),
  evidence: z.number(),
});
export type CaseFileOut = z.infer<typeof caseFileOut>;

export const manifestParams = z.object({ sm3: z.string().regex(/^[0-9a-f]{64}$/, '清单摘要应为 64 位小写十六进制') });

const alg = z.enum(['sm3', 'sha256']);
/** GET /api/public/case-files/:sm3/proof — the assembly entry's proof, in the ledger's public proof format. */
export const ledgerProofOut = z.object({
  format: z.literal('zhifa-disclosure-proof/1'),
  document: z.unknown(),
  entry: z.object({
    seq: z.number().int(),
    at: z.string(),
    orgId: z.string().nullable(),
    actorId: z.string().nullable(),
    action: z.string(),
    subjectType: z.string(),
    subjectId: z.string(),
    payloadDigest: z.string(),
    prevHash: z.string(),
    entryHash: z.string(),
    alg,
  }),
  inclusion: z.object({ leafIndex: z.number().int(), treeSize: z.number().int(), auditPath: z.array(z.string()) }),
  checkpoint: z.object({
    id: z.number().int(),
    treeSize: z.number().int(),
    rootHash: z.string(),
    at: z.string(),
    alg,
    keyId: z.string(),
    signature: z.string(),
    sigScheme: z.string().optional(),
    publicKeyPem: z.string(),
  }),
});
