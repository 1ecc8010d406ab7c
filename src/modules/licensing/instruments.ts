// 行政许可文书: pure builders from the stored application to the instrument model, one per act the
// applicant is told of in writing. The numbers are those issued with the act (instrument-numbers.ts);
// an act taken before instruments were numbered prints the blank number. Rendering is the
// platform's (documents/render), so the DOCX and the PDF say the same.
import { chinaDate } from '../../platform/dates.js';
import { INSTRUMENT_TYPES, type InstrumentType } from '../../platform/documents/numbering.js';
import { dateText, type Block, type Instrument } from '../../platform/documents/render/model.js';
import { REMEDIES } from './codes.js';
import { LICENSE_INSTRUMENT_KINDS, type ApplicationInstrumentOut, type LicenseInstrumentKind } from './instrument-contract.js';
import { SERVICE_GUIDES } from './matters.js';
import { acceptanceDueOn, certificateDueOn, decisionClock, LICENSING_PERIODS } from './rules.js';
import type { licenseApplication } from './schema.js';

/** The instrument type of each kind (numbering.ts holds the names and the abbreviations). */
export const INSTRUMENT_TYPE_OF = {
  supplementNotice: 'licenseSupplementNotice',
  acceptance: 'licenseAcceptanceNotice',
  refusalToAccept: 'licenseRefusalToAccept',
  extension: 'licenseExtensionNotice',
  grant: 'licenseGrant',
  denial: 'licenseDenial',
} as const satisfies Record<LicenseInstrumentKind, InstrumentType>;

export type InstrumentApplication = Pick<
  typeof licenseApplication.$inferSelect,
  | 'applicationNo'
  | 'matterCode'
  | 'state'
  | 'scope'
  | 'submittedAt'
  | 'receivedOn'
  | 'supplementNotices'
  | 'acceptedOn'
  | 'deemedAccepted'
  | 'kind'
  | 'deemedGranted'
  | 'refusalReason'
  | 'pauses'
  | 'extensionDays'
  | 'extensionReason'
  | 'decidedOn'
  | 'decisionReason'
  | 'closedOn'
>;

export interface LicensingInstrumentData {
  application: InstrumentApplication;
  /** The issuing bureau's full name. */
  orgName: string;
  applicant: { name: string; uscc: string | null };
  /**
   * Numbers issued to the application's instruments, in the order issued (`date`, China); a voided
   * one keeps its place with `number` null, so the Nth 补正 notice still finds the Nth number.
   */
  numbers: { type: string; number: string | null; date: string }[];
}

const ALP = '《中华人民共和国行政许可法》';
const COPIES = '本文书一式两份，一份送达申请人，一份存档。';
const bare = (s: string) => s.trim().replace(/[。；;，,\s]+$/, '');
/** The reasons as decided, without the remedies the act appended to them (codes.ts REMEDIES). */
const reasonsOf = (stored: string | null) => bare((stored ?? '').replace(REMEDIES, ''));
const blankNumber = (type: InstrumentType) => `（　　）应急${INSTRUMENT_TYPES[type].abbrev}〔　　〕　　号`;

/** The number issued with the act (the Nth for the Nth 补正 notice, the last otherwise). */
function issued(d: LicensingInstrumentData, kind: LicenseInstrumentKind, notice?: number) {
  const mine = d.numbers.filter((n) => n.type === INSTRUMENT_TYPE_OF[kind]);
  return kind === 'supplementNotice' ? mine[(notice ?? d.application.supplementNotices.length) - 1] : mine.at(-1);
}

/** The Nth 补正 notice (from 1), or null when there is none; the last when N is left out. */
const noticeAt = (d: LicensingInstrumentData, notice?: number) =>
  d.application.supplementNotices[(notice ?? d.application.supplementNotices.length) - 1] ?? null;

/** Why the instrument cannot be had yet (the act has not been taken), or null. */
export function instrumentProblem(kind: LicenseInstrumentKind, d: LicensingInstrumentData, notice?: number): string | null {
  const a = d.application;
  switch (kind) {
    case 'supplementNotice':
      if (!a.supplementNotices.length) return '该申请没有告知补正，没有补正材料通知书';
      return noticeAt(d, notice) ? null : `该申请只有 ${a.supplementNotices.length} 次补正告知`;
    case 'acceptance':
      return a.acceptedOn ? null : '申请尚未受理，没有受理通知书';
    case 'refusalToAccept':
      return a.state === 'refusedToAccept' ? null : '申请未被决定不予受理';
    case 'extension':
      return a.extensionDays > 0 ? null : '审查期限未延长，没有延长审查期限告知书';
    case 'grant':
      return a.state === 'granted' || a.state === 'issued' ? null : '申请未被准予行政许可';
    case 'denial':
      return a.state === 'denied' ? null : '申请未被决定不予行政许可';
  }
}

