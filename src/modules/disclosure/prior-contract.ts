import { z } from 'zod';

// 事前公开 (三项制度, 国办发〔2018〕118号 二): what an enforcement subject must publish before it acts.
// Shared by server and web; no server imports.

export const subjectIdParams = z.object({ id: z.uuid() });
export const officersQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export const publicSubject = z.object({
  id: z.uuid(),
  name: z.string(),
  level: z.string(),
  regionCode: z.string(),
  parentName: z.string().nullable(),
});
export type PublicSubject = z.infer<typeof publicSubject>;

const citation = z.object({ law: z.string(), article: z.string() });
export type Citation = z.infer<typeof citation>;

export const procedureStep = z.object({ name: z.string(), detail: z.string(), basis: citation });
export const procedure = z.object({ key: z.enum(['general', 'summary']), name: z.string(), scope: z.string(), basis: citation, steps: z.array(procedureStep) });
export type Procedure = z.infer<typeof procedure>;

export const remedy = z.object({ kind: z.enum(['reconsideration', 'litigation']), name: z.string(), body: z.string(), period: z.string(), basis: citation });
export type Remedy = z.infer<typeof remedy>;

export const channel = z.object({ name: z.string(), contact: z.string(), note: z.string(), basis: citation.nullable() });
export type Channel = z.infer<typeof channel>;

export const subjectDetail = publicSubject.extend({
  /** The powers in force for this org (the built-in 权责清单 plus its own entries), matters at its level. */
  powers: z.array(z.object({ code: z.string(), kind: z.string(), name: z.string(), basis: z.string(), subject: z.string() })),
  enforcementMatters: z.array(z.object({ code: z.string(), powerCode: z.string(), name: z.string(), level: z.string() })),
  spotCheckMatters: z.array(z.object({ code: z.string(), name: z.string(), legalBasis: z.string(), ratioPermille: z.number(), frequency: z.string() })),
  remedies: z.array(remedy),
  channels: z.array(channel),
});
export type SubjectDetail = z.infer<typeof subjectDetail>;

/** Names and credential numbers only (三项制度: 执法人员姓名、执法证号); nothing else about a person. */
export const publicOfficer = z.object({ name: z.string(), credentialNumber: z.string() });
export type PublicOfficer = z.infer<typeof publicOfficer>;
export const officersPage = z.object({ items: z.array(publicOfficer), total: z.number() });
export type OfficersPage = z.infer<typeof officersPage>;
