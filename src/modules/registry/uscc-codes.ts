import { PREFECTURE_COUNTIES } from './region-codes.js';

// GB 32100-2015 附录 A（规范性附录）表 A.1 登记管理部门代码和机构类别代码: position 1 names the
// registering department, position 2 the kind of body it registers. Rows A (military public
// institutions) and N (rural collective economic organisations, coded since 2018) were added to
// the table after the 2015 text; Y registers without kinds and always carries 1.
export const USCC_AUTHORITIES: Record<string, { name: string; kinds: Record<string, string> }> = {
  '1': { name: '机构编制', kinds: { '1': '机关', '2': '事业单位', '3': '中央编办直接管理机构编制的群众团体', '9': '其他' } },
  '2': { name: '外交', kinds: { '1': '外国常驻新闻机构', '9': '其他' } },
  '3': {
    name: '司法行政',
    kinds: { '1': '律师执业机构', '2': '公证处', '3': '基层法律服务所', '4': '司法鉴定机构', '5': '仲裁委员会', '9': '其他' },
  },
  '4': { name: '文化', kinds: { '1': '外国在华文化中心', '9': '其他' } },
  '5': { name: '民政', kinds: { '1': '社会团体', '2': '民办非企业单位', '3': '基金会', '9': '其他' } },
  '6': { name: '旅游', kinds: { '1': '外国旅游部门常驻代表机构', '2': '港澳台地区旅游部门常驻内地（大陆）代表机构', '9': '其他' } },
  '7': { name: '宗教', kinds: { '1': '宗教活动场所', '2': '宗教院校', '9': '其他' } },
  '8': { name: '工会', kinds: { '1': '基层工会', '9': '其他' } },
  '9': { name: '工商', kinds: { '1': '企业', '2': '个体工商户', '3': '农民专业合作社' } },
  A: { name: '中央军委改革和编制办公室', kinds: { '1': '军队事业单位', '9': '其他' } },
  N: { name: '农业', kinds: { '1': '组级集体经济组织', '2': '村级集体经济组织', '3': '乡镇级集体经济组织', '9': '其他' } },
  Y: { name: '其他', kinds: { '1': '其他' } },
};

// Positions 3–8 are the registering authority's GB/T 2260 code at the time the code was issued,
// and a USCC never changes. The generated list (region-codes.ts) is one edition (2023), so a code
// of a division renumbered or abolished since 2015 is accepted when its prefecture still exists
// (130621 满城县 became 130607 满城区 in 2015), or when its prefecture is listed below.

/** Registering authorities outside the division list: 国发〔2015〕33号 附件 "国家用100000". */
export const EXTRA_AUTHORITY_REGIONS: Record<string, string> = {
  '100000': '国家（国务院部门登记）',
  '133100': '雄安新区（新区管委会登记，不是 GB/T 2260 行政区划）',
};

/** Prefecture-level divisions abolished or renumbered since USCCs were first issued (2015). */
export const FORMER_PREFECTURES: Record<string, string> = {
  '1102': '北京市县（2015 年密云、延庆撤县设区）',
  '1202': '天津市县（2015–2016 年宁河、静海、蓟县撤县设区）',
  '3102': '上海市县（2016 年崇明撤县设区）',
  '3712': '莱芜市（2019 年撤销，并入济南市）',
  '5422': '山南地区（2016 年撤地设市，今 5405）',
  '5424': '那曲地区（2017 年撤地设市，今 5406）',
  '5426': '林芝地区（2015 年撤地设市，今 5404）',
  '6521': '吐鲁番地区（2015 年撤地设市，今 6504）',
  '6522': '哈密地区（2016 年撤地设市，今 6505）',
};

let exact: Set<string> | null = null;
let prefectures: Set<string> | null = null;
function tables() {
  if (!exact || !prefectures) {
    exact = new Set(Object.keys(EXTRA_AUTHORITY_REGIONS));
    prefectures = new Set(Object.keys(FORMER_PREFECTURES));
    for (const line of PREFECTURE_COUNTIES) {
      const [city, ...counties] = line.split(' ');
      prefectures.add(city);
      exact.add(`${city.slice(0, 2)}0000`).add(`${city}00`);
      for (const c of counties) exact.add(city + c);
    }
  }
  return { exact, prefectures };
}

/** Whether a 6-digit code can be a USCC's registering-authority region (positions 3–8). */
export function isAuthorityRegion(code: string): boolean {
  const t = tables();
  return /^\d{6}$/.test(code) && (t.exact.has(code) || t.prefectures.has(code.slice(0, 4)));
}

/** Whether the first 1–6 digits typed can still become an accepted region (the form checks while typing). */
export function isAuthorityRegionStart(digits: string): boolean {
  const t = tables();
  if (!/^\d{0,6}$/.test(digits)) return false;
  if (digits.length >= 4 && t.prefectures.has(digits.slice(0, 4))) return true;
  for (const code of t.exact) if (code.startsWith(digits)) return true;
  for (const p of t.prefectures) if (p.startsWith(digits)) return true;
  return false;
}
