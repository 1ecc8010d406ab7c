import type { KeyCategory } from '../../modules/registry/contract.js';

/**
 * The industry mix of a Hubei prefecture's supervised enterprises, weighted towards manufacturing
 * (GB/T 4754-2017 classes). `hazard` marks the trades whose risk grades run higher; `always` are
 * the key-supervision categories the class implies, `sometimes` those a share of them carry
 * (dust-explosion, confined space, ammonia refrigeration, major hazard installations).
 */
export interface IndustryProfile {
  code: string;
  weight: number;
  /** Words for the enterprise name: 「咸安区鑫华化工有限公司」. */
  words: readonly string[];
  hazard: boolean;
  always: readonly KeyCategory[];
  sometimes?: readonly (readonly [KeyCategory, number])[];
  /** The licence the trade needs (危险化学品、非煤矿山、烟花爆竹 are licensed). */
  licence?: { kind: string; prefix: string };
}

const HAZCHEM_PRODUCTION = { kind: '安全生产许可证', prefix: '（鄂）WH安许证字' };
const HAZCHEM_TRADE = { kind: '危险化学品经营许可证', prefix: '鄂危化经字' };
const FIREWORKS_TRADE = { kind: '烟花爆竹经营（批发）许可证', prefix: '（鄂）YPF' };
const FIREWORKS_PRODUCTION = { kind: '烟花爆竹安全生产许可证', prefix: '（鄂）YH安许证字' };
const MINE = { kind: '安全生产许可证', prefix: '（鄂）FM安许证字' };

const DUST = 'combustibleDust' as const;
const CONFINED = 'confinedSpace' as const;

