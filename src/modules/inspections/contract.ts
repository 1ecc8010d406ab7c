import { z } from 'zod';
import { EVIDENCE_ORIGINS } from './evidence/rules.js';
import { isoDate, listQuery } from '../../platform/contract.js';
import {
  EVIDENCE_KINDS,
  HAZARD_GRADES,
  HAZARD_ORIGINS,
  HAZARD_STATUSES,
  INSPECTION_RECORD_STATUSES,
  INSPECTION_TASK_SOURCES,
  INSPECTION_TASK_STATUSES,
  TASK_KINDS,
} from './codes.js';
import { ON_SITE_MEASURES } from './hazards/rules.js';

export const idParams = z.object({ id: z.uuid() });
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

/** The columns the task list sorts by; from/to is the planned day. */
export const TASK_SORTS = ['plannedOn', 'completedOn', 'status', 'source', 'enterpriseName'] as const;
export type TaskSort = (typeof TASK_SORTS)[number];
/** q: part of the enterprise's name or the start of its 统一社会信用代码. */
/** The figures this module answers for (figures.ts): those of inspections drill to the task list, those of hazards to the hazard list. */
export const TASK_FIGURE_CODES = [
  'inspections.total',
  'inspections.draw',
  'inspections.plan',
  'inspections.campaign',
  'inspections.tip',
  'inspections.joint',
  'inspections.unannounced',
  'inspections.routine',
] as const;
export type TaskFigureCode = (typeof TASK_FIGURE_CODES)[number];
export const HAZARD_FIGURE_CODES = ['hazards.found', 'hazards.rectified', 'hazards.majorFound', 'hazards.majorRectified'] as const;
export type HazardFigureCode = (typeof HAZARD_FIGURE_CODES)[number];

export const listTasksQuery = listQuery(TASK_SORTS).extend({
  /** The tasks a figure counts for the org and period (from, to), instead of those planned in it. */
  figure: z.enum(TASK_FIGURE_CODES).optional(),
  orgId: z.uuid().optional(),
  status: z.enum(INSPECTION_TASK_STATUSES).optional(),
  source: z.enum(INSPECTION_TASK_SOURCES).optional(),
  /** Leaders see the subtree; `mine` narrows anyone to their own tasks. */
  mine: z.enum(['true', 'false']).optional(),
  /** One enterprise's tasks (its page in the registry). */
  enterpriseId: z.uuid().optional(),
});
export type ListTasksQuery = z.infer<typeof listTasksQuery>;

export const officerOut = z.object({ id: z.uuid(), name: z.string(), credentialNo: z.string().nullable() });
export const taskOut = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  source: z.enum(INSPECTION_TASK_SOURCES),
  matterCode: z.string().nullable(),
  reason: z.string().nullable(),
  tipRef: z.string().nullable(),
  departments: z.array(z.string()),
  campaignId: z.uuid().nullable(),
  officers: z.array(officerOut),
  status: z.enum(INSPECTION_TASK_STATUSES),
  plannedOn: z.string(),
  completedOn: z.string().nullable(),
  recordId: z.uuid().nullable(),
});
export type TaskOut = z.infer<typeof taskOut>;

/** A task opened by hand, of one of tasks/kinds.ts's kinds; its rules say which fields it needs. */
export const openTaskIn = z.object({
  orgId: z.uuid(),
  enterpriseId: z.uuid(),
  /** The kind's team rule (at least two) is checked by the service, naming the article. */
  officerIds: z.array(z.uuid()).min(1, '请选择执法人员').max(20),
  reason: text(4, 500),
  plannedOn: isoDate,
  source: z.enum(TASK_KINDS).default('routine'),
  /** 举报核查: the tip's 编号 or 来源. */
  tipRef: text(2, 200).optional(),
  /** 联合执法: the other departments. */
  departments: z.array(text(2, 50)).max(10).optional(),
  /** 专项检查: the campaign. */
  campaignId: z.uuid().optional(),
});
export type OpenTaskIn = z.input<typeof openTaskIn>;

