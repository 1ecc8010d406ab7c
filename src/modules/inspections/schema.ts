import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/db/columns.js';
import type { ProvisionRef } from '../catalogue/law/types.js';
import { userAccount } from '../../platform/auth/schema.js';
import { org } from '../../platform/orgs/schema.js';
import { enterprise } from '../registry/schema.js';
import type { InspectionTaskSource, InspectionTaskStatus, InspectionRecordStatus, EvidenceKind, HazardStatus, HazardGrade, HazardOrigin } from './codes.js';

// 专项整治: a named drive of an org over its subtree for a period, narrowed to industries and
// key-supervision categories; its 专项检查 tasks point at it. Planned and active follow from the
// dates (campaigns/rules.ts); closing is a leader's act, with its date.
export const campaign = pgTable(
  'campaign',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    name: text('name').notNull(),
    /** 依据、文件: the document that launched the drive (e.g. 咸应急〔2026〕12号). */
    basis: text('basis').notNull(),
    /** YYYY-MM-DD (China), both days included. */
    startsOn: text('starts_on').notNull(),
    endsOn: text('ends_on').notNull(),
    /** GB/T 4754 section letters or division codes (C, C26); empty: every industry. */
    industryCodes: text('industry_codes').array().notNull().default(sql`'{}'::text[]`),
    /** registry KEY_CATEGORIES; empty: every enterprise of the industries. */
    keyCategories: text('key_categories').array().notNull().default(sql`'{}'::text[]`),
    goal: text('goal').notNull().default(''),
    closedOn: text('closed_on'),
    closedBy: uuid('closed_by').references(() => userAccount.id),
    closingNote: text('closing_note'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdBy: uuid('created_by').references(() => userAccount.id),
  },
  (t) => [index('campaign_org_idx').on(t.orgId, t.startsOn)],
);

// 检查任务: one enterprise to inspect, by a team of officers. Draws, the annual plan's key list,
// tips and ad hoc decisions create them; the inspection record (现场检查) completes them.

export const inspectionTask = pgTable(
  'inspection_task',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprise.id),
    source: text('source').$type<InspectionTaskSource>().notNull(),
    /** The draw, spot-check matter or plan the task comes from, when it comes from one. */
    drawId: uuid('draw_id'),
    matterCode: text('matter_code'),
    /** The checklist of the spot-check matter, given by the draw that made the task. */
    checklistCode: text('checklist_code'),
    planId: uuid('plan_id'),
    /** Why an ad hoc or tip task was opened. */
    reason: text('reason'),
    /** 举报编号/来源 of a tip task, until the tips module exists. */
    tipRef: text('tip_ref'),
    /** 联合执法: the other departments inspecting with the bureau (安全生产法 第六十九条). */
    departments: text('departments').array().notNull().default(sql`'{}'::text[]`),
    /** 专项检查: the campaign the task belongs to. */
    campaignId: uuid('campaign_id').references(() => campaign.id),
    officerIds: uuid('officer_ids').array().notNull().default(sql`'{}'::uuid[]`),
    status: text('status').$type<InspectionTaskStatus>().notNull().default('assigned'),
    /** YYYY-MM-DD: the date the task is planned for (the draw's date, or the plan's month). */
    plannedOn: text('planned_on').notNull(),
    completedOn: text('completed_on'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdBy: uuid('created_by').references(() => userAccount.id),
  },
  (t) => [
    index('inspection_task_org_idx').on(t.orgId, t.plannedOn),
    index('inspection_task_enterprise_idx').on(t.enterpriseId, t.plannedOn),
    index('inspection_task_draw_idx').on(t.drawId),
    index('inspection_task_plan_idx').on(t.planId),
    index('inspection_task_campaign_idx').on(t.campaignId),
    index('inspection_task_officers_idx').using('gin', t.officerIds).with({ fastupdate: false }),
  ],
);

// 现场检查记录: one per task. Items, people present and the signature live in the row; the
// number is issued when the record is completed, in the same transaction.
export interface RecordItem {
  code: string;
  text: string;
  /** notChecked (未检查) carries its reason in the note. */
  result: 'compliant' | 'hazard' | 'notApplicable' | 'notChecked';
  note?: string;
  majorHazardCode?: string;
  /** The provision the item checks, copied from the checklist so the record stands alone. */
  basis?: ProvisionRef;
}
export interface PresentPerson {
  name: string;
  position?: string;
}

