import { z } from 'zod';
import { isoDate, listQuery } from '../../platform/contract.js';
import { POLICE_DECISIONS, RETURN_KINDS, SUPERVISION_RESULTS, TRANSFER_ACT_NAMES, TRANSFER_STATES } from './codes.js';

// 行刑衔接: shared by server and web (no server imports).

const text = (min: number, max: number, what: string) =>
  z
    .string()
    .trim()
    .min(min, min > 1 ? `${what}至少 ${min} 个字` : `请填写${what}`)
    .max(max, `${what}不超过 ${max} 个字`);
const version = z.number().int().positive();
const yuan = (what: string) =>
  z
    .number({ error: `${what}须为数字` })
    .int(`${what}须为整数元`)
    .min(0, `${what}不能为负数`)
    .max(1e10, `${what}过大`);

export const TRANSFER_SORTS = ['approvedOn', 'updatedAt', 'partyName'] as const;

export const listTransfersQuery = listQuery(TRANSFER_SORTS).extend({
  orgId: z.uuid().optional(),
  state: z.enum(TRANSFER_STATES).optional(),
  caseId: z.uuid().optional(),
});
export type ListTransfersQuery = z.infer<typeof listTransfersQuery>;

export const transferIdParams = z.object({ id: z.uuid() });

export const personIn = z.object({
  name: text(2, 30, '姓名'),
  role: text(2, 30, '身份（如主要负责人）'),
  idNumber: z.string().trim().max(30, '证件号码不超过 30 个字').nullish(),
});

export const packageIn = z.object({
  version,
  persons: z.array(personIn).min(1, '请填写至少一名涉案人员').max(100, '涉案人员不超过 100 人'),
  /** Materials beyond the case's own (检验报告, 鉴定意见, 现场照片 …). */
  extraMaterials: z
    .array(z.object({ name: text(2, 100, '材料名称'), note: z.string().trim().max(200, '说明不超过 200 个字').default('') }))
    .max(50)
    .default([]),
  procuratorate: text(2, 100, '抄送的人民检察院'),
  copiedToProcuratorateOn: isoDate,
  finePaidYuan: yuan('已缴纳罚款').default(0),
});
export type PackageIn = z.input<typeof packageIn>;

export const receiptIn = z.object({
  version,
  receivedOn: isoDate,
  policeAuthority: text(2, 100, '接收的公安机关'),
  receiptNumber: z.string().trim().max(60, '回执编号不超过 60 个字').nullish(),
  receivedByName: text(2, 30, '签收人'),
});
export type ReceiptIn = z.input<typeof receiptIn>;

export const policeDecisionIn = z.object({
  version,
  decision: z.enum(POLICE_DECISIONS, { error: '请选择立案或者不予立案' }),
  decidedOn: isoDate,
  noticeNumber: z.string().trim().max(60, '通知书文号不超过 60 个字').nullish(),
  noticeReceivedOn: isoDate,
  reasons: z.string().trim().max(4000, '理由不超过 4000 个字').default(''),
});
export type PoliceDecisionIn = z.input<typeof policeDecisionIn>;

export const supervisionIn = z.object({
  version,
  requestedOn: isoDate,
  procuratorate: text(2, 100, '人民检察院'),
  reasons: text(10, 4000, '提请立案监督的理由'),
});
export type SupervisionIn = z.input<typeof supervisionIn>;

export const supervisionResultIn = z.object({
  version,
  result: z.enum(SUPERVISION_RESULTS, { error: '请选择监督结果' }),
  resultOn: isoDate,
  resultText: text(5, 4000, '监督结果说明'),
});
export type SupervisionResultIn = z.input<typeof supervisionResultIn>;

export const returnIn = z.object({
  version,
  returnKind: z.enum(RETURN_KINDS, { error: '请选择移回原因' }),
  returnedOn: isoDate,
  opinion: text(10, 4000, '移回意见'),
  criminalFineYuan: yuan('判处罚金').default(0),
});
export type ReturnIn = z.input<typeof returnIn>;

export const concludeIn = z.object({
  version,
  concludedOn: isoDate,
  outcome: text(5, 4000, '刑事程序结果'),
  criminalFineYuan: yuan('判处罚金').default(0),
});
export type ConcludeIn = z.input<typeof concludeIn>;

const periodOut = z.object({ code: z.string(), name: z.string(), dueOn: z.string(), overdue: z.boolean(), article: z.string() });

export const transferOut = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  state: z.enum(TRANSFER_STATES),
  stateName: z.string(),
  partyName: z.string(),
  caseSummary: z.string(),
  suspectedCrime: z.string(),
  letterNumber: z.string().nullable(),
  policeAuthority: z.string().nullable(),
  approvedOn: z.string(),
  persons: z.array(z.object({ name: z.string(), role: z.string(), idNumber: z.string().nullable() })),
  materials: z.array(z.object({ kind: z.enum(['instrument', 'evidence', 'other']), name: z.string(), number: z.string(), note: z.string() })),
  procuratorate: z.string().nullable(),
  copiedToProcuratorateOn: z.string().nullable(),
  finePaidYuan: z.number(),
  receivedOn: z.string().nullable(),
  receiptNumber: z.string().nullable(),
  receivedByName: z.string().nullable(),
  policeDecision: z.enum(POLICE_DECISIONS).nullable(),
  policeDecidedOn: z.string().nullable(),
  policeNoticeNumber: z.string().nullable(),
  noticeReceivedOn: z.string().nullable(),
  policeReasons: z.string().nullable(),
  supervisionRequestedOn: z.string().nullable(),
  supervisionReasons: z.string().nullable(),
  supervisionResult: z.enum(SUPERVISION_RESULTS).nullable(),
  supervisionResultOn: z.string().nullable(),
  supervisionResultText: z.string().nullable(),
  returnKind: z.enum(RETURN_KINDS).nullable(),
  returnedOn: z.string().nullable(),
  returnOpinion: z.string().nullable(),
  criminalFineYuan: z.number(),
  fineCreditText: z.string().nullable(),
  outcome: z.string().nullable(),
  concludedOn: z.string().nullable(),
  period: periodOut.nullable(),
  /** The acts open now (the caller's capabilities not considered: the page asks can()). */
  acts: z.array(z.enum(TRANSFER_ACT_NAMES)),
  version: z.number(),
});
export type TransferOut = z.infer<typeof transferOut>;

export const transferAgendaOut = z.object({ items: z.array(transferOut) });
export const transferPageOut = z.object({ items: z.array(transferOut), total: z.number(), page: z.number(), pageSize: z.number() });

export const jointMeetingIn = z.object({
  orgId: z.uuid({ error: '请选择召开会议的机关' }),
  heldOn: isoDate,
  participants: z
    .array(text(2, 60, '参会单位'))
    .min(2, '请填写至少两个参会单位（如公安机关、人民检察院）')
    .max(20, '参会单位不超过 20 个'),
  topics: text(5, 4000, '会议议题'),
  conclusions: text(5, 8000, '议定事项'),
});
export type JointMeetingIn = z.input<typeof jointMeetingIn>;

export const jointMeetingOut = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  heldOn: z.string(),
  participants: z.array(z.string()),
  topics: z.string(),
  conclusions: z.string(),
});
export type JointMeetingOut = z.infer<typeof jointMeetingOut>;

export const listJointMeetingsQuery = listQuery(['heldOn'] as const).extend({ orgId: z.uuid().optional() });
export const jointMeetingPageOut = z.object({ items: z.array(jointMeetingOut), total: z.number(), page: z.number(), pageSize: z.number() });
