// 文书编号: the customary form （机关简称）应急 + type abbreviation + 〔year〕 + serial + 号, e.g.
// （咸）应急罚〔2026〕12号 (shared/reference/codes.md). Serials run per org, type and year without
// gaps, and a number is never reused, even when its instrument is voided.

/** Instrument types with their customary abbreviations (应急管理行政执法文书式样). */
export const INSTRUMENT_TYPES = {
  inspectionRecord: { name: '现场检查记录', abbrev: '检记' },
  rectificationOrder: { name: '责令限期整改指令书', abbrev: '责改' },
  onSiteMeasures: { name: '现场处理措施决定书', abbrev: '现决' },
  reinspectionOpinion: { name: '整改复查意见书', abbrev: '复查' },
  filingApproval: { name: '立案审批表', abbrev: '立' },
  interviewRecord: { name: '询问笔录', abbrev: '询' },
  samplingVoucher: { name: '抽样取证凭证', abbrev: '抽' },
  preservationNotice: { name: '先行登记保存证据通知书', abbrev: '先保' },
  preservationDecision: { name: '先行登记保存证据处理决定书', abbrev: '先处' },
  caseHandlingApproval: { name: '案件处理呈批表', abbrev: '呈' },
  penaltyNotice: { name: '行政处罚告知书', abbrev: '告' },
  hearingNotice: { name: '听证告知书', abbrev: '听告' },
  penaltyDecision: { name: '行政处罚决定书', abbrev: '罚' },
  summaryDecision: { name: '当场处罚决定书', abbrev: '简罚' },
  noPenaltyDecision: { name: '不予行政处罚决定书', abbrev: '不罚' },
  serviceReceipt: { name: '送达回执', abbrev: '送' },
  hearingRecord: { name: '听证笔录', abbrev: '听录' },
  instalmentApproval: { name: '延期（分期）缴纳罚款决定书', abbrev: '缓缴' },
  latePaymentSurchargeNotice: { name: '加处罚款催告书', abbrev: '催' },
  courtEnforcementApplication: { name: '强制执行申请书', abbrev: '强执' },
  filingRevocation: { name: '撤销立案审批表', abbrev: '撤立' },
  transferLetter: { name: '案件移送书', abbrev: '移' },
  criminalTransferLetter: { name: '涉嫌犯罪案件移送书', abbrev: '刑移' },
  closureReport: { name: '结案审批表', abbrev: '结' },
  // 行政许可 (行政许可法 第三十二条、第三十八条、第四十二条).
  licenseAcceptanceNotice: { name: '受理通知书', abbrev: '许受' },
  licenseSupplementNotice: { name: '补正材料通知书', abbrev: '许补' },
  licenseRefusalToAccept: { name: '不予受理决定书', abbrev: '许不受' },
  licenseGrant: { name: '准予行政许可决定书', abbrev: '许准' },
  licenseDenial: { name: '不予行政许可决定书', abbrev: '许不准' },
  licenseExtensionNotice: { name: '延长审查期限告知书', abbrev: '许延' },
  // 严重失信主体名单 (安全生产严重失信主体名单管理办法: 列入前告知、书面列入决定).
  creditNotice: { name: '列入严重失信主体名单告知书', abbrev: '信告' },
  creditListingDecision: { name: '列入严重失信主体名单决定书', abbrev: '信列' },
  // 信用修复: 准予 or 不予提前移出, and the revocation of an early removal obtained by fraud.
  creditRepairDecision: { name: '严重失信主体名单信用修复决定书', abbrev: '信修' },
  creditRepairRevocation: { name: '撤销提前移出严重失信主体名单决定书', abbrev: '信撤' },
  // 集体讨论 (行政处罚法 第五十七条第二款): the minutes of a meeting, numbered when it closes.
  deliberationMinutes: { name: '集体讨论记录', abbrev: '集讨' },
  // 案卷评查: the result of one file's evaluation, notified to the org that handled it.
  evaluationNotice: { name: '案卷评查结果通知书', abbrev: '评查' },
} as const;
export type InstrumentType = keyof typeof INSTRUMENT_TYPES;

/** （咸）应急罚〔2026〕12号. */
export function formatInstrumentNumber(orgShortName: string, type: InstrumentType, year: number, serial: number): string {
  if (!orgShortName.trim()) throw new RangeError('机关简称不能为空');
  if (!Number.isInteger(year) || year < 2000 || year > 2999) throw new RangeError(`年份无效：${year}`);
  if (!Number.isInteger(serial) || serial < 1) throw new RangeError(`序号无效：${serial}`);
  return `（${orgShortName}）应急${INSTRUMENT_TYPES[type].abbrev}〔${year}〕${serial}号`;
}

/** The parts of a formatted number, or null when the text is not one. */
export function parseInstrumentNumber(text: string): { orgShortName: string; type: InstrumentType; year: number; serial: number } | null {
  const m = /^（(.+?)）应急(.+?)〔(\d{4})〕([1-9]\d*)号$/.exec(text);
  if (!m) return null;
  const type = (Object.keys(INSTRUMENT_TYPES) as InstrumentType[]).find((t) => INSTRUMENT_TYPES[t].abbrev === m[2]);
  return type ? { orgShortName: m[1], type, year: Number(m[3]), serial: Number(m[4]) } : null;
}