export const INDUSTRY_MIX: readonly IndustryProfile[] = [
  // C26 化学原料和化学制品制造业
  {
    code: 'C2614',
    weight: 3,
    words: ['化工', '化学', '新材料'],
    hazard: true,
    always: ['hazardousChemicals'],
    sometimes: [
      ['majorHazardInstallation', 0.25],
      [CONFINED, 0.5],
    ],
    licence: HAZCHEM_PRODUCTION,
  },
  {
    code: 'C2619',
    weight: 2,
    words: ['化工', '精细化工'],
    hazard: true,
    always: ['hazardousChemicals'],
    sometimes: [
      ['majorHazardInstallation', 0.2],
      [CONFINED, 0.4],
    ],
    licence: HAZCHEM_PRODUCTION,
  },
  { code: 'C2625', weight: 2, words: ['肥业', '生物肥料', '农资'], hazard: true, always: ['hazardousChemicals'], sometimes: [[DUST, 0.2]] },
  {
    code: 'C2641',
    weight: 2,
    words: ['涂料', '化工', '漆业'],
    hazard: true,
    always: ['hazardousChemicals'],
    sometimes: [[CONFINED, 0.3]],
    licence: HAZCHEM_PRODUCTION,
  },
  { code: 'C2662', weight: 2, words: ['化工', '新材料', '科技'], hazard: true, always: ['hazardousChemicals'], sometimes: [[CONFINED, 0.3]] },
  { code: 'C2672', weight: 1, words: ['烟花爆竹', '花炮'], hazard: true, always: ['fireworks'], licence: FIREWORKS_PRODUCTION },
  // C30 非金属矿物制品业 (建材)
  {
    code: 'C3011',
    weight: 1,
    words: ['水泥', '建材'],
    hazard: false,
    always: ['buildingMaterials'],
    sometimes: [
      [CONFINED, 0.6],
      [DUST, 0.3],
    ],
  },
  { code: 'C3021', weight: 3, words: ['建材', '水泥制品', '管桩'], hazard: false, always: ['buildingMaterials'] },
  { code: 'C3031', weight: 4, words: ['新型建材', '砖瓦', '墙材'], hazard: false, always: ['buildingMaterials'] },
  { code: 'C3099', weight: 3, words: ['石材', '建材', '陶瓷'], hazard: false, always: ['buildingMaterials'], sometimes: [[DUST, 0.1]] },
  // C31 黑色金属冶炼 / C32 有色金属冶炼
  {
    code: 'C3120',
    weight: 1,
    words: ['钢铁', '特钢'],
    hazard: true,
    always: ['metallurgy'],
    sometimes: [
      ['majorHazardInstallation', 0.3],
      [CONFINED, 0.5],
    ],
  },
  { code: 'C3130', weight: 2, words: ['钢材', '金属制品', '钢业'], hazard: true, always: ['metallurgy'], sometimes: [[CONFINED, 0.2]] },
  { code: 'C3216', weight: 1, words: ['铝业', '有色金属'], hazard: true, always: ['nonFerrous'], sometimes: [[DUST, 0.5]] },
  { code: 'C3251', weight: 1, words: ['铜业', '铜材'], hazard: true, always: ['nonFerrous'] },
  { code: 'C3252', weight: 1, words: ['铝材', '铝业'], hazard: true, always: ['nonFerrous'], sometimes: [[DUST, 0.4]] },
  // C33 金属制品 / C34 通用设备 (机械)
  { code: 'C3311', weight: 5, words: ['钢结构', '金属结构', '机械'], hazard: false, always: ['machinery'] },
  { code: 'C3360', weight: 2, words: ['表面处理', '五金', '热处理'], hazard: false, always: ['machinery'], sometimes: [[DUST, 0.6]] },
  { code: 'C3431', weight: 2, words: ['起重机械', '机械'], hazard: false, always: ['machinery'] },
  { code: 'C3484', weight: 4, words: ['机械', '精密机械', '机电'], hazard: false, always: ['machinery'], sometimes: [[DUST, 0.1]] },
  { code: 'C3422', weight: 2, words: ['机床', '数控设备'], hazard: false, always: ['machinery'] },
  // C17/C18 纺织
  { code: 'C1711', weight: 3, words: ['纺织', '棉纺', '纺纱'], hazard: false, always: ['textiles'], sometimes: [[DUST, 0.3]] },
  { code: 'C1713', weight: 2, words: ['印染', '纺织'], hazard: false, always: ['textiles'], sometimes: [[CONFINED, 0.4]] },
  { code: 'C1811', weight: 3, words: ['服饰', '制衣', '服装'], hazard: false, always: ['textiles'] },
  // C13/C14/C15 食品、酒、茶 (赤壁青砖茶)
  {
    code: 'C1311',
    weight: 3,
    words: ['米业', '粮油'],
    hazard: false,
    always: ['lightIndustry'],
    sometimes: [
      [DUST, 0.4],
      [CONFINED, 0.3],
    ],
  },
  { code: 'C1331', weight: 2, words: ['油脂', '粮油'], hazard: false, always: ['lightIndustry'], sometimes: [[CONFINED, 0.5]] },
  {
    code: 'C1431',
    weight: 2,
    words: ['食品', '面业'],
    hazard: false,
    always: ['lightIndustry'],
    sometimes: [
      [DUST, 0.3],
      ['ammoniaRefrigeration', 0.2],
    ],
  },
  { code: 'C1512', weight: 1, words: ['酒业', '酒厂'], hazard: false, always: ['lightIndustry'], sometimes: [[CONFINED, 0.5]] },
  { code: 'C1530', weight: 3, words: ['茶业', '砖茶', '茶叶'], hazard: false, always: ['lightIndustry'], sometimes: [[DUST, 0.2]] },
  // C20/C21/C22 木材、家具、造纸; C29 塑料
  { code: 'C2021', weight: 2, words: ['木业', '板业'], hazard: false, always: ['lightIndustry'], sometimes: [[DUST, 0.6]] },
  { code: 'C2110', weight: 3, words: ['家具', '木业'], hazard: false, always: ['lightIndustry'], sometimes: [[DUST, 0.6]] },
  { code: 'C2221', weight: 2, words: ['纸业', '包装'], hazard: false, always: ['lightIndustry'], sometimes: [[CONFINED, 0.6]] },
  { code: 'C2922', weight: 2, words: ['塑业', '管业'], hazard: false, always: ['lightIndustry'] },
  { code: 'C2927', weight: 2, words: ['塑料制品', '塑胶'], hazard: false, always: ['lightIndustry'] },
  // F 批发和零售: 危化品经营、加油站、烟花爆竹批发、商场超市
  { code: 'F5162', weight: 1, words: ['石油', '能源'], hazard: true, always: ['hazardousChemicals'], licence: HAZCHEM_TRADE },
  { code: 'F5169', weight: 2, words: ['化工贸易', '商贸'], hazard: true, always: ['hazardousChemicals'], licence: HAZCHEM_TRADE },
  { code: 'F5265', weight: 4, words: ['加油站', '石化', '能源'], hazard: true, always: ['hazardousChemicals'], licence: HAZCHEM_TRADE },
  { code: 'F5149', weight: 1, words: ['烟花爆竹', '花炮贸易'], hazard: true, always: ['fireworks'], licence: FIREWORKS_TRADE },
  { code: 'F5211', weight: 5, words: ['商贸', '百货', '商业'], hazard: false, always: ['commerce'] },
  { code: 'F5212', weight: 3, words: ['超市', '购物广场'], hazard: false, always: ['commerce'], sometimes: [['ammoniaRefrigeration', 0.05]] },
  // B10 非金属矿采选 (非煤矿山)
  { code: 'B1011', weight: 2, words: ['矿业', '石灰石'], hazard: true, always: ['nonCoalMine'], licence: MINE },
  { code: 'B1019', weight: 3, words: ['矿业', '砂石', '建材'], hazard: true, always: ['nonCoalMine'], licence: MINE },
  // G5942 危险化学品仓储
  {
    code: 'G5942',
    weight: 1,
    words: ['物流', '仓储'],
    hazard: true,
    always: ['hazardousChemicals'],
    sometimes: [['majorHazardInstallation', 0.3]],
    licence: HAZCHEM_TRADE,
  },
];
