import { z } from 'zod';
import { proofIn } from '../../platform/contract.js';
import { ACCIDENT_GRADES, EXCLUSIONS, type ExclusionCode } from './rewards.js';

// 举报、投诉: shared by server and web (no server imports).

/** 举报 of violations (安全生产法 第七十三条) and 投诉 about the enforcement itself. */
export const TIP_KINDS = ['majorHazard', 'illegalProduction', 'concealedAccident', 'otherViolation', 'complaintConduct', 'complaintDecision'] as const;
export type TipKind = (typeof TIP_KINDS)[number];
export const COMPLAINT_KINDS: readonly TipKind[] = ['complaintConduct', 'complaintDecision'];
export const isComplaint = (k: TipKind) => COMPLAINT_KINDS.includes(k);
/** The kinds that are 举报 (not complaints about the enforcement), as the report breaks them down. */
export const REPORT_KINDS = ['majorHazard', 'illegalProduction', 'concealedAccident', 'otherViolation'] as const satisfies readonly TipKind[];

export const TIP_CHANNELS = ['portal', 'hotline', 'letter', 'visit'] as const;
export type TipChannel = (typeof TIP_CHANNELS)[number];
/** The channels staff record by hand; the portal's come by themselves. */
export const STAFF_CHANNELS = ['hotline', 'letter', 'visit'] as const;

/** received → accepted | declined; accepted → assigned (a 举报核查 task) → verified (办结, replied). */
export const TIP_STATES = ['received', 'accepted', 'declined', 'assigned', 'verified'] as const;
export type TipState = (typeof TIP_STATES)[number];

export const TIP_LABELS = {
  kind: {
    majorHazard: '重大事故隐患',
    illegalProduction: '非法违法生产经营建设',
    concealedAccident: '瞒报、谎报事故',
    otherViolation: '其他安全生产违法行为',
    complaintConduct: '投诉：执法人员行为',
    complaintDecision: '投诉：执法决定',
  } satisfies Record<TipKind, string>,
  channel: { portal: '网上举报', hotline: '12350 电话', letter: '来信', visit: '来访' } satisfies Record<TipChannel, string>,
  state: { received: '待受理', accepted: '已受理', declined: '不予受理', assigned: '核查中', verified: '已办结' } satisfies Record<TipState, string>,
  verification: { confirmed: '属实', partly: '部分属实', notConfirmed: '不属实' } satisfies Record<VerificationResult, string>,
  complaintOutcome: { upheld: '投诉成立', partly: '部分成立', rejected: '不成立' } satisfies Record<ComplaintOutcome, string>,
  reward: {
    proposed: '待审批',
    approved: '已批准，待领取',
    rejected: '未批准',
    claimed: '已申领，待发放',
    paid: '已发放',
  } satisfies Record<RewardState, string>,
};

export const VERIFICATION_RESULTS = ['confirmed', 'partly', 'notConfirmed'] as const;
export type VerificationResult = (typeof VERIFICATION_RESULTS)[number];

/** 投诉办理结果: a complaint about the enforcement is upheld, partly upheld or not. */
export const COMPLAINT_OUTCOMES = ['upheld', 'partly', 'rejected'] as const;
export type ComplaintOutcome = (typeof COMPLAINT_OUTCOMES)[number];

/** proposed → approved | rejected (a new proposal may follow); approved → claimed → paid. */
export const REWARD_STATES = ['proposed', 'approved', 'rejected', 'claimed', 'paid'] as const;
export type RewardState = (typeof REWARD_STATES)[number];

const text = (min: number, max: number, what: string) => z.string().trim().min(min, `${what}至少 ${min} 个字`).max(max, `${what}不超过 ${max} 个字`);
const phone = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, '请填写 11 位手机号或带区号的固定电话');

/** Who tipped: given in the clear only on the way in; stored sealed (platform/crypto/seal.ts). */
export const identityIn = z.object({ name: text(2, 30, '姓名'), phone });
export type IdentityIn = z.infer<typeof identityIn>;

export const tipIn = z.object({
  kind: z.enum(TIP_KINDS),
  /** The region the matter is in (行政区划代码 of the county or city): decides the receiving bureau. */
  regionCode: z.string().regex(/^\d{6}$/, '请选择所在地区'),
  /** 被举报单位或对象. */
  subjectName: text(2, 100, '被举报单位（对象）名称'),
  address: text(2, 200, '地址').optional(),
  content: text(10, 5000, '举报内容'),
  /** Null: anonymous. An anonymous tipster follows and claims by the receipt code and secret alone. */
  identity: identityIn.nullable(),
});
export type TipIn = z.infer<typeof tipIn>;

/** A portal tip carries a solved proof of work (platform/http/proof-of-work.ts); staff's do not. */
export const portalTipIn = tipIn.extend({ proof: proofIn.optional() });
export type PortalTipIn = z.infer<typeof portalTipIn>;

export const staffTipIn = tipIn.extend({
  channel: z.enum(STAFF_CHANNELS),
  /** When the call, letter or visit came; the first tipster of a matter is decided by it. */
  receivedAt: z.coerce.date(),
});
export type StaffTipIn = z.infer<typeof staffTipIn>;

