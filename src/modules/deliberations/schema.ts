import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../../platform/auth/schema.js';
import { org } from '../../platform/orgs/schema.js';
import { penaltyCase } from '../cases/schema.js';
import type { Conclusion, MeetingState, MemberKind, Vote } from './codes.js';

// 集体讨论会议 (行政处罚法 第五十七条第二款): a meeting of the authority's leaders, who was there,
// the cases on its agenda and each member's vote on each. Closed once: the minutes (集体讨论记录)
// take their number then, and every case on the agenda has its deliberation recorded in the same
// transaction (the event deliberation.closed, which the cases module takes).

/** A member as recorded: who, in what capacity, present or absent and why. Names kept as of the meeting. */
export interface MeetingMember {
  userId: string;
  name: string;
  kind: MemberKind;
  present: boolean;
  absenceReason: string | null;
}

/** One member's vote on one case, with the opinion they gave. */
export interface MemberVote {
  userId: string;
  name: string;
  vote: Vote;
  opinion: string;
}

/** The penalty a case proposes (measures and amounts), as it stood when put on the agenda. */
export interface ProposedPenalty {
  measures: string[];
  fineYuan: number;
  confiscationYuan: number;
}

export const deliberationMeeting = pgTable(
  'deliberation_meeting',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    /** YYYY-MM-DD (China). */
    heldOn: text('held_on').notNull(),
    place: text('place').notNull(),
    chairId: uuid('chair_id')
      .notNull()
      .references(() => userAccount.id),
    recorderId: uuid('recorder_id')
      .notNull()
      .references(() => userAccount.id),
    members: jsonb('members').$type<MeetingMember[]>().notNull().default(sql`'[]'::jsonb`),
    state: text('state').$type<MeetingState>().notNull().default('open'),
    /** 集体讨论记录's number, issued on closing. */
    minutesNumber: text('minutes_number'),
    closedBy: uuid('closed_by').references(() => userAccount.id),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('deliberation_meeting_org_held_idx').on(t.orgId, t.heldOn)],
);

export const deliberationItem = pgTable(
  'deliberation_item',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => deliberationMeeting.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => penaltyCase.id),
    position: integer('position').notNull(),
    /** As the case stood when put on the agenda (the minutes print it). */
    partyName: text('party_name').notNull(),
    caseSummary: text('case_summary').notNull(),
    proposal: jsonb('proposal').$type<ProposedPenalty | null>(),
    investigatorIds: uuid('investigator_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** 案件调查终结报告 in brief, as an investigator reports it to the meeting. */
    reportSummary: text('report_summary').notNull(),
    /** 法制审核意见, from the case's last review when there is one. */
    legalOpinion: text('legal_opinion'),
    votes: jsonb('votes').$type<MemberVote[]>().notNull().default(sql`'[]'::jsonb`),
    conclusion: text('conclusion').$type<Conclusion>(),
    /** The meeting's reasons, as the minutes record them. */
    conclusionText: text('conclusion_text'),
    /** 不同意见: members who disagreed and what they said (kept even when outvoted). */
    dissent: text('dissent'),
  },
  (t) => [uniqueIndex('deliberation_item_meeting_case_idx').on(t.meetingId, t.caseId), index('deliberation_item_case_idx').on(t.caseId)],
);
