// Provisions the inspection instruments rest on, cited through the catalogue's one citation
// function so the wording matches every other instrument. 《安全生产法》(2021):
//   第六十五条第一款第二项 — violations found: corrected on the spot or ordered corrected by a deadline;
//   第六十五条第一款第三项 — hazards found: ordered removed;
//   第六十七条 — officers show their enforcement credentials (亮证);
//   第六十八条 — the written record, signed by the officers and the inspected unit's 负责人; a
//                refusal to sign is recorded.
//   第一百零二条 — a hazard not removed: ordered removed and fined; refusal → 停产停业整顿.
// 行政处罚法 第四十二条 — no fewer than two officers, credentials shown.
import { RuleViolation } from '../../../platform/errors.js';
import { basis, wsl } from '../../catalogue/standards/laws.js';
import type { OfficerOnSite } from './types.js';

export const ORDER_BASIS = [wsl(65, 1, 2), wsl(65, 1, 3)];
export const CREDENTIAL_BASIS = wsl(67);
export const RECORD_BASIS = wsl(68);
export const HAZARD_NOT_REMOVED_BASIS = wsl(102);
export const TWO_OFFICERS_BASIS = basis('administrative-penalty-law-2021', 42);

/** An instrument is signed by at least two officers, each named with a credential number. */
export function assertOfficers(officers: readonly OfficerOnSite[]): void {
  if (officers.length < 2) throw new RuleViolation('执法人员不得少于两人', 'officers', '行政处罚法 第四十二条');
  const blank = officers.find((o) => !o.name.trim() || !o.credentialNo.trim());
  if (blank) throw new RuleViolation(`执法人员「${blank.name || '（未填姓名）'}」缺少执法证号，无法亮证`, 'officers', '安全生产法 第六十七条');
}
