import type { EnterpriseIn, EnterpriseSize, RiskGrade, StandardizationGrade, EnterpriseStatus, KeyCategory } from '../../modules/registry/contract.js';
import { USCC_CHARSET, withCheckChar } from '../../modules/registry/uscc.js';
import { addDays } from '../../platform/dates.js';
import { chineseName } from '../names.js';
import { INDUSTRY_MIX, type IndustryProfile } from './industries.js';
import { between, hashString, mix, pick, streamFor, weighted, weightedKeys, type Rand } from './random.js';
import { shortPlaceName, type Township } from './regions.js';

/** An enterprise record as the registry's bulk path takes it, before its supervising org is chosen. */
/** A licence the enterprise holds from elsewhere (the province's 安全生产许可证 …): recorded in the licence register. */
export interface GeneratedLicence {
  kind: string;
  number: string;
  validTo: string | null;
}
export type GeneratedEnterprise = Omit<EnterpriseIn, 'orgId'> & { licences: GeneratedLicence[] };

// Target mix across the whole population: 重大 3%, 较大 12%, 一般 45%, 低 40%.
export const RISK_MIX: Record<RiskGrade, number> = { major: 0.03, high: 0.12, moderate: 0.45, low: 0.4 };
// Hazardous trades (危化、冶金、矿山、烟花爆竹) run higher; the other trades' mix is solved from
// the target below, so the population still matches RISK_MIX whatever the industry weights are.
const HAZARD_RISK: Record<RiskGrade, number> = { major: 0.06, high: 0.25, moderate: 0.5, low: 0.19 };

function otherRisk(): Record<RiskGrade, number> {
  const total = INDUSTRY_MIX.reduce((s, i) => s + i.weight, 0);
  const h = INDUSTRY_MIX.filter((i) => i.hazard).reduce((s, i) => s + i.weight, 0) / total;
  const out = {} as Record<RiskGrade, number>;
  for (const g of Object.keys(RISK_MIX) as RiskGrade[]) {
    out[g] = (RISK_MIX[g] - h * HAZARD_RISK[g]) / (1 - h);
    if (out[g] < 0) throw new Error(`industry mix too hazardous for the target share of ${g} risk`);
  }
  return out;
}

const industryOf = weighted(INDUSTRY_MIX.map((i) => [i, i.weight] as const));
const hazardRisk = weightedKeys(HAZARD_RISK);
const normalRisk = weightedKeys(otherRisk());
const sizeOf = weightedKeys<EnterpriseSize>({ large: 2, medium: 10, small: 38, micro: 50 });
const standardizationOf = weightedKeys<StandardizationGrade>({ level1: 1, level2: 9, level3: 35, none: 55 });
const statusOf = weightedKeys<EnterpriseStatus>({ operating: 94, suspended: 4, closed: 2 });

const BRAND = '鑫华恒泰宏盛达隆源兴安永祥瑞丰金利通顺福佳荣康凯博德信汇昌远天海宇辰星楚鄂江峰腾飞嘉和益美中新正东南';
const ROADS = [
  '工业大道',
  '创业路',
  '长江路',
  '金桂路',
  '银桂路',
  '青龙路',
  '旗鼓大道',
  '温泉路',
  '体育路',
  '十六潭路',
  '经开区发展大道',
  '环城东路',
  '幸福路',
  '光谷路',
  '新港路',
  '东风路',
];
const MOBILE = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '157',
  '158',
  '159',
  '177',
  '180',
  '186',
  '187',
  '189',
  '199',
];
// 长途区号 of Hubei's cities, for landlines; 0728 serves the directly administered counties.
const AREA_CODE: Record<string, string> = {
  '4201': '027',
  '4202': '0714',
  '4203': '0719',
  '4205': '0717',
  '4206': '0710',
  '4207': '0711',
  '4208': '0724',
  '4209': '0712',
  '4210': '0716',
  '4211': '0713',
  '4212': '0715',
  '4213': '0722',
  '4228': '0718',
  '4290': '0728',
};
const SAFETY_TITLES = ['安全管理员', '安全总监', '安全环保部经理', '生产副总', '安全员'];

// GB 11714 组织机构代码: 8 symbols and a mod-11 check; the USCC's positions 9–17 are this code.
const GB11714_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
function orgCodeCheck(code8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = code8[i];
    sum += (c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55) * GB11714_WEIGHTS[i];
  }
  const r = 11 - (sum % 11);
  return r === 10 ? 'X' : r === 11 ? '0' : String(r);
}

const NEW_SPACE = 31 ** 5;
/** The largest serial a generated USCC can take; serials map one-to-one onto codes below it. */
export const MAX_SERIAL = NEW_SPACE - 1;

/**
 * A valid USCC (GB 32100-2015) for an enterprise registered in `countyCode`: 91 (工商, 企业),
 * the county, a GB 11714 organisation code and the check symbol. Newer codes start "MA4" (Hubei's
 * 2015+ allocation), older ones are all digits. Both parts are bijections of the serial, so two
 * serials never share a code, whatever their counties.
 */
