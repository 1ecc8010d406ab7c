// 抽样取证 and 先行登记保存 (行政处罚法 第五十六条): what an officer records while collecting
// evidence, as stored on the case, and the pure rules on who may record, approve and decide what,
// and when. No I/O and no clock: `today` is a parameter (collection.ts passes the China date).
import { z } from 'zod';
import { dutyConflict, type SeparatedStep } from '../../../platform/duties.js';
import { dueDate, periodByCode } from '../../../platform/workdays/periods.js';

const text = (max: number, message: string) => z.string().trim().min(1, message).max(max);
const twoOfficers = z.array(z.uuid()).length(2, '须由两名执法人员进行');

export const SAMPLING_METHODS = ['random', 'systematic', 'stratified', 'onSiteSelection', 'other'] as const;

export const samplingIn = z.object({
  version: z.number().int().positive(),
  items: z
    .array(
      z.object({
        name: text(100, '请填写样品名称'),
        specification: z.string().trim().max(100).default(''),
        quantity: z.number().positive('抽样数量须大于零').max(1e9),
        unit: text(20, '请填写计量单位'),
        batch: z.string().trim().max(100).default(''),
      }),
    )
    .min(1, '请至少填写一种样品')
    .max(50),
  place: text(200, '请填写抽样地点'),
  sampledAt: z.iso.datetime({ offset: true }),
  method: z.enum(SAMPLING_METHODS),
  /** How the sample was drawn, sealed and kept, in the officer's words. */
  methodNote: z.string().trim().max(1000).default(''),
  witnessName: text(50, '请填写在场的当事人或者见证人姓名'),
  officerIds: twoOfficers,
});
export type SamplingIn = z.infer<typeof samplingIn>;

export interface Sampling extends Omit<SamplingIn, 'version'> {
  number: string;
  recordedBy: string;
  recordedAt: string;
}

export const preservationIn = z.object({
  version: z.number().int().positive(),
  items: z
    .array(
      z.object({
        name: text(100, '请填写物品名称'),
        specification: z.string().trim().max(100).default(''),
        quantity: z.number().positive('数量须大于零').max(1e9),
        unit: text(20, '请填写计量单位'),
        storagePlace: text(200, '请填写保存地点'),
      }),
    )
    .min(1, '请至少登记一项证据')
    .max(100),
  /** Why the evidence may be lost or hard to obtain later: the condition of 第五十六条. */
  reason: text(2000, '请说明证据可能灭失或者以后难以取得的情形'),
  officerIds: twoOfficers,
});
export type PreservationIn = z.infer<typeof preservationIn>;

export const preservationApprovalIn = z.object({
  version: z.number().int().positive(),
  approve: z.boolean(),
  opinion: z.string().trim().max(2000).default(''),
});
export type PreservationApprovalIn = z.infer<typeof preservationApprovalIn>;

/**
 * 处理决定 on preserved evidence. 安全生产违法行为行政处罚办法 lists the measures a safety
 * regulator takes within the seven days (record/copy then release, send for testing, confiscate
 * by decision, or release); 查封扣押 and 移送 come from the laws cited. Clause numbers of the
 * 办法 (应急管理部令第18号, in force 2026-02-01) are to be confirmed by a lawyer.
 */
export const PRESERVATION_DECISIONS = {
  release: { name: '解除先行登记保存', article: '行政处罚法 第五十六条' },
  appraisal: { name: '送交检验、检测或者鉴定', article: '行政处罚法 第五十六条；安全生产违法行为行政处罚办法（应急管理部令第18号，条号待核）' },
  confiscate: { name: '依法予以没收', article: '行政处罚法 第九条、第五十六条' },
  seize: { name: '依法查封、扣押', article: '安全生产法 第六十五条第一款第四项；行政强制法 第九条' },
  transfer: { name: '移送有关机关处理', article: '行政处罚法 第二十七条' },
} as const;
export type PreservationDecisionKind = keyof typeof PRESERVATION_DECISIONS;

export const preservationDecisionIn = z.object({
  version: z.number().int().positive(),
  kind: z.enum(Object.keys(PRESERVATION_DECISIONS) as [PreservationDecisionKind, ...PreservationDecisionKind[]]),
  /** What is done with which items: the body of the 处理决定书. */
  details: text(2000, '请填写处理决定的具体内容'),
});
export type PreservationDecisionIn = z.infer<typeof preservationDecisionIn>;

export type PreservationStatus = 'requested' | 'approved' | 'refused' | 'decided';