/** Every instrument the application's history has given, in the order of its acts. */
export function availableInstruments(d: LicensingInstrumentData): ApplicationInstrumentOut[] {
  const out: ApplicationInstrumentOut[] = [];
  const add = (kind: LicenseInstrumentKind, notice?: number) =>
    out.push({
      kind,
      title: INSTRUMENT_TYPES[INSTRUMENT_TYPE_OF[kind]].name,
      notice: notice ?? null,
      number: issued(d, kind, notice)?.number ?? null,
      date: dateOf(kind, d, notice) ?? null,
    });
  // The kinds are listed in the order their acts come: the notices, acceptance or refusal, extension, decision.
  for (let n = 1; n <= d.application.supplementNotices.length; n++) add('supplementNotice', n);
  for (const kind of LICENSE_INSTRUMENT_KINDS) if (kind !== 'supplementNotice' && !instrumentProblem(kind, d)) add(kind);
  return out;
}

/** The day the instrument was made: the act's day. */
function dateOf(kind: LicenseInstrumentKind, d: LicensingInstrumentData, notice?: number): string | undefined {
  const a = d.application;
  const numbered = issued(d, kind, notice)?.date;
  switch (kind) {
    case 'supplementNotice':
      return noticeAt(d, notice)?.issuedOn;
    case 'acceptance':
      // Deemed acceptance dates back to the day received; the notice is made the day it is found.
      return numbered ?? (a.deemedAccepted ? undefined : (a.acceptedOn ?? undefined));
    case 'refusalToAccept':
      return a.closedOn ?? numbered;
    case 'extension':
      return numbered;
    case 'grant':
    case 'denial':
      return a.decidedOn ?? numbered;
  }
}

/** The day the material of the Nth round arrived: the submission, then each answer to a notice. */
function receivedFor(a: InstrumentApplication, notice: number): string | null {
  if (notice <= 1) return a.submittedAt ? chinaDate(a.submittedAt) : a.receivedOn;
  return a.supplementNotices[notice - 2]?.answeredOn ?? a.receivedOn;
}

const you = '你单位';
const addressee = (d: LicensingInstrumentData) => `${d.applicant.name}${d.applicant.uscc ? `（统一社会信用代码：${d.applicant.uscc}）` : ''}：`;
const matterName = (d: LicensingInstrumentData) => SERVICE_GUIDES[d.application.matterCode].name;
/** 你单位于2026年9月28日提交的危险化学品经营许可证核发申请（申请编号：XK…）. */
const applied = (d: LicensingInstrumentData, received: string | null) =>
  `${you}${received ? `于${dateText(received)}` : ''}提交的${matterName(d)}申请（申请编号：${d.application.applicationNo}）`;
/** The application as a whole: first submitted on…, the last 补正 material received on…. */
function appliedAll(d: LicensingInstrumentData): string {
  const a = d.application;
  const first = receivedFor(a, 1);
  const again = a.receivedOn && a.receivedOn !== first ? `，并于${dateText(a.receivedOn)}提交了补正材料` : '';
  return `${applied(d, first)}${again}`;
}
/** 经审查，… unless the stated reasons already say how they were found. */
const found = (reasons: string) => (/^经/.test(reasons) ? reasons : `经审查，${reasons}`);
const legalBasis = (d: LicensingInstrumentData) => {
  const b = SERVICE_GUIDES[d.application.matterCode].basis[0];
  return `《${b.law}》${b.article}`;
};

function letter(d: LicensingInstrumentData, kind: LicenseInstrumentKind, body: Block[], notice?: number): Instrument {
  const type = INSTRUMENT_TYPE_OF[kind];
  return {
    orgName: d.orgName,
    title: INSTRUMENT_TYPES[type].name,
    number: issued(d, kind, notice)?.number ?? blankNumber(type),
    blocks: [
      { kind: 'paragraph', text: addressee(d) },
      ...body,
      { kind: 'closing', lines: [d.orgName, '（印章）', dateText(dateOf(kind, d, notice))] },
      { kind: 'note', text: COPIES },
    ],
  };
}
const para = (text: string): Block => ({ kind: 'paragraph', indent: true, text });

