import { type AnyPgColumn, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { userAccount } from '../../platform/auth/schema.js';
import { bytea } from '../../platform/db/columns.js';
import { org } from '../../platform/orgs/schema.js';
import { enterprise } from '../registry/schema.js';
import type { ApplicationChannel, ApplicationKind, ApplicationState, LicenseMatterCode, LicenseState, PauseKind } from './codes.js';

/** One 补正 notice: every missing or defective item at once (行政许可法 第三十二条). */
export interface SupplementNotice {
  items: { materialCode: string; problem: string }[];
  note: string | null;
  issuedOn: string;
  issuedBy: string;
  /** When the applicant sent the material back; null while awaited. */
  answeredOn: string | null;
}

/** A stretch of review not counted in the decision period (第四十五条), open while `to` is null. */
export interface ReviewPause {
  kind: PauseKind;
  from: string;
  to: string | null;
  note: string;
  by: string;
}

// 行政许可申请: from the enterprise online or taken at the counter, accepted or sent one 补正 notice,
// reviewed, decided and issued. Dates are China dates (ISO), the periods counted on them in working
// days (rules.ts). Every change is one transaction with its ledger entry.
export const licenseApplication = pgTable(
  'license_application',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** 申请编号 XK + China date + 6 characters, given when the draft is made. */
    applicationNo: text('application_no').notNull(),
    matterCode: text('matter_code').$type<LicenseMatterCode>().notNull(),
    /** The issuing bureau the application is addressed to (the enterprise's own, or the city's). */
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprise.id),
    channel: text('channel').$type<ApplicationChannel>().notNull(),
    kind: text('kind').$type<ApplicationKind>().notNull().default('new'),
    /** The licence a renewal (延续) or change (变更) continues; null for a new one. */
    priorLicenceId: uuid('prior_licence_id').references((): AnyPgColumn => licence.id),
    /** That licence's last valid day: a renewal is decided before it ends, or granted by law (第五十条). */
    priorValidTo: text('prior_valid_to'),
    state: text('state').$type<ApplicationState>().notNull().default('draft'),
    /** 申请许可范围 / 经营方式, in the applicant's words. */
    scope: text('scope').notNull(),
    contactName: text('contact_name').notNull(),
    contactPhone: text('contact_phone').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdBy: uuid('created_by').references(() => userAccount.id),
    /** Null while a draft. */
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    /** The day the current round of material arrived: the 5 working days to accept run from it. */
    receivedOn: text('received_on'),
    submittedBy: uuid('submitted_by').references(() => userAccount.id),
    supplementNotices: jsonb('supplement_notices').$type<SupplementNotice[]>().notNull().default([]),
    acceptedOn: text('accepted_on'),
    acceptedBy: uuid('accepted_by').references(() => userAccount.id),
    /** Accepted by law because no notice came within 5 working days (第三十二条). */
    deemedAccepted: boolean('deemed_accepted').notNull().default(false),
    /** A renewal granted by law because no decision came before the licence expired (第五十条). */
    deemedGranted: boolean('deemed_granted').notNull().default(false),
    /** 不予受理 / 不予许可: the reasons, and the remedies told (复议 or 诉讼, with their periods). */
    refusalReason: text('refusal_reason'),
    pauses: jsonb('pauses').$type<ReviewPause[]>().notNull().default([]),
    extensionDays: integer('extension_days').notNull().default(0),
    extensionReason: text('extension_reason'),
    extendedBy: uuid('extended_by').references(() => userAccount.id),
    decidedOn: text('decided_on'),
    decidedBy: uuid('decided_by').references(() => userAccount.id),
    decisionReason: text('decision_reason'),
    closedOn: text('closed_on'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('license_application_no_idx').on(t.applicationNo),
    index('license_application_org_idx').on(t.orgId, t.createdAt),
    index('license_application_enterprise_idx').on(t.enterpriseId),
    index('license_application_prior_idx').on(t.priorLicenceId),
  ],
);

// 申请材料: each file against a material code of the matter's service guide (matters.ts), kept as
// bytes with its SM3 digest, which the upload's ledger entry carries.
export const licenseMaterial = pgTable(
  'license_material',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => licenseApplication.id),
    materialCode: text('material_code').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    digest: text('digest').notNull(),
    bytes: bytea('bytes').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true, mode: 'date' }).notNull(),
    uploadedBy: uuid('uploaded_by').references(() => userAccount.id),
    /** Set aside by a 补正 notice or replaced by a later file of the same code. */
    withdrawn: boolean('withdrawn').notNull().default(false),
  },
  (t) => [index('license_material_application_idx').on(t.applicationId, t.materialCode)],
);

