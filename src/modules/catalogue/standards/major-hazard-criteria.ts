import { AMMONIA_REFRIGERATION, COMBUSTIBLE_DUST, CONFINED_SPACE } from './major-hazard-special.js';
import { BUILDING_MATERIALS, LIGHT_INDUSTRY, MACHINERY, METALLURGY, NON_FERROUS, TEXTILES, TOBACCO } from './major-hazard-industry.js';
import type { CriteriaArticle, IndustryKey, MajorHazardCriterion } from './types.js';

/*
 * 《工贸企业重大事故隐患判定标准》（中华人民共和国应急管理部令第10号）: 2023年3月20日应急管理部
 * 第7次部务会议审议通过，2023年4月14日公布，2023年5月15日起施行；《工贸行业重大生产安全事故隐患判定
 * 标准（2017版）》（安监总管四〔2017〕129号）同时废止（第十五条）。Official text: 国务院公报2023年第19号,
 * https://www.gov.cn/gongbao/2023/issue_10566/202307/content_6890788.html (not itself reachable from
 * here; the copies below were).
 *
 * Structure — confirmed: 15 articles; 第三条 管理类 (3 items, all 工贸 enterprises); 第四条–第十条 行业类 for
 * 冶金, 有色, 建材, 机械, 轻工, 纺织, 烟草 (47 items); 第十一条–第十三条 专项类 for 粉尘爆炸, 液氨制冷,
 * 有中毒风险的有限空间作业 (14 items); 64 in all. 商贸 is named in 第二条's scope but has NO article of its
 * own: a 商贸 enterprise is judged by 第三条 and, where they apply, 第十一条–第十三条. Article lead-ins
 * (`heading`), the 64 = 3 + 47 + 14 split and 第十四条/第十五条 are confirmed from:
 *   - PerryLink/dsh-hidden-risk-map, rules/evidence/clause-verification-yingjibuling10.md (article
 *     lead-ins copied verbatim from the 国务院公报 page above);
 *   - 中新网 report of 2023-04-19 on the standard ("3方面64项 … 管理类共3项 … 7个行业共47项 … 3个领域共14项").
 *
 * Item wording marked 'confirmed' was read in these published copies (converted to simplified
 * characters, final "；"/"。" dropped):
 *   - 第三条 (一)–(三), 第四条 (一)–(四): 中国应急管理报 2023-06-01 第04版, mirrored at
 *     http://anzhuopai.com/szb/pc/col/202306/01/content_202904.html (第四条第四项 is cut off after
 *     "电极自动断电和升"; its last words "起等装置联锁的" are ours); 第三条 also at
 *     http://www.jiangmen.gov.cn/gzhd/zhzw/content/post_2849362.html
 *   - 第六条 (一)–(八), 第七条 (一)–(二): 中国应急管理报 2023-06-22 第04版, mirrored at
 *     http://boglecoveoysterhouse.net/szb/pc/col/202306/22/content_204908.html
 *   - 第五条 (四)–(十): a page titled "铝加工企业重大事故隐患判定" (the search index gave no address)
 *     quoting seven 有色 items in order; their numbers (四)–(十) follow from a second, reworded copy
 *     (http://www.axGtsTOTb.com/3C1Gy7U3B/955621270307733505.html) that numbers (八)–(十三) and from
 *     应急管理部's 解释说明 (deep-well casting = 第五条 (三)、(六)–(十)), quoted at
 *     https://xiuxiu9999.com/case/qiyedanwei/1057.html
 *   - 第十条 (一)–(二): http://www.ynjnrc.com/show.asp?id=7944
 *   - 第十一条 (一)–(五): http://www.czlst.com.cn/jddz888-News-494241 ; 第十一条 (三) and (六) are also
 *     cited by number in 应急管理部's 2024 粉尘涉爆 penalty cases (http://n2t.a899.cn/html/37b699420.html).
 * Items marked 'summarised' are our wording of the item as we remember the official text, NOT checked
 * against a published copy: 第四条 (五)–(八); 第五条 (一)–(三), (十一)–(十三) (their subject and number
 * match the reworded copy above); 第七条 (三)–(七); 第八条 (一)–(七); 第九条 (一)–(二); 第十一条 (六)–(十);
 * 第十二条 (一)–(二); 第十三条 (一)–(二). The item counts per article (8, 13, 8, 7, 7, 2, 2, 10, 2, 2) are
 * ours too, but they add up to the confirmed 47 and 14. Check these against the 国务院公报 text before
 * quoting them in an instrument.
 */