export const recordItemIn = z.object({
  code: text(1, 64),
  result: z.enum(['compliant', 'hazard', 'notApplicable', 'notChecked']),
  note: z.string().trim().max(500).optional(),
});
export const startRecordIn = z.object({ checklistCode: text(1, 64).optional(), place: z.string().trim().max(200).optional() });

/** The signature: a PNG as base64 (≤ 200 KB decoded), or a refusal with what happened. */
export const saveRecordIn = z.object({
  version: z.number().int().min(1),
  place: z.string().trim().max(200),
  present: z.array(z.object({ name: text(1, 40), position: z.string().trim().max(40).optional() })).max(30),
  items: z.array(recordItemIn).max(500),
  findings: z.string().trim().max(5000),
  signerName: z.string().trim().max(40).nullable().optional(),
  signaturePng: z.base64().max(280_000, '签名图片不能超过 200 KB').nullable().optional(),
  signatureRefused: z.string().trim().max(500).nullable().optional(),
});
export type SaveRecordIn = z.infer<typeof saveRecordIn>;
export const versionIn = z.object({ version: z.number().int().min(1) });

export const recordOut = z.object({
  id: z.uuid(),
  taskId: z.uuid(),
  orgId: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  status: z.enum(INSPECTION_RECORD_STATUSES),
  checklistCode: z.string().nullable(),
  checklistTitle: z.string().nullable(),
  startedAt: z.date(),
  endedAt: z.date().nullable(),
  place: z.string(),
  present: z.array(z.object({ name: z.string(), position: z.string().optional() })),
  items: z.array(
    z.object({
      code: z.string(),
      text: z.string(),
      result: z.enum(['compliant', 'hazard', 'notApplicable', 'notChecked']),
      note: z.string().optional(),
      majorHazardCode: z.string().optional(),
    }),
  ),
  findings: z.string(),
  signerName: z.string().nullable(),
  signed: z.boolean(),
  signatureRefused: z.string().nullable(),
  number: z.string().nullable(),
  orderNumber: z.string().nullable(),
  officers: z.array(officerOut),
  version: z.number(),
});
export type RecordOut = z.infer<typeof recordOut>;

export const hazardIn = z.object({
  checkItemCode: text(1, 64).optional(),
  majorHazardCode: text(1, 64).optional(),
  description: text(2, 1000),
  location: z.string().trim().max(200).default(''),
  measures: text(2, 1000),
  deadline: isoDate,
  responsiblePerson: text(1, 40),
});
export type HazardIn = z.infer<typeof hazardIn>;

/**
 * 企业自查自纠: a hazard the enterprise reports itself, with its own measures and deadline. The
 * enterprise is the user's own; naming another is refused.
 */
export const selfReportIn = z.object({
  enterpriseId: z.uuid().optional(),
  description: text(2, 1000),
  location: text(1, 200),
  grade: z.enum(HAZARD_GRADES),
  majorHazardCode: text(1, 64).optional(),
  measures: text(2, 1000),
  deadline: isoDate,
  responsiblePerson: text(1, 40),
});
export type SelfReportIn = z.infer<typeof selfReportIn>;

export const hazardOut = z.object({
  id: z.uuid(),
  origin: z.enum(HAZARD_ORIGINS),
  /** The record it was found on; null for a self-report. */
  recordId: z.uuid().nullable(),
  orgId: z.uuid(),
  enterpriseId: z.uuid(),
  enterpriseName: z.string(),
  description: z.string(),
  location: z.string(),
  checkItemCode: z.string().nullable(),
  majorHazardCode: z.string().nullable(),
  grade: z.enum(HAZARD_GRADES),
  measures: z.string(),
  deadline: z.string(),
  responsiblePerson: z.string(),
  status: z.enum(HAZARD_STATUSES),
  foundOn: z.string(),
  closedOn: z.string().nullable(),
  rectificationNote: z.string().nullable(),
  extensionReason: z.string().nullable(),
  requestedDeadline: z.string().nullable(),
  reinspectionNote: z.string().nullable(),
  escalationReason: z.string().nullable(),
  escalationMeasure: z.enum(ON_SITE_MEASURES).nullable(),
  version: z.number(),
});
export type HazardOut = z.infer<typeof hazardOut>;

