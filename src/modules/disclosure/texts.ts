// What each disclosable act puts on the portal, built from the act's record and redacted by
// rule (redaction.ts) before it is stored: the unredacted record never reaches the disclosure table.
import type { DomainEvents } from '../../platform/events.js';
import type { DisclosureField, DisclosureKind } from './contract.js';
import { maskPersonName, redactText } from './redaction.js';

export interface EnterpriseRef {
  id: string;
  name: string;
  uscc: string;
  regionCode: string;
}

export interface Draft {
  kind: DisclosureKind;
  sourceType: string;
  sourceId: string;
  enterpriseId: string | null;
  enterpriseName: string;
  uscc: string | null;
  regionCode: string | null;
  title: string;
  fields: DisclosureField[];
  body: string;
  decidedOn: string;
}

/** 行政处罚法 第九条 measures, as a decision names them. */
export const MEASURE_NAMES: Record<string, string> = {
  warning: '警告',
  fine: '罚款',
  confiscation: '没收违法所得、没收非法财物',
  suspendProduction: '责令停产停业',
  revokeLicence: '暂扣或者吊销许可证件',
  closeDown: '责令关闭',
  restrictPractice: '限制从业',
};

/** A decision as the cases module announces it (`case.decided`). */
export type CaseForDisclosure = Omit<DomainEvents['case.decided'], 'orgId' | 'enterpriseId'>;

/**
 * A penalty decision (一般程序), a summary decision (简易程序) or a decision not to punish (no
 * measures). A citizen party is shown by surname only (redaction.ts maskPersonName) and without
 * an ID number; an organisation by its registered name and USCC, which are public.
 */
export function caseDecisionDraft(c: CaseForDisclosure, orgName: string, orgRegion: string, ent: EnterpriseRef | null): Draft {
  const measures = c.penalty?.measures ?? [];
  const kind: DisclosureKind = measures.length === 0 ? 'notPunished' : c.procedure === 'summary' ? 'summaryDecision' : 'penaltyDecision';
  const citizen = c.partyKind === 'citizen' || !ent;
  const party = citizen ? maskPersonName(c.partyName) : ent.name;
  const keepNames = [orgName, ...(ent ? [ent.name, ent.uscc] : []), ...(c.decisionNumber ? [c.decisionNumber] : [])];
  const body = redactText(c.summary, { knownPersons: citizen ? [c.partyName] : [], keepNames }).text;
  const fields: DisclosureField[] = [
    { label: '决定文书号', value: c.decisionNumber ?? '' },
    { label: '当事人', value: party },
    ...(citizen ? [] : [{ label: '统一社会信用代码', value: ent.uscc }]),
    { label: '违法行为类型', value: c.violationTypeCode },
    { label: '处罚种类', value: measures.length ? measures.map((m) => MEASURE_NAMES[m] ?? m).join('、') : '不予行政处罚' },
    ...(c.penalty && c.penalty.fineYuan > 0 ? [{ label: '罚款金额（元）', value: String(c.penalty.fineYuan) }] : []),
    ...(c.penalty && c.penalty.confiscationYuan > 0 ? [{ label: '没收金额（元）', value: String(c.penalty.confiscationYuan) }] : []),
    { label: '处罚决定日期', value: c.decidedOn },
    { label: '处罚机关', value: orgName },
  ];
  const noun = kind === 'notPunished' ? '不予行政处罚决定' : kind === 'summaryDecision' ? '当场行政处罚决定' : '行政处罚决定';
  return {
    kind,
    sourceType: 'penaltyCase',
    sourceId: c.id,
    enterpriseId: citizen ? null : ent.id,
    enterpriseName: party,
    uscc: citizen ? null : ent.uscc,
    regionCode: citizen ? orgRegion : ent.regionCode,
    // The number carries its own brackets, （咸安）应急罚〔2026〕3号: set off by a colon, not wrapped in more.
    title: `${orgName}${noun}${c.decisionNumber ? `：${c.decisionNumber}` : ''}`,
    fields,
    body,
    decidedOn: c.decidedOn,
  };
}

