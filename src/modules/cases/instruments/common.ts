// Wording every case instrument shares, so the party, the facts, the law and the penalty read the
// same in each: all of it is taken from the stored case, never re-typed per instrument.
import { INSTRUMENT_TYPES, parseInstrumentNumber, type InstrumentType } from '../../../platform/documents/numbering.js';
import { dateText, type Field, type SignatureLine } from '../../../platform/documents/render/model.js';
import { chinaDate } from '../../../platform/dates.js';
import { cite } from '../../catalogue/citation.js';
import { VIOLATION_TYPES } from '../../catalogue/law/work-safety-law.js';
import type { ViolationType } from '../../catalogue/law/types.js';
import { hasHearingRight, type PenaltyMeasure } from '../workflow/facts.js';
import { factsOf } from '../workflow/particulars.js';
import { yuanText } from './money.js';
import type { CaseInstrumentData, StoredEvent } from './types.js';

type Rows = ([Field] | [Field, Field])[];

const MEASURE_ZH: Record<PenaltyMeasure, string> = {
  warning: '警告',
  fine: '罚款',
  confiscation: '没收违法所得',
  suspendProduction: '责令停产停业',
  revokeLicence: '吊销有关许可证件',
  closeDown: '责令关闭',
  restrictPractice: '限制从业',
};

/** 你单位 for an organisation, 你 for a citizen. */
export const you = (d: CaseInstrumentData) => (d.case.partyKind === 'citizen' ? '你' : '你单位');

export function violationOf(d: CaseInstrumentData): ViolationType {
  const v = VIOLATION_TYPES.find((x) => x.code === d.case.violationTypeCode);
  if (!v) throw new RangeError(`违法行为 ${d.case.violationTypeCode} 不在目录中`);
  return v;
}

/** 案由: 湖北某某化工有限公司未按照规定…案. */
export const causeText = (d: CaseInstrumentData) => `${d.case.partyName}${violationOf(d).title}案`;

/** The party as forms show it: name, then the registry entry or the identity number. */
export function partyRows(d: CaseInstrumentData): Rows {
  const c = d.case;
  if (c.partyKind === 'citizen')
    return [
      [
        { label: '当事人', value: c.partyName },
        { label: '身份证件号码', value: c.partyIdNumber ?? '' },
      ],
    ];
  const e = d.enterprise;
  return [
    [{ label: '当事人', value: c.partyName }],
    [{ label: '统一社会信用代码', value: e?.uscc ?? c.partyIdNumber ?? '' }],
    [
      { label: '地址', value: e?.address ?? '' },
      { label: '法定代表人（负责人）', value: e?.legalRepresentative ?? '' },
    ],
  ];
}

/** The party line at the head of a letter: 湖北某某化工有限公司（统一社会信用代码：…）： */
export function addressee(d: CaseInstrumentData): string {
  const id = d.enterprise?.uscc ?? d.case.partyIdNumber;
  return `${d.case.partyName}${id ? `（${d.case.partyKind === 'citizen' ? '身份证件号码' : '统一社会信用代码'}：${id}）` : ''}：`;
}

const bare = (s: string) => s.trim().replace(/[。；;，,]+$/, '');

/** 经查，湖北某某化工有限公司于2026年1月20日未按照规定…。 */
export const factsText = (d: CaseInstrumentData) => `经查，${d.case.partyName}于${dateText(d.case.violationDate)}${bare(d.case.summary)}。`;

/** 以上事实违反了《…》第X条的规定 (reasons), and the punishing provision (basis). */
/** `who`: 你单位 in letters to the party, 当事人 in the internal forms. */
export function breachText(d: CaseInstrumentData, who = you(d)): string {
  const v = violationOf(d);
  return v.breachedProvision ? `${who}的上述行为违反了${cite(v.breachedProvision)}的规定` : `${who}的上述行为属于${v.title}`;
}
export const punishingCite = (d: CaseInstrumentData) => cite(violationOf(d).punishingProvision);

/** 警告，罚款人民币60000元（大写：陆万元整）: the measures of the stored penalty, fine with its amount. */
export function penaltyText(d: CaseInstrumentData): string {
  const p = d.case.penalty;
  if (!p) return '';
  return p.measures
    .map((m) =>
      m === 'fine'
        ? `罚款${yuanText(p.fineYuan)}`
        : m === 'confiscation' && p.confiscationYuan > 0
          ? `没收违法所得${yuanText(p.confiscationYuan)}`
          : m === 'revokeLicence' && p.licenceNumbers?.length
            ? `吊销许可证件（编号：${p.licenceNumbers.join('、')}）`
            : MEASURE_ZH[m],
    )
    .join('，');
}

/** 行政处罚法 第六十三条 as the state machine reads it from the stored penalty. */
export const hearingRight = (d: CaseInstrumentData) => hasHearingRight(factsOf(d.case, d.case.decidedOn ?? d.case.violationDate, true));

export const lastEvent = (d: CaseInstrumentData, ...names: string[]): StoredEvent | undefined => d.events.filter((e) => names.includes(e.event)).at(-1);

/**
 * The number issued for this instrument when its step was taken; an instrument drafted before
 * its step (or one the workflow never numbers) prints the blank form, and downloading never
 * issues a number.
 */
export function numberOf(d: CaseInstrumentData, type: InstrumentType): string {
  if (type === 'penaltyDecision' && d.case.decisionNumber) return d.case.decisionNumber;
  const issued = d.events.flatMap((e) => e.instrumentNumbers).filter((n) => parseInstrumentNumber(n)?.type === type);
  return issued.at(-1) ?? blankNumber(type);
}
export const blankNumber = (type: InstrumentType) => `（　　）应急${INSTRUMENT_TYPES[type].abbrev}〔　　〕　　号`;

export const officersText = (d: CaseInstrumentData) =>
  d.investigators.map((o) => (o.credentialNo ? `${o.name}（执法证号：${o.credentialNo}）` : o.name)).join('、');

export function officerLines(d: CaseInstrumentData, date?: string): SignatureLine[] {
  return d.investigators.map((o) => ({ role: '承办人（签名）', name: o.credentialNo ? `${o.name}　证号：${o.credentialNo}` : o.name, date }));
}

/** An approval box: the opinion and who gave it when the step was taken, blank lines before. */
export function approvalLine(role: string, e: StoredEvent | undefined): { opinion: string; line: SignatureLine } {
  return { opinion: e ? e.opinion?.trim() || '同意。' : '', line: { role, name: e?.actorName ?? undefined, date: e ? chinaDate(e.at) : undefined } };
}