/** The columns the hazard list sorts by; from/to is the day it was found. */
export const HAZARD_SORTS = ['foundOn', 'deadline', 'status', 'grade', 'enterpriseName'] as const;
export type HazardSort = (typeof HAZARD_SORTS)[number];
/** q: part of the enterprise's name or the start of its 统一社会信用代码. */
export const listHazardsQuery = listQuery(HAZARD_SORTS).extend({
  /** The hazards a figure counts for the org and period (from, to), instead of those found in it. */
  figure: z.enum(HAZARD_FIGURE_CODES).optional(),
  orgId: z.uuid().optional(),
  status: z.enum(HAZARD_STATUSES).optional(),
  grade: z.enum(HAZARD_GRADES).optional(),
  origin: z.enum(HAZARD_ORIGINS).optional(),
  recordId: z.uuid().optional(),
  /** One enterprise's hazards (its page in the registry). */
  enterpriseId: z.uuid().optional(),
});
export type ListHazardsQuery = z.infer<typeof listHazardsQuery>;

const v = { version: z.number().int().min(1) };
export const rectifyIn = z.object({ ...v, note: text(1, 2000) });
export const extensionRequestIn = z.object({ ...v, until: isoDate, reason: text(1, 1000) });
export const extensionDecisionIn = z.object({ ...v, grant: z.boolean(), until: isoDate.optional(), note: text(1, 1000) });
export const reinspectIn = z.object({ ...v, passed: z.boolean(), note: text(1, 2000) });
export const extendIn = z.object({ ...v, until: isoDate, reason: text(1, 1000) });
export const escalateIn = z.object({
  ...v,
  reason: text(1, 1000),
  /** 现场处理措施 ordered with the escalation (major hazards). */
  measure: z.enum(ON_SITE_MEASURES).optional(),
  /** When given, a penalty case is opened from the hazard in the same transaction. */
  violationTypeCode: text(1, 40).optional(),
});

export const evidenceQuery = z.object({ fileName: text(1, 200), kind: z.enum(EVIDENCE_KINDS) });
export const evidenceOut = z.object({
  id: z.uuid(),
  recordId: z.uuid().nullable(),
  hazardId: z.uuid().nullable(),
  kind: z.enum(EVIDENCE_KINDS),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  digest: z.string(),
  alg: z.string(),
  uploadedAt: z.date(),
  /** Who brought it (evidence/rules.ts evidenceOrigin) and their name. */
  origin: z.enum(EVIDENCE_ORIGINS),
  uploaderName: z.string().nullable(),
});
export type EvidenceOut = z.infer<typeof evidenceOut>;

export const figuresQuery = z.object({ orgId: z.uuid().optional(), from: isoDate, to: isoDate });
const originFigures = z.object({ found: z.number(), rectified: z.number(), rectificationRate: z.number().nullable() });
/** found, rectified and the rate count every origin; byOrigin splits them: found on inspections, reported by enterprises. */
export const figuresOut = z.object({
  orgId: z.uuid(),
  from: z.string(),
  to: z.string(),
  found: z.number(),
  rectified: z.number(),
  rectificationRate: z.number().nullable(),
  major: z.number(),
  overdue: z.number(),
  /** Major hazards of the period a penalty case was opened from, and 立案率 = that of major, in percent. */
  majorCased: z.number(),
  caseRate: z.number().nullable(),
  byOrigin: z.object({ inspection: originFigures, selfReport: originFigures }),
});
export type FiguresOut = z.infer<typeof figuresOut>;

/** 计划检查: the key-list enterprises a plan schedules for a month, with one team of officers for all. */
export const tasksFromPlanIn = z.object({
  planId: z.uuid(),
  month: z.number().int().min(1).max(12),
  officerIds: z.array(z.uuid()).min(2, '现场检查的执法人员不得少于两人'),
  plannedOn: isoDate,
});
export type TasksFromPlanIn = z.infer<typeof tasksFromPlanIn>;
export const tasksFromPlanOut = z.object({ created: z.array(taskOut), createdCount: z.number(), skippedCount: z.number() });
export type TasksFromPlanOut = z.infer<typeof tasksFromPlanOut>;