export const receiptOut = z.object({
  receipt: z.string(),
  /** Shown once: with the receipt code it opens the tip's progress; it is stored only as a digest. */
  secret: z.string(),
  receivedAt: z.date(),
  orgName: z.string(),
  acceptBy: z.string(),
});

export const followIn = z.object({
  receipt: z
    .string()
    .trim()
    .regex(/^JB\d{8}[A-Z0-9]{6}$/, '受理编号格式不对'),
  secret: z.string().trim().min(8).max(64),
});

export const followOut = z.object({
  receipt: z.string(),
  kind: z.enum(TIP_KINDS),
  state: z.enum(TIP_STATES),
  receivedAt: z.date(),
  orgName: z.string(),
  acceptBy: z.string(),
  /** What the bureau told the tipster: why not accepted, or the handling so far. */
  reply: z.string().nullable(),
  verification: z.enum(VERIFICATION_RESULTS).nullable(),
  /** A complaint's outcome once concluded; the corrective act stays with the bureau, the reply says what the complainant is told. */
  complaintOutcome: z.enum(COMPLAINT_OUTCOMES).nullable(),
  /** The reward once approved (before that the tipster is told nothing of it). */
  reward: z.object({ state: z.enum(REWARD_STATES), amountFen: z.number().int(), approvedOn: z.string() }).nullable(),
  /** The material the tipster sent: names and sizes only (the files are for staff). */
  material: z.array(z.object({ fileName: z.string(), size: z.number().int(), uploadedAt: z.date() })),
});

/** 举报材料: photos and documents, judged by the file's own first bytes, not its name. */
export const MATERIAL_LIMITS = { maxBytes: 10 * 1024 * 1024, maxFiles: 9, types: ['image/jpeg', 'image/png', 'application/pdf'] as readonly string[] };
export const materialQuery = z.object({ fileName: text(1, 200, '文件名') });
/** The receipt code and secret travel in headers: an address ends up in logs. */
export const materialHeaders = z.object({ 'x-tip-receipt': followIn.shape.receipt, 'x-tip-secret': followIn.shape.secret });
export const materialOut = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  /** SM3, hex; the upload's ledger entry carries the same. */
  digest: z.string(),
  uploadedAt: z.date(),
  fromTipster: z.boolean(),
});
export type MaterialOut = z.infer<typeof materialOut>;

/** A yes or no at a version: 受理 or 不予受理 a tip, 批准 or 不予批准 a reward. */
export const decideIn = z.object({
  version: z.number().int().min(1),
  /** Why not: required to decline a tip (told to the tipster) or to reject a reward. */
  reason: z.string().trim().max(500).optional(),
});

export const revealIn = z.object({ reason: text(4, 200, '查看理由') });

/** 交办核查: a 举报核查 task on the enterprise the tip is about, to the officers named. */
export const assignIn = z.object({
  version: z.number().int().min(1),
  enterpriseId: z.uuid('请选择被举报企业'),
  officerIds: z.array(z.uuid()).min(1, '请选择执法人员').max(20),
  plannedOn: z.iso.date('请选择计划检查日期'),
});

/** 核查结果 and the reply to the tipster; the cases the tip led to, chosen among those opened from the task's findings. */
export const verifyIn = z.object({
  version: z.number().int().min(1),
  result: z.enum(VERIFICATION_RESULTS),
  note: text(4, 2000, '核查情况'),
  caseIds: z.array(z.uuid()).max(50).default([]),
});

/** 投诉办结: the outcome, the reply the complainant reads and, when upheld in whole or in part, what was corrected. */
export const concludeIn = z.object({
  version: z.number().int().min(1),
  outcome: z.enum(COMPLAINT_OUTCOMES),
  reply: text(4, 2000, '答复内容'),
  correctiveAct: text(4, 1000, '纠正措施').optional(),
});
export type ConcludeIn = z.infer<typeof concludeIn>;

const ID_NUMBER = /^\d{17}[\dX]$/;

/** 奖励拟定: the outcome the amount is computed from (rewards.ts) and any exclusion found. */
export const proposeRewardIn = z.object({
  version: z.number().int().min(1),
  outcome: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('hazardOrIllegal') }),
    z.object({
      kind: z.literal('concealedAccident'),
      grade: z.enum(ACCIDENT_GRADES),
      concealedDeaths: z.number().int().min(1, '请填写查实的瞒报谎报死亡人数').max(1000),
    }),
  ]),
  exclusion: z
    .enum(EXCLUSIONS.map((e) => e.code) as [ExclusionCode, ...ExclusionCode[]])
    .nullable()
    .default(null),
});

/** 申领: by receipt code and secret, with the identity to be checked when the reward is paid. */
export const claimIn = followIn.extend({
  name: text(2, 30, '姓名'),
  idNumber: z.string().trim().toUpperCase().regex(ID_NUMBER, '请填写 18 位居民身份证号码'),
  phone,
});

