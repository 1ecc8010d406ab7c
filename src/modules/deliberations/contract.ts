import { z } from 'zod';
import { isoDate, listQuery } from '../../platform/contract.js';
import { CONCLUSIONS, MEETING_STATES, MEMBER_KINDS, VOTES } from './codes.js';

// 集体讨论: shared by server and web (no server imports).

const text = (max: number, what: string) => z.string().trim().max(max, `${what}不超过 ${max} 个字`);
const version = z.number().int().positive();

export const DELIBERATION_SORTS = ['heldOn', 'createdAt'] as const;

export const listDeliberationsQuery = listQuery(DELIBERATION_SORTS).extend({
  orgId: z.uuid().optional(),
  state: z.enum(MEETING_STATES).optional(),
  /** The meetings that had this case on their agenda (the case page's link). */
  caseId: z.uuid().optional(),
});
export type ListDeliberationsQuery = z.infer<typeof listDeliberationsQuery>;

export const awaitingQuery = z.object({ orgId: z.uuid().optional() });
export const deliberationIdParams = z.object({ id: z.uuid() });
export const itemParams = z.object({ id: z.uuid(), itemId: z.uuid() });
export const minutesQuery = z.object({ format: z.enum(['pdf', 'docx']).default('pdf') });

export const memberIn = z.object({
  userId: z.uuid({ error: '请选择参会人员' }),
  kind: z.enum(MEMBER_KINDS, { error: '请选择主持人、参加讨论或列席' }),
  present: z.boolean(),
  absenceReason: text(200, '缺席原因').nullish(),
});

export const createMeetingIn = z.object({
  orgId: z.uuid({ error: '请选择召开会议的机关' }),
  heldOn: isoDate,
  place: z.string().trim().min(2, '会议地点至少 2 个字').max(100, '会议地点不超过 100 个字'),
  recorderId: z.uuid({ error: '请选择记录人' }),
  members: z.array(memberIn).min(1, '请填写参会人员').max(30, '参会人员不超过 30 人'),
});
export type CreateMeetingIn = z.infer<typeof createMeetingIn>;

export const membersIn = z.object({ version, members: createMeetingIn.shape.members });
export type MembersIn = z.infer<typeof membersIn>;

export const addItemIn = z.object({
  version,
  caseId: z.uuid({ error: '请选择案件' }),
  /** 案件调查终结报告 in brief: what the investigator tells the meeting. */
  reportSummary: z.string().trim().min(10, '调查情况汇报至少 10 个字').max(4000, '调查情况汇报不超过 4000 个字'),
});
export type AddItemIn = z.infer<typeof addItemIn>;

export const concludeIn = z.object({
  version,
  conclusion: z.enum(CONCLUSIONS, { error: '请选择讨论结论' }),
  conclusionText: z.string().trim().min(5, '讨论意见至少 5 个字').max(4000, '讨论意见不超过 4000 个字'),
  votes: z
    .array(
      z.object({
        userId: z.uuid({ error: '请选择表决人' }),
        vote: z.enum(VOTES, { error: '请选择同意、不同意、弃权或回避' }),
        opinion: text(1000, '个人意见').nullish(),
      }),
    )
    .min(1, '请记录表决情况')
    .max(30),
  dissent: text(2000, '不同意见').nullish(),
});
export type ConcludeIn = z.infer<typeof concludeIn>;

export const closeIn = z.object({ version });
export type CloseIn = z.infer<typeof closeIn>;

const member = z.object({
  userId: z.uuid(),
  name: z.string(),
  kind: z.enum(MEMBER_KINDS),
  present: z.boolean(),
  absenceReason: z.string().nullable(),
});
const penalty = z.object({ measures: z.array(z.string()), fineYuan: z.number(), confiscationYuan: z.number() });

export const itemOut = z.object({
  id: z.uuid(),
  caseId: z.uuid(),
  position: z.number().int(),
  partyName: z.string(),
  caseSummary: z.string(),
  proposal: penalty.nullable(),
  investigatorIds: z.array(z.uuid()),
  reportSummary: z.string(),
  legalOpinion: z.string().nullable(),
  votes: z.array(z.object({ userId: z.uuid(), name: z.string(), vote: z.enum(VOTES), opinion: z.string() })),
  tally: z.object({ agree: z.number(), disagree: z.number(), abstain: z.number(), recused: z.number() }),
  conclusion: z.enum(CONCLUSIONS).nullable(),
  conclusionText: z.string().nullable(),
  dissent: z.string().nullable(),
});
export type ItemOut = z.infer<typeof itemOut>;

export const meetingOut = z.object({
  id: z.uuid(),
  orgId: z.uuid(),
  orgName: z.string(),
  heldOn: z.string(),
  place: z.string(),
  chairId: z.uuid(),
  chairName: z.string(),
  recorderId: z.uuid(),
  recorderName: z.string(),
  members: z.array(member),
  quorum: z.object({ named: z.number(), present: z.number(), required: z.number(), met: z.boolean() }),
  state: z.enum(MEETING_STATES),
  minutesNumber: z.string().nullable(),
  closedAt: z.date().nullable(),
  itemCount: z.number().int(),
  items: z.array(itemOut),
  version: z.number().int(),
});
export type MeetingOut = z.infer<typeof meetingOut>;

export const meetingPageOut = z.object({
  items: z.array(meetingOut.omit({ items: true })),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

export const awaitingOut = z.array(
  z.object({
    id: z.uuid(),
    orgId: z.uuid(),
    partyName: z.string(),
    summary: z.string(),
    stateName: z.string(),
    penalty: penalty.nullable(),
    legalOpinion: z.string().nullable(),
    /** The open meeting the case is already on, if any. */
    onMeetingId: z.uuid().nullable(),
  }),
);

/** Figures this module answers for in the yearly report. */
export const DELIBERATION_FIGURE_CODES = ['deliberations.meetings', 'deliberations.cases'] as const;
