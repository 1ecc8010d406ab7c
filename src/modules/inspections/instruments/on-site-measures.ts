import { INSTRUMENT_TYPES } from '../../../platform/documents/numbering.js';
import { dateText, type Block, type Instrument } from '../../../platform/documents/render/model.js';
import { remediesText } from '../../../platform/documents/render/remedies.js';
import { RuleViolation, ValidationError } from '../../../platform/errors.js';
import { citeAll, sameProvision } from '../../catalogue/citation.js';
import type { ProvisionRef } from '../../catalogue/law/types.js';
import { wsl } from '../../catalogue/standards/laws.js';
import { assertOfficers } from './basis.js';
import { hazardText, officerLines, recipientLine } from './common.js';
import type { OnSiteMeasureCode, OnSiteMeasuresData } from './types.js';

// 《安全生产法》第六十五条第一款: 第二项 corrects violations on the spot; 第三项 lets the officers
// evacuate, suspend production or stop equipment only for a major hazard that cannot be kept safe
// while it is removed; 第四项 seals or seizes unsafe equipment and illegal dangerous goods (with
// 行政强制法's own procedure, hence its separate 查封扣押决定书).
export const ON_SITE_MEASURES: Record<OnSiteMeasureCode, { text: string; basis: ProvisionRef; majorHazardOnly: boolean }> = {
  correctOnSite: { text: '对上述违法行为当场予以纠正', basis: wsl(65, 1, 2), majorHazardOnly: false },
  evacuate: { text: '从危险区域内撤出作业人员', basis: wsl(65, 1, 3), majorHazardOnly: true },
  suspendProduction: { text: '暂时停产停业', basis: wsl(65, 1, 3), majorHazardOnly: true },
  stopEquipment: { text: '停止使用相关设施、设备', basis: wsl(65, 1, 3), majorHazardOnly: true },
  seize: { text: '查封、扣押下列设施、设备、器材或者危险物品', basis: wsl(65, 1, 4), majorHazardOnly: false },
};

const ORDER: OnSiteMeasureCode[] = ['correctOnSite', 'evacuate', 'suspendProduction', 'stopEquipment', 'seize'];

/** 现场处理措施决定书: what the officers decided on the spot, and on which item of art. 65. */
export function buildOnSiteMeasures(d: OnSiteMeasuresData): Instrument {
  assertOfficers(d.officers);
  if (d.findings.length === 0) throw new ValidationError('至少列出一项违法行为或者事故隐患', 'findings');
  const codes = ORDER.filter((c) => d.measures.includes(c));
  if (codes.length === 0) throw new ValidationError('至少选择一项现场处理措施', 'measures');
  if (codes.some((c) => ON_SITE_MEASURES[c].majorHazardOnly) && !d.findings.some((f) => f.major)) {
    throw new RuleViolation('撤出作业人员、暂时停产停业或者停止使用设施设备，仅适用于重大事故隐患', 'measures', '安全生产法 第六十五条第一款第三项');
  }
  if (codes.includes('seize') && !d.seizedItems?.trim()) throw new ValidationError('查封、扣押须列明物品及其所在地点', 'seizedItems');

  const basis = codes.map((c) => ON_SITE_MEASURES[c].basis).filter((b, i, all) => all.findIndex((x) => sameProvision(x, b)) === i);
  const blocks: Block[] = [
    { kind: 'paragraph', text: `${d.enterpriseName}：` },
    { kind: 'paragraph', indent: true, text: '经现场检查，你单位存在下列违法行为或者事故隐患：' },
    ...d.findings.map((f, i): Block => ({ kind: 'paragraph', indent: true, text: `${i + 1}. ${hazardText(f)}` })),
    { kind: 'paragraph', indent: true, text: `依据${citeAll(basis)}的规定，本机关决定采取如下现场处理措施：` },
    ...codes.map(
      (c, i): Block => ({
        kind: 'paragraph',
        indent: true,
        text: `${i + 1}. ${ON_SITE_MEASURES[c].text}${c === 'seize' ? `：${d.seizedItems!.trim()}` : ''}。`,
      }),
    ),
    ...(codes.some((c) => ON_SITE_MEASURES[c].majorHazardOnly)
      ? [{ kind: 'paragraph', indent: true, text: '重大事故隐患排除后，经本机关审查同意，方可恢复生产经营和使用。' } satisfies Block]
      : []),
    { kind: 'paragraph', indent: true, text: remediesText('决定', d.remedies) },
    { kind: 'signatures', lines: [...officerLines(d.officers, d.decidedOn), recipientLine(d.recipient, 'recipient')] },
    { kind: 'closing', lines: [d.orgName, '（印章）', dateText(d.decidedOn)] },
    { kind: 'note', text: '本文书一式两份，一份交被检查单位，一份存档。' },
  ];
  return { orgName: d.orgName, title: INSTRUMENT_TYPES.onSiteMeasures.name, number: d.number, blocks };
}
