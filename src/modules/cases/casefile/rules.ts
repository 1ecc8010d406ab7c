// 卷宗 (caseFile): the order of the file's contents (卷内目录), kept as data with its basis, and the
// pure arithmetic of the table of contents. No I/O: service.ts renders and stores, verify.ts checks.
import type { CaseInstrumentKind } from '../instruments/types.js';

/** What a part of the file is: one of the case's instruments, or a page the assembly writes. */
export type CaseFilePartKind = CaseInstrumentKind | 'contents' | 'evidenceList' | 'ledgerRecord';

export interface CaseFileOrderRule {
  kind: CaseFilePartKind;
  /** The name the table of contents gives the part. */
  title: string;
  /** Where the order comes from; 待核 where the source does not name this instrument. */
  basis: string;
}

// 《天津市安全生产一般程序行政处罚案件立卷规定》(津安监管法字〔2009〕28号) 二、卷内材料排列顺序 lists the
// 卷内目录 first, then the 行政处罚决定书 (the concluding instrument ahead of the rest), then the
// others in the order the procedure makes them. It is a provincial-level rule of an 安全生产
// 监管 department; the national rule for 应急管理 files (应急管理部《安全生产行政执法文书》式样 and
// its 立卷 instructions) has not been confirmed: 待核. Items the Tianjin list does not name are
// placed by the same principle and marked 待核.
const TJ = '津安监管法字〔2009〕28号 二、卷内材料排列顺序';

export const CASE_FILE_ORDER: readonly CaseFileOrderRule[] = [
  { kind: 'contents', title: '卷内目录', basis: `${TJ} 第1项` },
  { kind: 'penaltyDecision', title: '行政处罚决定书', basis: `${TJ} 第2项` },
  { kind: 'summaryDecision', title: '当场处罚决定书', basis: `${TJ} 第2项（结论性文书在前；简易程序的对应文书，待核）` },
  { kind: 'noPenaltyDecision', title: '不予行政处罚决定书', basis: `${TJ} 第2项（结论性文书在前，待核）` },
  { kind: 'filingApproval', title: '立案审批表', basis: `${TJ} 第3项` },
  { kind: 'interview', title: '询问笔录', basis: `${TJ} 第5项` },
  { kind: 'sampling', title: '抽样取证凭证', basis: `${TJ} 第7项` },
  { kind: 'preservationNotice', title: '先行登记保存证据通知书', basis: `${TJ} 第9项` },
  { kind: 'preservationDecision', title: '先行登记保存证据处理决定书', basis: `${TJ} 第11项` },
  { kind: 'evidenceList', title: '证据材料清单（现场检查记录及证据）', basis: `${TJ} 第12项（现场检查记录；照片等证据材料的位置待核）` },
  { kind: 'penaltyNotice', title: '行政处罚告知书', basis: `${TJ} 第17项` },
  { kind: 'waiverStatement', title: '当事人放弃陈述申辩（听证）声明', basis: `${TJ} 第18项（当事人陈述申辩记录的位置，待核）` },
  { kind: 'hearingNotice', title: '听证告知书', basis: `${TJ} 第19项` },
  { kind: 'hearingRecord', title: '听证笔录', basis: `${TJ} 第21项` },
  { kind: 'caseHandlingApproval', title: '案件处理呈批表', basis: `${TJ} 第23项` },
  { kind: 'latePaymentSurchargeNotice', title: '加处罚款催告书', basis: `${TJ} 第25项（罚款催缴通知书的位置，待核）` },
  { kind: 'instalmentApproval', title: '延期（分期）缴纳罚款决定书', basis: `${TJ} 第26项、第27项` },
  { kind: 'serviceReceipt', title: '送达回执', basis: `${TJ} 第28项` },
  { kind: 'courtEnforcementApplication', title: '强制执行申请书', basis: `${TJ} 第29项` },
  { kind: 'closureReport', title: '结案审批表', basis: `${TJ} 第30项` },
  { kind: 'filingRevocation', title: '撤销立案审批表', basis: `${TJ} 未列（按办案顺序置于结案文书之后，待核）` },
  { kind: 'transferLetter', title: '案件移送书', basis: `${TJ} 未列（按办案顺序置于结案文书之后，待核）` },
  { kind: 'criminalTransferLetter', title: '涉嫌犯罪案件移送书', basis: `${TJ} 未列（按办案顺序置于结案文书之后，待核）` },
  {
    kind: 'ledgerRecord',
    title: '卷内备考表（执法全过程记录索引）',
    basis: 'DA/T 22-2015《归档文件整理规则》备考表置于卷末（待核）；记录索引为本系统所加',
  },
];

const POSITION = new Map(CASE_FILE_ORDER.map((r, i) => [r.kind, i]));

/** A part to be filed: its kind and, for instruments made more than once, its place among them. */
export interface FilePart {
  kind: CaseFilePartKind;
  /** 0-based, in the order recorded (the first 询问笔录 before the second). */
  index: number;
}

/** The parts in the file's order: by kind as CASE_FILE_ORDER has it, then in the order recorded. */
export function orderParts<T extends FilePart>(parts: readonly T[]): T[] {
  const at = (k: CaseFilePartKind) => {
    const p = POSITION.get(k);
    if (p === undefined) throw new RangeError(`卷内目录没有「${k}」的位置`);
    return p;
  };
  return [...parts].sort((a, b) => at(a.kind) - at(b.kind) || a.index - b.index);
}

export function orderRuleOf(kind: CaseFilePartKind): CaseFileOrderRule {
  const r = CASE_FILE_ORDER.find((x) => x.kind === kind);
  if (!r) throw new RangeError(`卷内目录没有「${kind}」的位置`);
  return r;
}

/** First and last page of each part, numbered through from 1, given each part's page count. */
export function pageRanges(counts: readonly number[]): { from: number; to: number }[] {
  let next = 1;
  return counts.map((n) => {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`页数应为正整数，实为 ${n}`);
    const r = { from: next, to: next + n - 1 };
    next += n;
    return r;
  });
}

/** "3" or "3–5": a part's pages as the table of contents prints them. */
export const pagesText = (r: { from: number; to: number }) => (r.from === r.to ? `${r.from}` : `${r.from}–${r.to}`);

/** File names inside the archive: 卷宗.pdf, manifest.json, and evidence/NN-name with the name made safe. */
export function evidencePath(n: number, fileName: string): string {
  const safe =
    Array.from(fileName, (ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? '_' : ch))
      .join('')
      .replace(/^\.+/, '_')
      .slice(0, 120) || 'file';
  return `evidence/${String(n).padStart(2, '0')}-${safe}`;
}

export const BOOK_PATH = '卷宗.pdf';
export const MANIFEST_PATH = 'manifest.json';
/** Added on download once a signed checkpoint covers the assembly's entry; not in the manifest. */
export const PROOF_PATH = 'ledger-proof.json';
export const MANIFEST_FORMAT = 'zhifa-case-file/1';
export const ASSEMBLED_ACTION = 'case.fileAssembled';