export const payIn = z.object({
  version: z.number().int().min(1),
  /** The officer saw the claimant's identity card and it matches the claim. */
  identityChecked: z.literal(true, '发放前须核验领奖人身份证件'),
  paidOn: z.iso.date('请选择发放日期'),
  voucher: text(2, 100, '发放凭证号'),
});

export const rewardOut = z.object({
  id: z.uuid(),
  state: z.enum(REWARD_STATES),
  amountFen: z.number().int(),
  finesFen: z.number().int().nullable(),
  computation: z.string(),
  basis: z.string(),
  proposedBy: z.string(),
  proposedAt: z.date(),
  decidedBy: z.string().nullable(),
  decidedAt: z.date().nullable(),
  reason: z.string().nullable(),
  claimedAt: z.date().nullable(),
  paidOn: z.string().nullable(),
  voucher: z.string().nullable(),
  version: z.number(),
});
export type RewardOut = z.infer<typeof rewardOut>;

/** The figures this module answers for in the yearly report (figures.ts). */
export const TIP_FIGURE_CODES = [
  'tips.received',
  'tips.accepted',
  'tips.acceptDue',
  'tips.acceptOnTime',
  'tips.complaints',
  'tips.verified',
  'tips.ledToCases',
  'tips.finishDue',
  'tips.finishOnTime',
  'tips.rewarded',
  ...TIP_CHANNELS.map((c) => `tips.channel.${c}` as const),
  ...REPORT_KINDS.map((k) => `tips.kind.${k}` as const),
  'tips.complaintsConcluded',
  ...COMPLAINT_OUTCOMES.map((o) => `tips.complaint.${o}` as const),
] as const;
export type TipFigureCode = (typeof TIP_FIGURE_CODES)[number];

export const listTipsQuery = z.object({
  orgId: z.uuid().optional(),
  state: z.enum(TIP_STATES).optional(),
  kind: z.enum(TIP_KINDS).optional(),
  channel: z.enum(TIP_CHANNELS).optional(),
  q: z.string().trim().max(50).optional(),
  /** The tips a figure counts (统计分析's drill-down), with the period. */
  figure: z.enum(TIP_FIGURE_CODES).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type ListTipsQuery = z.infer<typeof listTipsQuery>;

export const tipOut = z.object({
  id: z.uuid(),
  receipt: z.string(),
  orgId: z.uuid(),
  orgName: z.string(),
  kind: z.enum(TIP_KINDS),
  channel: z.enum(TIP_CHANNELS),
  state: z.enum(TIP_STATES),
  subjectName: z.string(),
  address: z.string().nullable(),
  content: z.string(),
  anonymous: z.boolean(),
  receivedAt: z.date(),
  acceptBy: z.string(),
  /** The first tip of the same matter (same subject and kind, in the same bureau), when this one is not it. */
  firstTipId: z.uuid().nullable(),
  reply: z.string().nullable(),
  /** 办结期限: 60 days from acceptance (rules.ts TIP_PERIODS.finish). */
  finishBy: z.string().nullable(),
  taskId: z.uuid().nullable(),
  verification: z.enum(VERIFICATION_RESULTS).nullable(),
  verificationNote: z.string().nullable(),
  caseIds: z.array(z.uuid()),
  complaintOutcome: z.enum(COMPLAINT_OUTCOMES).nullable(),
  correctiveAct: z.string().nullable(),
  rewardState: z.enum(REWARD_STATES).nullable(),
  version: z.number(),
});
export type TipOut = z.infer<typeof tipOut>;

/** What the task the tip was assigned to found, and the cases opened from it: the handler links the tip to these. */
export const findingsOut = z.object({
  taskStatus: z.string(),
  completedOn: z.string().nullable(),
  recordNumber: z.string().nullable(),
  hazards: z.array(z.object({ id: z.uuid(), description: z.string(), grade: z.string(), status: z.string() })),
  cases: z.array(
    z.object({
      id: z.uuid(),
      partyName: z.string(),
      summary: z.string(),
      stateName: z.string(),
      decisionNumber: z.string().nullable(),
      fineYuan: z.number().nullable(),
    }),
  ),
});

export const tipDetailOut = tipOut.extend({ findings: findingsOut.nullable(), rewards: z.array(rewardOut) });
export type TipDetailOut = z.infer<typeof tipDetailOut>;

export const tipPageOut = z.object({ items: z.array(tipOut), total: z.number() });
export const tipIdParams = z.object({ id: z.uuid() });
export const rewardParams = z.object({ id: z.uuid(), rewardId: z.uuid() });

/** The workbench's tips agenda (agenda.ts). */
export const tipAgendaOut = z.object({
  today: z.string(),
  items: z.array(
    z.object({
      id: z.uuid(),
      receipt: z.string(),
      orgName: z.string(),
      kind: z.enum(TIP_KINDS),
      state: z.enum(TIP_STATES),
      subjectName: z.string(),
      deadline: z.object({ kind: z.enum(['accept', 'finish']), label: z.string(), dueOn: z.string(), daysLeft: z.number(), basis: z.string() }),
    }),
  ),
});