/** What the certificate says and the SM2 signature covers (canonicalJson, licence-content.ts). */
export interface LicenceContent {
  format: 'zhifa-licence/1';
  id: string;
  licenceNo: string;
  matterCode: LicenseMatterCode;
  matterName: string;
  holder: string;
  uscc: string;
  principalPerson: string;
  address: string;
  scope: string;
  validFrom: string;
  validTo: string;
  issuer: string;
  issuedOn: string;
}

// 许可证登记: every licence the bureau issued (电子证照), one row each, with its signed content. Its
// standing (有效/吊销/注销/暂扣/已变更换证) changes with later acts; the signed content never does — a
// renewal or a change of content is a new licence with its own number, named as the old one's successor.
export const licence = pgTable(
  'licence',
  {
    id: uuid('id').primaryKey(),
    licenceNo: text('licence_no').notNull(),
    matterCode: text('matter_code').$type<LicenseMatterCode>().notNull(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprise.id),
    /** The application it was issued on. */
    applicationId: uuid('application_id').references(() => licenseApplication.id),
    content: jsonb('content').$type<LicenceContent>().notNull(),
    /** SM2 with SM3 over canonicalJson(content), base64 DER, by the server's ledger key. */
    signature: text('signature').notNull(),
    keyId: text('key_id').notNull(),
    sigScheme: text('sig_scheme').notNull(),
    validFrom: text('valid_from').notNull(),
    validTo: text('valid_to').notNull(),
    state: text('state').$type<Exclude<LicenseState, 'expired'>>().notNull().default('valid'),
    issuedOn: text('issued_on').notNull(),
    issuedBy: uuid('issued_by').references(() => userAccount.id),
    /** When and why it stopped being valid before its term (吊销 by a penalty decision, 注销). */
    endedOn: text('ended_on'),
    endReason: text('end_reason'),
    endedByCaseId: uuid('ended_by_case_id'),
    endDecisionNo: text('end_decision_no'),
    /** The licence a renewal (延续) or change (变更) issued to continue this one. */
    successorId: uuid('successor_id'),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('licence_no_idx').on(t.licenceNo),
    uniqueIndex('licence_application_idx').on(t.applicationId),
    index('licence_enterprise_idx').on(t.enterpriseId, t.validTo),
    index('licence_org_idx').on(t.orgId, t.issuedOn),
  ],
);

/** How a recorded licence came into the register: moved from the enterprise's old free-text field, or entered by staff. */
export type RecordedLicenceOrigin = 'migrated' | 'recorded';

// 外部登记证照: licences the enterprise holds that this platform did not issue — by another authority
// (the province's 安全生产许可证) or before Zhifa — recorded next to the issued ones so the register is
// complete. They carry no signature: there is nothing here to verify, so they have no QR page, and
// everywhere they show they say 外部登记、未经本平台签发. The enterprise's former free-text 许可证 field
// (registry) moved here (migration 0035).
export const recordedLicence = pgTable(
  'recorded_licence',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    enterpriseId: uuid('enterprise_id')
      .notNull()
      .references(() => enterprise.id),
    /** The bureau that recorded it (the enterprise's supervising org then): whose subtree sees it. */
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    /** 证照名称, as the certificate names it (安全生产许可证, 排污许可证 …). */
    kind: text('kind').notNull(),
    licenceNo: text('licence_no').notNull(),
    /** 发证机关; null for an entry migrated from the free-text field, which never asked. */
    issuer: text('issuer'),
    validFrom: text('valid_from'),
    validTo: text('valid_to'),
    scope: text('scope'),
    origin: text('origin').$type<RecordedLicenceOrigin>().notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, mode: 'date' }).notNull(),
    recordedBy: uuid('recorded_by').references(() => userAccount.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('recorded_licence_no_idx').on(t.enterpriseId, t.kind, t.licenceNo), index('recorded_licence_org_idx').on(t.orgId, t.validTo)],
);

/** The last serial of each issuer's licence numbers per matter and year; numbers have no gaps. */
export const licenceCounter = pgTable(
  'licence_counter',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => org.id),
    matterCode: text('matter_code').$type<LicenseMatterCode>().notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.matterCode, t.year] })],
);