export interface RecordForDisclosure {
  id: string;
  number: string | null;
  completedOn: string;
  findings: string;
  hazardCount: number;
  matterCode: string | null;
}

/** 双随机、一公开: the result of one inspection (国发〔2019〕5号). */
export function inspectionResultDraft(r: RecordForDisclosure, orgName: string, ent: EnterpriseRef): Draft {
  const result = r.hazardCount > 0 ? `发现问题隐患 ${r.hazardCount} 项，已责令限期整改` : '未发现问题';
  return {
    kind: 'inspectionResult',
    sourceType: 'inspectionRecord',
    sourceId: r.id,
    enterpriseId: ent.id,
    enterpriseName: ent.name,
    uscc: ent.uscc,
    regionCode: ent.regionCode,
    title: `${orgName}对${ent.name}的执法检查结果`,
    fields: [
      { label: '检查对象', value: ent.name },
      { label: '统一社会信用代码', value: ent.uscc },
      ...(r.matterCode ? [{ label: '抽查事项', value: r.matterCode }] : []),
      { label: '检查日期', value: r.completedOn },
      { label: '检查结果', value: result },
      { label: '检查文书号', value: r.number ?? '' },
      { label: '检查机关', value: orgName },
    ],
    body: redactText(r.findings, { keepNames: [orgName, ent.name, ent.uscc] }).text,
    decidedOn: r.completedOn,
  };
}

export interface DrawForDisclosure {
  id: string;
  name: string;
  matterName: string;
  drawnOn: string;
  enterprises: EnterpriseRef[];
}

/**
 * One item per draw. The enterprise field lists every drawn enterprise so a search by any of
 * their names finds the draw; USCC and region stay null (there are many).
 */
export function drawResultDraft(d: DrawForDisclosure, orgName: string): Draft {
  const names = d.enterprises.map((e) => e.name);
  return {
    kind: 'drawResult',
    sourceType: 'draw',
    sourceId: d.id,
    enterpriseId: null,
    enterpriseName: names.join('、'),
    uscc: null,
    regionCode: null,
    title: `${orgName}“双随机”抽查结果：${d.name}`,
    fields: [
      { label: '抽查事项', value: d.matterName },
      { label: '抽取日期', value: d.drawnOn },
      { label: '抽取户数', value: String(d.enterprises.length) },
      { label: '抽查机关', value: orgName },
    ],
    body: d.enterprises.map((e, i) => `${i + 1}. ${e.name}（${e.uscc}）`).join('\n'),
    decidedOn: d.drawnOn,
  };
}

/** A licence decision as the licensing module announces it (`license.decided`). */
export type LicenseForDisclosure = Omit<DomainEvents['license.decided'], 'orgId' | 'enterpriseId'>;

/**
 * 行政许可决定 (国办发〔2018〕118号: licence decisions within 7 working days): the applicant, an
 * enterprise, by its registered name and USCC; a refusal's reasons redacted like any text.
 */
export function licenceDecisionDraft(l: LicenseForDisclosure, orgName: string, ent: EnterpriseRef): Draft {
  const granted = l.decision === 'granted';
  return {
    kind: 'licenceDecision',
    sourceType: 'licenseApplication',
    sourceId: l.applicationId,
    enterpriseId: ent.id,
    enterpriseName: ent.name,
    uscc: ent.uscc,
    regionCode: ent.regionCode,
    title: `${orgName}行政许可决定：${l.matterName}（${l.applicationNo}）`,
    fields: [
      { label: '申请编号', value: l.applicationNo },
      { label: '许可事项', value: l.matterName },
      { label: '申请人', value: ent.name },
      { label: '统一社会信用代码', value: ent.uscc },
      { label: '许可决定', value: granted ? '准予许可' : '不予许可' },
      { label: '许可范围', value: l.scope },
      { label: '决定日期', value: l.decidedOn },
      { label: '许可机关', value: orgName },
    ],
    body: redactText(granted ? `准予${ent.name}${l.matterName}。许可范围：${l.scope}` : `不予许可。理由：${l.reason}`, {
      knownPersons: [],
      keepNames: [orgName, ent.name, ent.uscc],
    }).text,
    decidedOn: l.decidedOn,
  };
}
