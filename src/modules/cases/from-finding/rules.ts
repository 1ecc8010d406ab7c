// Pure helpers for 立案 from an inspection finding: the facts paragraph and the violation types a
// check item suggests. The officer still picks the type; a suggestion is never applied silently.
import { VIOLATION_TYPES } from '../../catalogue/law/work-safety-law.js';
import type { ProvisionRef } from '../../catalogue/law/types.js';
import { CHECKLISTS } from '../../catalogue/standards/checklists.js';

interface FindingItem {
  code: string;
  text: string;
  note?: string;
  basis?: ProvisionRef;
}

/**
 * The violation types for a check item: the one the checklist names for it, then those whose
 * breached provision is the item's basis (same law and article; paragraph and item when given).
 */
export function suggestedViolationTypes(item: FindingItem | undefined): string[] {
  if (!item) return [];
  const named = CHECKLISTS.flatMap((c) => c.items).find((i) => i.code === item.code)?.violationTypeCode;
  const b = item.basis;
  const byBasis = b
    ? VIOLATION_TYPES.filter((v) => {
        const p = v.breachedProvision;
        return (
          p &&
          p.lawCode === b.lawCode &&
          p.article === b.article &&
          (b.paragraph === undefined || p.paragraph === undefined || p.paragraph === b.paragraph) &&
          (b.item === undefined || p.item === undefined || p.item === b.item)
        );
      }).map((v) => v.code)
    : [];
  return [...new Set([...(named ? [named] : []), ...byBasis])];
}

/**
 * The facts as the record states them, so the 立案审批表 repeats the record rather than a retelling.
 * The place inspected, the spot of the hazard and the problem are kept apart: glued together they
 * read as one phrase (在生产车间、仓库及办公区域未配备…). The record's number, which opens with its
 * own bracket (（咸安）应急检记〔2026〕1号), stands alone rather than inside another bracket.
 */
export function findingSummary(f: {
  recordNumber: string | null;
  inspectedOn: string;
  place: string;
  description: string;
  location: string;
  item: FindingItem | undefined;
  majorHazardCode: string | null;
}): string {
  const sentence = (s: string) => s.trim().replace(/[。；;，,\s]+$/, '');
  const place = sentence(f.place);
  const description = sentence(f.description);
  const location = sentence(f.location);
  const note = f.item?.note ? sentence(f.item.note) : '';
  const inspected = `${f.inspectedOn}，执法人员对当事人${place ? `的${place}` : ''}进行现场检查`;
  const found = `发现${location ? `${location}` : ''}存在以下问题：${description}。`;
  const item = f.item ? `检查项「${f.item.text}」判定存在问题${note && note !== description ? `：${note}` : ''}。` : '';
  const major = f.majorHazardCode ? `该隐患属重大事故隐患（判定情形 ${f.majorHazardCode}）。` : '';
  const record = f.recordNumber ? `以上事实见现场检查记录${f.recordNumber.trim()}。` : '';
  return `${inspected}，${found}${item}${major}${record}`;
}