export const MAJOR_HAZARD_STANDARD = {
  title: '工贸企业重大事故隐患判定标准',
  issuedAs: '中华人民共和国应急管理部令第10号',
  issued: '2023-04-14',
  inForce: '2023-05-15',
} as const;

const GENERAL: CriteriaArticle = {
  article: 3,
  scope: 'general',
  heading: '工贸企业有下列情形之一的，应当判定为重大事故隐患：',
  items: [
    ['未对承包单位、承租单位的安全生产工作统一协调、管理，或者未定期进行安全检查的', 'confirmed'],
    ['特种作业人员未按照规定经专门的安全作业培训并取得相应资格，上岗作业的', 'confirmed'],
    ['金属冶炼企业主要负责人、安全生产管理人员未按照规定经考核合格的', 'confirmed'],
  ],
};

/** 第三条 to 第十三条, in the standard's order. */
export const MAJOR_HAZARD_ARTICLES: readonly CriteriaArticle[] = [
  GENERAL,
  METALLURGY,
  NON_FERROUS,
  BUILDING_MATERIALS,
  MACHINERY,
  LIGHT_INDUSTRY,
  TEXTILES,
  TOBACCO,
  COMBUSTIBLE_DUST,
  AMMONIA_REFRIGERATION,
  CONFINED_SPACE,
];

/** All 64 情形, one row each; `code` is 'MHC-2023-<article>-<item>'. */
export const MAJOR_HAZARD_CRITERIA: readonly MajorHazardCriterion[] = MAJOR_HAZARD_ARTICLES.flatMap((a) =>
  a.items.map(([text, verification], i) => ({
    code: `MHC-2023-${a.article}-${i + 1}`,
    article: a.article,
    item: i + 1,
    scope: a.scope,
    text,
    verification,
  })),
);

/**
 * 第十四条 (confirmed): a monitoring, alarm or protective device named in any 情形 that has failed or does
 * not work counts as missing, so the 情形 is met.
 */
export const FAILED_DEVICE_RULE =
  '本标准所列情形中直接关系生产安全的监控、报警、防护等设施、设备、装置，应当保证正常运行、使用，失效或者无效均判定为重大事故隐患。';

/**
 * 应急管理部's 解释说明 of the standard (quoted at https://xiuxiu9999.com/case/qiyedanwei/1057.html):
 * enterprises outside an industry that run that industry's dangerous plant are judged by these items.
 */
export const BORROWED_ITEMS: ReadonlyArray<{ plant: string; article: number; items: readonly number[] }> = [
  { plant: '冶金、有色以外的工贸企业中的炼铁高炉，30吨以上的炼钢转炉、炼钢电弧炉、钢水精炼炉', article: 4, items: [1, 2, 4, 5, 6, 7, 8] },
  { plant: '有色以外的工贸企业中的深井铸造工艺', article: 5, items: [3, 6, 7, 8, 9, 10] },
];

const BY_CODE = new Map(MAJOR_HAZARD_CRITERIA.map((c) => [c.code, c]));

export function majorHazardCriterion(code: string): MajorHazardCriterion | undefined {
  return BY_CODE.get(code);
}

/** The 情形 that apply to an enterprise in these industries / special areas: 第三条 always. */
export function criteriaFor(scopes: readonly IndustryKey[]): MajorHazardCriterion[] {
  return MAJOR_HAZARD_CRITERIA.filter((c) => c.scope === 'general' || scopes.includes(c.scope));
}
