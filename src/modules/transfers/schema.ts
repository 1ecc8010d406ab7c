import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../../platform/auth/schema.js';
import { org } from '../../platform/orgs/schema.js';
import { penaltyCase } from '../cases/schema.js';
import type { PoliceDecision, ReturnKind, SupervisionResult, TransferState } from './codes.js';

// 行刑衔接 (criminalTransfer): opened in the case's transaction when the head approves 移送公安机关
// (the event case.transferredToPolice), then the 移送材料清单, the police's 回执 and decision, the
// procuratorate's supervision on a refusal, and the return for administrative penalty (which
// re-opens the case through the cases module's event). 联席会议 are the mechanism's meetings.

/** 涉案人员: who is transferred (counted for 移送涉案人数). */
export interface TransferPerson {
  name: string;
  /** e.g. 主要负责人, 安全管理人员, 作业人员. */
  role: string;
  idNumber: string | null;
}

/** One line of the 移送材料清单: an instrument or a piece of evidence of the case, or a material added here. */
export interface TransferMaterial {
  kind: 'instrument' | 'evidence' | 'other';
  name: string;
  number: string;
  note: string;
}

export const criminalTransfer = pgTable(
  'criminal_transfer',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => penaltyCase.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    state: text('state').$type<TransferState>().notNull().default('awaitingReceipt'),
    /** As the case stood when transferred. */
    partyName: text('party_name').notNull(),
    caseSummary: text('case_summary').notNull(),
    suspectedCrime: text('suspected_crime').notNull(),
    letterNumber: text('letter_number'),
    policeAuthority: text('police_authority'),
    approvedOn: text('approved_on').notNull(),
    approvedBy: uuid('approved_by').references(() => userAccount.id),
    persons: jsonb('persons').$type<TransferPerson[]>().notNull().default(sql`'[]'::jsonb`),
    materials: jsonb('materials').$type<TransferMaterial[]>().notNull().default(sql`'[]'::jsonb`),
    /** 抄送同级人民检察院: which, and when. */
    procuratorate: text('procuratorate'),
    copiedToProcuratorateOn: text('copied_to_procuratorate_on'),
    /** 罚款 already paid before the transfer (行政处罚法 第三十五条第二款). */
    finePaidYuan: integer('fine_paid_yuan').notNull().default(0),
    /** 公安机关回执. */
    receivedOn: text('received_on'),
    receiptNumber: text('receipt_number'),
    receivedByName: text('received_by_name'),
    /** 立案 / 不予立案, the notice's number and day, and the police's reasons. */
    policeDecision: text('police_decision').$type<PoliceDecision>(),
    policeDecidedOn: text('police_decided_on'),
    policeNoticeNumber: text('police_notice_number'),
    noticeReceivedOn: text('notice_received_on'),
    policeReasons: text('police_reasons'),
    policeDecisionRecordedBy: uuid('police_decision_recorded_by').references(() => userAccount.id),
    /** 提请人民检察院立案监督 and its result. */
    supervisionRequestedOn: text('supervision_requested_on'),
    supervisionReasons: text('supervision_reasons'),
    supervisionRequestedBy: uuid('supervision_requested_by').references(() => userAccount.id),
    supervisionResult: text('supervision_result').$type<SupervisionResult>(),
    supervisionResultOn: text('supervision_result_on'),
    supervisionResultText: text('supervision_result_text'),
    supervisionResultRecordedBy: uuid('supervision_result_recorded_by').references(() => userAccount.id),
    /** 移回行政处罚. */
    returnKind: text('return_kind').$type<ReturnKind>(),
    returnedOn: text('returned_on'),
    returnOpinion: text('return_opinion'),
    returnedBy: uuid('returned_by').references(() => userAccount.id),
    /** 罚金 the court imposed, and what the later decision is to take from it (行政处罚法 第三十五条). */
    criminalFineYuan: integer('criminal_fine_yuan').notNull().default(0),
    fineCreditText: text('fine_credit_text'),
    /** 刑事程序结果 (判决、不起诉 …) when it ends there. */
    outcome: text('outcome'),
    concludedOn: text('concluded_on'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('criminal_transfer_org_state_idx').on(t.orgId, t.state), index('criminal_transfer_case_idx').on(t.caseId)],
);

/** 联席会议 (衔接办法 协作机制, 条号待核): with the police and the procuratorate, its topics and conclusions (会议纪要). */
export const jointMeeting = pgTable(
  'joint_meeting',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    heldOn: text('held_on').notNull(),
    /** 参会单位: the organisations, this authority included. */
    participants: text('participants').array().notNull(),
    topics: text('topics').notNull(),
    conclusions: text('conclusions').notNull(),
    createdBy: uuid('created_by').references(() => userAccount.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('joint_meeting_org_held_idx').on(t.orgId, t.heldOn)],
);