export const inspectionRecord = pgTable(
  'inspection_record',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    taskId: uuid('task_id')
      .notNull()
      .references(() => inspectionTask.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprise.id),
    status: text('status').$type<InspectionRecordStatus>().notNull().default('inProgress'),
    checklistCode: text('checklist_code'),
    startedAt: timestamp('started_at', { withTimezone: true, mode: 'date' }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true, mode: 'date' }),
    place: text('place').notNull().default(''),
    present: jsonb('present').$type<PresentPerson[]>().notNull().default([]),
    items: jsonb('items').$type<RecordItem[]>().notNull().default([]),
    findings: text('findings').notNull().default(''),
    signerName: text('signer_name'),
    signaturePng: bytea('signature_png'),
    signatureRefused: text('signature_refused'),
    /** 现场检查记录 number, and the 责令限期整改指令书 number when hazards were found. */
    number: text('number'),
    orderNumber: text('order_number'),
    completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => userAccount.id),
  },
  (t) => [uniqueIndex('inspection_record_task_idx').on(t.taskId), index('inspection_record_org_idx').on(t.orgId)],
);

// 证据材料: the file itself (bytea) and its SM3 digest, which the upload's ledger entry carries.

export const inspectionEvidence = pgTable(
  'inspection_evidence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprise.id),
    /** On a record (officers), or on a hazard (rectification evidence from the enterprise). */
    recordId: uuid('record_id').references(() => inspectionRecord.id),
    hazardId: uuid('hazard_id'),
    kind: text('kind').$type<EvidenceKind>().notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    digest: text('digest').notNull(),
    alg: text('alg').notNull(),
    bytes: bytea('bytes').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true, mode: 'date' }).notNull(),
    uploadedBy: uuid('uploaded_by').references(() => userAccount.id),
  },
  (t) => [index('inspection_evidence_record_idx').on(t.recordId), index('inspection_evidence_hazard_idx').on(t.hazardId)],
);

// 隐患: found on a record, or reported by the enterprise itself (企业自查自纠, no record), tracked
// to closure. Transitions are pure (rules.ts, hazardTransition).

export const hazard = pgTable(
  'hazard',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    origin: text('origin').$type<HazardOrigin>().notNull().default('inspection'),
    /** The record it was found on; none for a self-report. */
    recordId: uuid('record_id').references(() => inspectionRecord.id),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprise.id),
    description: text('description').notNull(),
    location: text('location').notNull().default(''),
    checkItemCode: text('check_item_code'),
    majorHazardCode: text('major_hazard_code'),
    grade: text('grade').$type<HazardGrade>().notNull(),
    measures: text('measures').notNull(),
    /** YYYY-MM-DD (China): rectified by the end of this day. */
    deadline: text('deadline').notNull(),
    responsiblePerson: text('responsible_person').notNull(),
    status: text('status').$type<HazardStatus>().notNull().default('open'),
    /** YYYY-MM-DD (China) found and closed: the figures count by these. */
    foundOn: text('found_on').notNull(),
    closedOn: text('closed_on'),
    /** The last note of each side: rectification, extension request, re-inspection, escalation. */
    rectificationNote: text('rectification_note'),
    extensionReason: text('extension_reason'),
    requestedDeadline: text('requested_deadline'),
    reinspectionNote: text('reinspection_note'),
    escalationReason: text('escalation_reason'),
    /** 现场处理措施 ordered on escalation (安全生产法 第六十五条): suspendProduction or stopUse. */
    escalationMeasure: text('escalation_measure').$type<'suspendProduction' | 'stopUse'>(),
    /** The penalty case opened from this finding (立案), set by the cases module's event. */
    caseId: uuid('case_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdBy: uuid('created_by').references(() => userAccount.id),
  },
  (t) => [
    index('hazard_org_idx').on(t.orgId, t.foundOn),
    index('hazard_enterprise_idx').on(t.enterpriseId, t.status),
    index('hazard_deadline_idx').on(t.status, t.deadline),
    check('hazard_inspection_has_record', sql`${t.origin} <> 'inspection' or ${t.recordId} is not null`),
  ],
);
