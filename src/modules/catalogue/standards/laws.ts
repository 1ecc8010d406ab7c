import type { LawCode } from '../law/types.js';
import type { Basis } from './types.js';

// Check items cite provisions the way decision documents do, through the catalogue's one
// citation function (catalogue/citation.ts) and its one list of laws.
export { chineseNumeral, cite as citeBasis } from '../citation.js';

/** A Basis without the keys it does not use. */
export function basis(lawCode: LawCode, article: number, paragraph?: number, item?: number): Basis {
  return { lawCode, article, ...(paragraph ? { paragraph } : {}), ...(item ? { item } : {}) };
}

/** 《安全生产法》 provision, the commonest basis. */
export const wsl = (article: number, paragraph?: number, item?: number): Basis => basis('work-safety-law-2021', article, paragraph, item);
