import { z } from 'zod';
import { isoDate, listQuery } from '../../platform/contract.js';
import { FILE_STATES, GRADES, ROUND_STATES } from './codes.js';

// 案卷评查: shared by server and web (no server imports).

const version = z.number().int().positive();

export const EVALUATION_FILE_SORTS = ['score', 'closedOn', 'scoredAt'] as const;

export const listEvaluationFilesQuery = listQuery(EVALUATION_FILE_SORTS).extend({
  orgId: z.uuid().optional(),
  roundId: z.uuid().optional(),
  state: z.enum(FILE_STATES).optional(),
  grade: z.enum(GRADES).optional(),
  excellent: z.enum(['true', 'false']).optional(),
});
export type ListEvaluationFilesQuery = z.infer<typeof listEvaluationFilesQuery>;

export const listRoundsQuery = z.object({ orgId: z.uuid().optional(), state: z.enum(ROUND_STATES).optional() });
export const roundIdParams = z.object({ id: z.uuid() });
export const fileParams = z.object({ id: z.uuid(), fileId: z.uuid() });
export const noticeQuery = z.object({ format: z.enum(['pdf', 'docx']).default('pdf') });

export const beaconIn = z.object({
  source: z.string().trim().min(2, '公开随机源至少 2 个字').max(100, '公开随机源不超过 100 个字'),
  format: z.string().trim().min(2, '随机源取值格式至少 2 个字').max(100, '随机源取值格式不超过 100 个字'),
  expectedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/, '随机源公布时间须为北京时间，如 2026-12-05T21:15:00+08:00'),
});

export const createRoundIn = z
  .object({
    orgId: z.uuid({ error: '请选择组织评查的机关' }),
    name: z.string().trim().min(4, '评查活动名称至少 4 个字').max(100, '评查活动名称不超过 100 个字'),
    periodFrom: isoDate,
    periodTo: isoDate,
    orgIds: z
      .array(z.uuid({ error: '请选择被评查机关' }))
      .min(1, '请选择被评查机关')
      .max(100, '被评查机关不超过 100 个'),
    perOrg: z.number().int().min(1, '每个机关抽取案卷数至少 1 份').max(50, '每个机关抽取案卷数不超过 50 份').nullish(),
    sharePercent: z.number().int().min(1, '抽取比例至少 1%').max(100, '抽取比例不超过 100%').nullish(),
    beacon: beaconIn,
  })
  .refine((v) => (v.perOrg ?? null) !== null || (v.sharePercent ?? null) !== null, { message: '请填写每个机关抽取的案卷数或比例', path: ['perOrg'] })
  .refine((v) => (v.perOrg ?? null) === null || (v.sharePercent ?? null) === null, { message: '抽取案卷数和比例只填一项', path: ['sharePercent'] })
  .refine((v) => v.periodFrom <= v.periodTo, { message: '评查期间的结束日期不得早于开始日期', path: ['periodTo'] });
export type CreateRoundIn = z.infer<typeof createRoundIn>;

export const drawIn = z.object({ version, beacon: z.string().trim().min(1, '请填写公开随机源的取值').max(200, '随机源取值不超过 200 个字') });
export type DrawIn = z.infer<typeof drawIn>;

export const scoreIn = z.object({
  version,
  deductions: z
    .array(
      z.object({
        ruleCode: z.string().min(1, '请选择扣分项').max(60),
        times: z.number().int().min(1, '扣分次数至少 1 次').max(20, '扣分次数不超过 20 次'),
        note: z.string().trim().min(2, '请写明案卷中存在的问题').max(1000, '问题描述不超过 1000 个字'),
      }),
    )
    .max(40, '扣分项不超过 40 项'),
  comment: z.string().trim().max(2000, '评查意见不超过 2000 个字').nullish(),
});
export type ScoreIn = z.infer<typeof scoreIn>;

export const notifyIn = z.object({ version });
export const answerIn = z.object({ version, answer: z.string().trim().min(10, '整改说明至少 10 个字').max(4000, '整改说明不超过 4000 个字') });
export type AnswerIn = z.infer<typeof answerIn>;

export const closeIn = z.object({
  version,
  excellentFileIds: z.array(z.uuid()).max(100),
  summary: z.string().trim().min(10, '评查总结至少 10 个字').max(4000, '评查总结不超过 4000 个字'),
});
export type CloseIn = z.infer<typeof closeIn>;

const itemScore = z.object({ code: z.string(), name: z.string(), points: z.number(), deducted: z.number(), score: z.number() });

export const fileOut = z.object({
  id: z.uuid(),
  roundId: z.uuid(),
  roundName: z.string(),
  caseId: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  position: z.number().int(),
  partyName: z.string(),
  decisionNumber: z.string().nullable(),
  closedOn: z.string().nullable(),
  handlerIds: z.array(z.uuid()),
  state: z.enum(FILE_STATES),
  evaluatorId: z.uuid().nullable(),
  evaluatorName: z.string().nullable(),
  deductions: z.array(z.object({ ruleCode: z.string(), times: z.number(), note: z.string(), itemName: z.string(), text: z.string(), points: z.number() })),
  items: z.array(itemScore),
  score: z.number().nullable(),
  grade: z.enum(GRADES).nullable(),
  defectCount: z.number().int(),
  comment: z.string().nullable(),
  scoredAt: z.date().nullable(),
  noticeNumber: z.string().nullable(),
  notifiedAt: z.date().nullable(),
  answer: z.string().nullable(),
  answeredAt: z.date().nullable(),
  excellent: z.boolean(),
  version: z.number().int(),
});
export type FileOut = z.infer<typeof fileOut>;

export const roundOut = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  name: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  orgs: z.array(z.object({ orgId: z.uuid(), orgName: z.string(), poolSize: z.number().int() })),
  perOrg: z.number().int().nullable(),
  sharePercent: z.number().int().nullable(),
  beacon: z.object({ source: z.string(), format: z.string(), expectedAt: z.string().optional(), expectedOn: z.string().optional() }),
  poolDigest: z.string(),
  paramsDigest: z.string(),
  commitment: z.string(),
  /** Published once drawn. */
  secret: z.string().nullable(),
  beaconValue: z.string().nullable(),
  seed: z.string().nullable(),
  state: z.enum(ROUND_STATES),
  createdAt: z.date(),
  drawnAt: z.date().nullable(),
  closedAt: z.date().nullable(),
  summary: z.string().nullable(),
  fileCount: z.number().int(),
  files: z.array(fileOut),
  /** The viewer works for the running org's subtree (sees every file, may run the round); else an evaluated org's staff, who see their own files. */
  whole: z.boolean(),
  version: z.number().int(),
});
export type RoundOut = z.infer<typeof roundOut>;

export const roundListOut = z.array(roundOut.omit({ files: true }));
export const filePageOut = z.object({ items: z.array(fileOut), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** Figures this module answers for in the yearly report. */
export const EVALUATION_FIGURE_CODES = ['evaluations.files', 'evaluations.averageScore', 'evaluations.defects', 'evaluations.excellent'] as const;