/** 补正材料通知书: every missing or defective item at once (第三十二条第一款第四项). */
export function buildSupplementNotice(d: LicensingInstrumentData, notice = d.application.supplementNotices.length): Instrument {
  const n = noticeAt(d, notice);
  if (!n) throw new RangeError(`没有第 ${notice} 次补正告知`);
  const received = receivedFor(d.application, notice);
  const names = new Map(SERVICE_GUIDES[d.application.matterCode].materials.map((m) => [m.code, m.name]));
  return letter(
    d,
    'supplementNotice',
    [
      para(
        `${notice > 1 ? `${applied(d, receivedFor(d.application, 1))}，并于${dateText(received ?? undefined)}提交了补正材料，经审查，申请材料仍` : `${applied(d, received)}，经审查，申请材料`}不齐全或者不符合法定形式。依据${ALP}第三十二条第一款第四项的规定，现一次性告知${you}需要补正的全部内容如下：`,
      ),
      {
        kind: 'table',
        columns: [
          { title: '序号', weight: 1 },
          { title: '申请材料', weight: 5 },
          { title: '需补正的内容', weight: 6 },
        ],
        rows: n.items.map((item, i) => [String(i + 1), names.get(item.materialCode) ?? item.materialCode, bare(item.problem)]),
      },
      ...(n.note ? [para(`其他说明：${bare(n.note)}。`)] : []),
      para(
        `请${you}按照上述要求补正全部材料后重新提交。本机关自收到全部补正材料之日起${LICENSING_PERIODS.acceptance.days}个工作日内作出是否受理的决定；逾期未作决定的，自收到补正材料之日起即为受理（${ALP}第三十二条、第八十二条）。`,
      ),
      ...(received ? [para(`本通知于收到申请材料之日起${LICENSING_PERIODS.acceptance.days}个工作日内（${dateText(acceptanceDueOn(received))}前）作出。`)] : []),
    ],
    notice,
  );
}

/** 受理通知书: accepted, or accepted by law when no notice came in time (第三十二条第一款第四项). */
export function buildAcceptanceNotice(d: LicensingInstrumentData): Instrument {
  const a = d.application;
  const acceptedOn = a.acceptedOn as string;
  const guide = SERVICE_GUIDES[a.matterCode];
  const accepted = a.deemedAccepted
    ? `${appliedAll(d)}，本机关未在收到申请材料之日起${LICENSING_PERIODS.acceptance.days}个工作日内${a.receivedOn ? `（${dateText(acceptanceDueOn(a.receivedOn))}前）` : ''}告知补正或者作出不予受理的决定。依据${ALP}第三十二条第一款第四项的规定，该申请自收到申请材料之日即${dateText(acceptedOn)}起依法视为受理。`
    : `${appliedAll(d)}，申请事项属于本机关职权范围，申请材料齐全、符合法定形式。依据${ALP}第三十二条第一款第五项的规定，本机关决定予以受理，受理日期为${dateText(acceptedOn)}。`;
  return letter(d, 'acceptance', [
    para(accepted),
    para(`申请许可范围：${bare(a.scope)}。`),
    para(
      `本机关将自受理之日起${guide.statutory.days}个工作日内作出行政许可决定（${ALP}第四十二条、第八十二条；${bare(guide.statutory.basis.split('：')[0])}）。依法需要听证、检验、检测、鉴定和专家评审的，所需时间不计算在上述期限内，本机关将书面告知${you}（${ALP}第四十五条）。`,
    ),
  ]);
}

/** 不予受理决定书: the reasons and the remedies (第三十二条、第七条). */
export function buildRefusalToAccept(d: LicensingInstrumentData): Instrument {
  const a = d.application;
  return letter(d, 'refusalToAccept', [
    para(`${appliedAll(d)}，${found(reasonsOf(a.refusalReason))}。`),
    para(`依据${ALP}第三十二条第一款的规定，本机关决定不予受理。`),
    para(`根据${ALP}第七条的规定，${REMEDIES}`),
  ]);
}

/** The last day of the decision period as the extension set it, counting the pauses known that day. */
export function extendedDueOn(a: InstrumentApplication, extendedOn: string | undefined): string | null {
  const asOf = extendedOn ?? (a.acceptedOn as string);
  const pauses = extendedOn ? a.pauses.filter((p) => p.from <= extendedOn).map((p) => (p.to !== null && p.to > extendedOn ? { ...p, to: null } : p)) : a.pauses;
  const clock = decisionClock(
    {
      acceptedOn: a.acceptedOn as string,
      pauses,
      extensionDays: LICENSING_PERIODS.extension.days as 10,
      decisionDays: SERVICE_GUIDES[a.matterCode].statutory.days,
    },
    asOf,
  );
  return clock.dueOn;
}