export function usccFor(countyCode: string, serial: number, seed: number, modern: boolean): string {
  if (!Number.isInteger(serial) || serial < 0 || serial > MAX_SERIAL) throw new Error(`serial out of range: ${serial}`);
  let code8: string;
  if (modern) {
    // 7_654_321 is prime to 31, so this is a permutation of 0 … 31⁵−1.
    let n = (serial * 7_654_321 + (mix(seed, 1) % NEW_SPACE)) % NEW_SPACE;
    let tail = '';
    for (let i = 0; i < 5; i++, n = Math.floor(n / 31)) tail = USCC_CHARSET[n % 31] + tail;
    code8 = `MA4${tail}`;
  } else {
    // 3_777_777 is prime to 10, so this permutes 0 … 10⁸−1 (pre-2015 codes are all digits).
    code8 = String((serial * 3_777_777 + (mix(seed, 2) % 1e8)) % 1e8).padStart(8, '0');
  }
  return withCheckChar(`91${countyCode}${code8}${orgCodeCheck(code8)}`);
}

export interface EnterpriseGenOptions {
  seed: number;
  townships: readonly Township[];
  /** China date (YYYY-MM-DD) that licence expiry dates are drawn around. */
  today: string;
}

/**
 * A deterministic builder: record n depends only on (seed, n, townships, today). Townships get
 * uneven weights (some hold industrial parks), drawn from the seed and each one's own code.
 */
export function enterpriseBuilder(opts: EnterpriseGenOptions): (serial: number) => GeneratedEnterprise {
  if (opts.townships.length === 0) throw new Error('no townships to place enterprises in');
  const townshipOf = weighted(
    opts.townships.map((t) => {
      const r = streamFor(opts.seed, hashString(t.code))();
      return [t, 0.2 + 4 * r * r * r] as const;
    }),
  );
  return (serial) => buildOne(streamFor(opts.seed, serial), opts, townshipOf, serial);
}

function buildOne(rand: Rand, opts: EnterpriseGenOptions, townshipOf: (r: Rand) => Township, serial: number): GeneratedEnterprise {
  const t = townshipOf(rand);
  const industry = industryOf(rand);
  const size = sizeOf(rand);
  const riskGrade = (industry.hazard ? hazardRisk : normalRisk)(rand);
  const legalRepresentative = chineseName(rand);
  return {
    uscc: usccFor(t.countyCode, serial, opts.seed, rand() < 0.75),
    name: nameFor(rand, t, industry, size),
    legalRepresentative,
    principalPerson: rand() < 0.6 ? legalRepresentative : chineseName(rand),
    address: `湖北省${t.cityName}${t.countyName}${t.name}${pick(rand, ROADS)}${between(rand, 1, 888)}号`,
    // Most records carry the township; some registers only know the county.
    regionCode: rand() < 0.85 ? t.code : t.countyCode,
    industryCode: industry.code,
    size,
    riskGrade,
    keyCategories: categoriesFor(rand, industry, riskGrade),
    standardizationGrade: standardizationOf(rand),
    status: statusOf(rand),
    licences: industry.licence ? [licenceFor(rand, industry.licence, t, serial, opts.today)] : [],
    contacts: contactsFor(rand, t),
  };
}

function nameFor(rand: Rand, t: Township, industry: IndustryProfile, size: EnterpriseSize): string {
  const brand = pick(rand, BRAND) + pick(rand, BRAND);
  const word = pick(rand, industry.words);
  const r = rand();
  const place =
    r < 0.35 ? t.countyName : r < 0.55 ? shortPlaceName(t.countyName) : r < 0.75 ? shortPlaceName(t.cityName || t.countyName) : r < 0.9 ? '湖北' : '';
  const suffix =
    size === 'large' && rand() < 0.4 ? '股份有限公司' : word.endsWith('站') || word.endsWith('厂') ? '' : rand() < 0.8 ? '有限公司' : '有限责任公司';
  // Without a place the brand leads and the province follows in brackets, as registrars write it.
  return place ? `${place}${brand}${word}${suffix}` : `${brand}（湖北）${word}${suffix}`;
}

function categoriesFor(rand: Rand, industry: IndustryProfile, risk: RiskGrade): KeyCategory[] {
  const out = new Set<KeyCategory>(industry.always);
  for (const [category, share] of industry.sometimes ?? []) {
    // A major hazard installation is what makes most major- and high-risk sites what they are.
    const p = category === 'majorHazardInstallation' ? (risk === 'major' ? 0.9 : risk === 'high' ? share : share / 5) : share;
    if (rand() < p) out.add(category);
  }
  return [...out];
}

function licenceFor(rand: Rand, l: { kind: string; prefix: string }, t: Township, serial: number, today: string) {
  // About one in twenty is past its date: the registry shows those, inspections look for them.
  const validTo = addDays(today, rand() < 0.05 ? -between(rand, 1, 200) : between(rand, 30, 3 * 365));
  const year = Number(validTo.slice(0, 4)) - 3;
  return { kind: l.kind, number: `${l.prefix}〔${year}〕${t.countyCode.slice(2)}${String(serial % 10000).padStart(4, '0')}`, validTo };
}

function contactsFor(rand: Rand, t: Township) {
  const mobile = () => `${pick(rand, MOBILE)}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}`;
  const contacts = [{ name: chineseName(rand), phone: mobile(), title: pick(rand, SAFETY_TITLES) }];
  if (rand() < 0.3)
    contacts.push({
      name: chineseName(rand),
      phone: `${AREA_CODE[t.cityCode.slice(0, 4)] ?? '027'}-${between(rand, 2, 8)}${String(Math.floor(rand() * 1e6)).padStart(6, '0')}`,
      title: '值班电话',
    });
  return contacts;
}