export interface Preservation extends Omit<PreservationIn, 'version'> {
  status: PreservationStatus;
  requestedBy: string;
  requestedAt: string;
  approval: { approved: boolean; opinion: string; by: string; byName: string; at: string } | null;
  /** 先行登记保存证据通知书, numbered on approval. */
  noticeNumber: string | null;
  approvedOn: string | null;
  /** Last day for the 处理决定: 7 working days from approval (第五十六条、第八十五条). */
  decisionDueOn: string | null;
  decision: { kind: PreservationDecisionKind; details: string; by: string; byName: string; at: string; decidedOn: string; number: string } | null;
}

export type Problem = { problem: string; field: string; article?: string };
type CaseFacts = { state: string; investigatorIds: readonly string[] };

const INVESTIGATING = '行政处罚法 第五十五条、第五十六条';

function officersProblem(c: CaseFacts, officerIds: readonly string[], act: string): Problem | null {
  if (officerIds[0] === officerIds[1]) return { problem: `${act}须由两名不同的执法人员进行`, field: 'officerIds', article: '行政处罚法 第四十二条' };
  if (!officerIds.every((o) => c.investigatorIds.includes(o)))
    return { problem: `${act}人员须为本案承办人员`, field: 'officerIds', article: '行政处罚法 第四十二条' };
  return null;
}

/** Why this sampling cannot be recorded on the case; null when it can. */
export function samplingProblem(c: CaseFacts, input: Pick<SamplingIn, 'officerIds'>): Problem | null {
  if (c.state !== 'investigating') return { problem: '只有调查中的案件可以抽样取证', field: 'state', article: INVESTIGATING };
  return officersProblem(c, input.officerIds, '抽样取证');
}

/** Why preservation cannot be requested on the case; null when it can. */
export function preservationRequestProblem(c: CaseFacts, input: Pick<PreservationIn, 'officerIds'>): Problem | null {
  if (c.state !== 'investigating') return { problem: '只有调查中的案件可以申请先行登记保存证据', field: 'state', article: INVESTIGATING };
  return officersProblem(c, input.officerIds, '先行登记保存');
}

/** Separation of duties by the one table (platform/duties.ts): the head is not an investigator of the case. */
function separated(step: SeparatedStep, c: CaseFacts, userId: string): Problem | null {
  const conflict = dutyConflict(step, userId, { investigator: c.investigatorIds });
  return conflict ? { problem: conflict.problem, field: 'actor', article: conflict.basis } : null;
}

/**
 * Why `approverId` may not approve (or refuse) the request; null when they may. The head who
 * approves must not be one of the case's investigators: approving one's own request is no check.
 */
export function preservationApprovalProblem(c: CaseFacts, p: Pick<Preservation, 'status'>, approverId: string): Problem | null {
  if (c.state !== 'investigating') return { problem: '只有调查中的案件可以审批先行登记保存', field: 'state', article: INVESTIGATING };
  if (p.status !== 'requested') return { problem: '该先行登记保存申请已审批，不能重复审批', field: 'status' };
  return separated('case.preservationApproval', c, approverId);
}

/** 7 working days from the day of approval, by the statutory calendar (the day itself not counted). */
export const preservationDecisionDueOn = (approvedOn: string) => dueDate(periodByCode('apl-56-preservation-decision'), approvedOn);

/**
 * Why the 处理决定 cannot be recorded `today`; null when it can. Not tied to the case's state:
 * the seven days run whatever the case does meanwhile, and the evidence must not be left held.
 */
export function preservationDecisionProblem(c: CaseFacts, p: Pick<Preservation, 'status' | 'decisionDueOn'>, deciderId: string, today: string): Problem | null {
  if (p.status === 'decided') return { problem: '该先行登记保存已作出处理决定，不能重复处理', field: 'status' };
  if (p.status !== 'approved' || !p.decisionDueOn)
    return { problem: '先行登记保存尚未经负责人批准，不能作出处理决定', field: 'status', article: '行政处罚法 第五十六条' };
  const conflict = separated('case.preservationDecision', c, deciderId);
  if (conflict) return conflict;
  if (today > p.decisionDueOn) {
    return {
      problem: `处理决定日期（decidedOn）已超过七个工作日的处理期限（${p.decisionDueOn}），不能再作出处理决定`,
      field: 'decidedOn',
      article: '行政处罚法 第五十六条、第八十五条',
    };
  }
  return null;
}

/** A preservation as the case detail lists it. */
export const preservationOut = (p: Preservation) => ({
  status: p.status,
  itemNames: p.items.map((i) => i.name),
  reason: p.reason,
  requestedAt: p.requestedAt,
  noticeNumber: p.noticeNumber,
  approvedOn: p.approvedOn,
  decisionDueOn: p.decisionDueOn,
  approvalOpinion: p.approval?.opinion ?? null,
  decisionKind: p.decision?.kind ?? null,
  decisionNumber: p.decision?.number ?? null,
  decidedOn: p.decision?.decidedOn ?? null,
});