/** 延长审查期限告知书: the head's approval, the reasons and the new last day (第四十二条). */
export function buildExtensionNotice(d: LicensingInstrumentData): Instrument {
  const a = d.application;
  const extendedOn = dateOf('extension', d);
  const due = extendedDueOn(a, extendedOn);
  const until = due ? `审查期限延长至${dateText(due)}届满` : `延长后的审查期限自现场核查、专家评审等结束后继续计算（${ALP}第四十五条）`;
  return letter(d, 'extension', [
    para(
      `本机关于${dateText(a.acceptedOn ?? undefined)}受理${appliedAll(d)}。因${reasonsOf(a.extensionReason)}，本机关不能在法定期限内作出行政许可决定。依据${ALP}第四十二条第一款的规定，经本机关负责人批准，审查期限延长${LICENSING_PERIODS.extension.days}个工作日，${until}。`,
    ),
    para(`特此告知。`),
  ]);
}

const reviewedText = (d: LicensingInstrumentData) => {
  const a = d.application;
  return `${appliedAll(d)}，本机关于${dateText(a.acceptedOn ?? undefined)}${a.deemedAccepted ? '依法视为' : ''}受理。`;
};

/** 准予行政许可决定书 (第三十八条第一款): what is granted, and the certificate within 10 working days (第四十四条). */
export function buildGrantDecision(d: LicensingInstrumentData): Instrument {
  const a = d.application;
  const decidedOn = a.decidedOn as string;
  // 第五十条: a renewal is granted by a decision, or by law when none came before the licence ended.
  const decision =
    a.kind !== 'renewal'
      ? [
          para(`${reviewedText(d)}${found(reasonsOf(a.decisionReason))}。`),
          para(`依据${ALP}第三十八条第一款和${legalBasis(d)}的规定，本机关决定准予行政许可${a.kind === 'change' ? '变更' : ''}。`),
        ]
      : a.deemedGranted
        ? [para(`${reviewedText(d)}本机关在原许可证件有效期届满前未作出是否准予延续的决定。依据${ALP}第五十条第二款的规定，视为准予延续。`)]
        : [
            para(`${reviewedText(d)}${found(reasonsOf(a.decisionReason))}。`),
            para(`依据${ALP}第五十条和${legalBasis(d)}的规定，本机关决定准予延续行政许可有效期。`),
          ];
  return letter(d, 'grant', [
    ...decision,
    {
      kind: 'fields',
      rows: [[{ label: '许可事项', value: matterName(d) }], [{ label: '被许可人', value: d.applicant.name }], [{ label: '许可范围', value: bare(a.scope) }]],
    },
    para(
      `本机关将自作出本决定之日起${LICENSING_PERIODS.certificate.days}个工作日内（${dateText(certificateDueOn(decidedOn))}前）向${you}颁发、送达许可证件（${ALP}第四十四条、第八十二条）。`,
    ),
  ]);
}

/** 不予行政许可决定书: the reasons and the right to 复议 or 诉讼 (第三十八条第二款). */
export function buildDenialDecision(d: LicensingInstrumentData): Instrument {
  const a = d.application;
  return letter(d, 'denial', [
    para(`${reviewedText(d)}${found(reasonsOf(a.decisionReason))}。`),
    para(`依据${ALP}第三十八条第二款的规定，本机关决定不予行政许可。`),
    para(`根据${ALP}第三十八条第二款的规定，${REMEDIES}`),
  ]);
}

/** The instrument of `kind` (the Nth 补正 notice when `notice` is given); check `instrumentProblem` first. */
export function buildLicensingInstrument(kind: LicenseInstrumentKind, d: LicensingInstrumentData, notice?: number): Instrument {
  switch (kind) {
    case 'supplementNotice':
      return buildSupplementNotice(d, notice);
    case 'acceptance':
      return buildAcceptanceNotice(d);
    case 'refusalToAccept':
      return buildRefusalToAccept(d);
    case 'extension':
      return buildExtensionNotice(d);
    case 'grant':
      return buildGrantDecision(d);
    case 'denial':
      return buildDenialDecision(d);
  }
}
