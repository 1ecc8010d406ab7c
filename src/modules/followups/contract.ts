import { z } from 'zod';
import { listQuery } from '../../platform/contract.js';
import { FOLLOW_UP_CHANNELS, FOLLOW_UP_STATES, RATINGS, RECORD_OUTCOMES, STAFF_CHANNELS, SUBJECT_KINDS } from './codes.js';

// 执法回访: shared by server and web (no server imports).

const text = (max: number, what: string) => z.string().trim().max(max, `${what}不超过 ${max} 个字`);
const rating = z.enum(RATINGS, { error: '请选择：满意、基本满意或不满意' });

/** The figures this module answers for in the yearly report (figures.ts). */
export const FOLLOW_UP_FIGURE_CODES = [
  'followUps.due',
  'followUps.visited',
  'followUps.answered',
  ...FOLLOW_UP_CHANNELS.map((c) => `followUps.channel.${c}` as const),
  'followUps.satisfied',
  'followUps.problems',
  'followUps.resolved',
] as const;
export type FollowUpFigureCode = (typeof FOLLOW_UP_FIGURE_CODES)[number];

export const FOLLOW_UP_SORTS = ['dueOn', 'subjectOn', 'answeredOn'] as const;

export const listFollowUpsQuery = listQuery(FOLLOW_UP_SORTS).extend({
  orgId: z.uuid().optional(),
  state: z.enum(FOLLOW_UP_STATES).optional(),
  subjectKind: z.enum(SUBJECT_KINDS).optional(),
  channel: z.enum(FOLLOW_UP_CHANNELS).optional(),
  /** The follow-ups a figure counts (统计分析's drill-down); `from` and `to` are then its period, not the due dates. */
  figure: z.enum(FOLLOW_UP_FIGURE_CODES).optional(),
});
export type ListFollowUpsQuery = z.infer<typeof listFollowUpsQuery>;

export const followUpIdParams = z.object({ id: z.uuid() });
/** The 执法回访记录表's file format. */
export const followUpInstrumentQuery = z.object({ format: z.enum(['pdf', 'docx']).default('pdf') });

const answers = {
  fairness: rating.describe('执法是否公正'),
  conduct: rating.describe('执法人员是否文明规范'),
  satisfaction: rating.describe('对本次执法的总体评价'),
  problems: text(1000, '反映的问题').optional(),
};

/** The enterprise's own answer, online. */
export const answerIn = z.object({ version: z.number().int(), ...answers });
export type AnswerIn = z.infer<typeof answerIn>;

/**
 * An officer's record: answered on a visit or by telephone (with the answers and who answered), or
 * not done — the enterprise could not be reached or declined — with a note saying why.
 */
export const recordIn = z.object({
  version: z.number().int(),
  outcome: z.enum(RECORD_OUTCOMES),
  channel: z.enum(STAFF_CHANNELS, { error: '回访方式须为上门回访或电话回访' }),
  fairness: rating.optional(),
  conduct: rating.optional(),
  satisfaction: rating.optional(),
  problems: text(1000, '反映的问题').optional(),
  respondent: text(60, '受访人').optional(),
  note: text(500, '说明').optional(),
});
export type RecordIn = z.infer<typeof recordIn>;

/** The legal office's handling of a problem raised, as the enterprise is told it. */
export const resolveIn = z.object({
  version: z.number().int(),
  resolution: z.string().trim().min(5, '处理结果至少 5 个字').max(1000, '处理结果不超过 1000 个字'),
});
export type ResolveIn = z.infer<typeof resolveIn>;

export const followUpOut = z.object({
  id: z.uuid(),
  subjectKind: z.enum(SUBJECT_KINDS),
  subjectId: z.uuid(),
  subjectTitle: z.string(),
  orgId: z.uuid(),
  orgName: z.string(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  ruleKey: z.string(),
  basis: z.string(),
  subjectOn: z.string(),
  dueOn: z.string(),
  state: z.enum(FOLLOW_UP_STATES),
  channel: z.enum(FOLLOW_UP_CHANNELS).nullable(),
  fairness: z.enum(RATINGS).nullable(),
  conduct: z.enum(RATINGS).nullable(),
  satisfaction: z.enum(RATINGS).nullable(),
  problems: z.string().nullable(),
  problem: z.boolean(),
  respondent: z.string().nullable(),
  note: z.string().nullable(),
  answeredOn: z.string().nullable(),
  resolution: z.string().nullable(),
  resolvedOn: z.string().nullable(),
  version: z.number(),
});
export type FollowUpOut = z.infer<typeof followUpOut>;

export const followUpPageOut = z.object({ items: z.array(followUpOut), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** The workbench's 回访期限 (agenda.ts): due within 3 working days or late. */
export const followUpAgendaOut = z.object({
  today: z.string(),
  items: z.array(
    z.object({
      id: z.uuid(),
      subjectKind: z.enum(SUBJECT_KINDS),
      subjectTitle: z.string(),
      enterpriseName: z.string(),
      orgName: z.string(),
      dueOn: z.string(),
      /** Working days in (today, dueOn]; negative once passed. */
      workdaysLeft: z.number().int(),
      late: z.boolean(),
    }),
  ),
});
export type FollowUpAgendaOut = z.infer<typeof followUpAgendaOut>;
