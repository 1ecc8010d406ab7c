import type { FineRange, MeasureCode, ProvisionRef, ViolationType } from './types.js';

// Small builders for the violation rows, shared by every file of the Work Safety Law's articles.

export const at = (article: number, paragraph?: number, item?: number): ProvisionRef => ({
  lawCode: 'work-safety-law-2021',
  article,
  ...(paragraph ? { paragraph } : {}),
  ...(item ? { item } : {}),
});
export const upTo = (max: number): FineRange => ({ min: 0, max });
export const range = (min: number, max: number): FineRange => ({ min, max });
export const RESPONSIBLE = '直接负责的主管人员和其他直接责任人员';

type ItemTerms = Pick<ViolationType, 'unitFine' | 'personFine' | 'ifNotCorrected' | 'note'> & { measures: MeasureCode[] };

/** The rows of an article whose items (项) share one penalty clause: one row per item. */
export function itemised(article: number, terms: ItemTerms) {
  return (item: number, title: string, breached: ProvisionRef): ViolationType => ({
    code: `WSL-${article}-${item}`,
    title,
    breachedProvision: breached,
    punishingProvision: at(article, undefined, item),
    unitFine: terms.unitFine,
    personFine: terms.personFine,
    personRole: RESPONSIBLE,
    ifNotCorrected: terms.ifNotCorrected,
    measures: terms.measures,
    ...(terms.note ? { note: terms.note } : {}),
  });
}
