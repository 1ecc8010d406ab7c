// 评查标准 (evaluationStandard) as data: eight items, their points (together 100), each item's
// deduction rules with the points a rule takes off each time it applies, and the basis cited.
// 应急管理部 has published a case-file evaluation standard for 应急管理综合行政执法 and the provinces
// their own 评查办法 and 评分细则; the allocation of points, the rules and the grade thresholds
// below follow their common shape but are marked 待核 until the bureau confirms the standard it uses.
// No rule of law here: the law cited is what each item checks the file against.
import type { Grade } from './codes.js';

export interface DeductionRule {
  code: string;
  text: string;
  /** Points off each time the rule applies. */
  points: number;
  /** A defect that makes the whole file 不合格 whatever its score (e.g. acting without power). */
  fatal?: boolean;
}

export interface StandardItem {
  code: string;
  name: string;
  points: number;
  /** What the item checks the file against. */
  basis: string;
  rules: readonly DeductionRule[];
}

export const EVALUATION_STANDARD = {
  name: '应急管理行政执法案卷评查标准（本局适用，待核）',
  basis: '应急管理部 行政执法案卷评查有关标准；本省 行政执法案卷评查办法及评分细则（名称、条号待核）',
  items: [
    {
      code: 'subject',
      name: '主体合法',
      points: 10,
      basis: '行政处罚法 第十七条、第十八条、第二十条（实施主体和委托）；第四十二条（执法人员不少于两人，持证）',
      rules: [
        { code: 'subject.noPower', text: '超越法定职权或者委托权限实施处罚', points: 10, fatal: true },
        { code: 'subject.oneOfficer', text: '执法人员少于两人，或者执法人员未取得行政执法证件', points: 5 },
        { code: 'subject.noCredential', text: '未出示执法证件或者案卷未记载证件编号', points: 2 },
      ],
    },
    {
      code: 'facts',
      name: '事实清楚',
      points: 15,
      basis: '行政处罚法 第四十条（违法事实不清、证据不足的，不得给予行政处罚）',
      rules: [
        { code: 'facts.unclear', text: '违法事实认定不清，或者时间、地点、情节等基本要素缺失', points: 10 },
        { code: 'facts.party', text: '当事人认定错误或者当事人基本情况记载不全', points: 5 },
        { code: 'facts.inconsistent', text: '文书之间对事实的表述不一致', points: 3 },
      ],
    },
    {
      code: 'evidence',
      name: '证据确凿',
      points: 20,
      basis: '行政处罚法 第四十六条（证据种类，经查证属实方可作为认定事实的根据）、第五十五条、第五十六条',
      rules: [
        { code: 'evidence.insufficient', text: '主要证据不足以证明违法事实', points: 15 },
        { code: 'evidence.unlawful', text: '证据收集程序违法（如询问未制作笔录、未经签名确认）', points: 5 },
        { code: 'evidence.form', text: '证据形式不规范（未注明来源、提取时间，复印件未核对）', points: 2 },
      ],
    },
    {
      code: 'procedure',
      name: '程序合法',
      points: 20,
      basis: '行政处罚法 第四十四条（告知）、第四十五条（陈述申辩）、第五十七条、第五十八条（法制审核）、第六十三条（听证）、第六十条（期限）',
      rules: [
        { code: 'procedure.noNotice', text: '未履行处罚告知，或者未听取陈述、申辩', points: 20, fatal: true },
        { code: 'procedure.hearing', text: '应告知听证权利而未告知，或者听证程序违法', points: 10 },
        { code: 'procedure.review', text: '应当法制审核或者集体讨论而未进行', points: 10 },
        { code: 'procedure.period', text: '超过法定期限立案、作出决定或者送达', points: 5 },
        { code: 'procedure.approval', text: '立案、处理等呈批手续不全', points: 3 },
      ],
    },
    {
      code: 'basis',
      name: '适用依据正确',
      points: 10,
      basis: '行政处罚法 第四条、第三十八条（没有依据或者实施主体不具有行政主体资格的，行政处罚无效）',
      rules: [
        { code: 'basis.wrongLaw', text: '适用法律、法规、规章错误，或者违法条款与处罚条款不对应', points: 10 },
        { code: 'basis.notSpecific', text: '引用依据未具体到条、款、项', points: 3 },
      ],
    },
    {
      code: 'discretion',
      name: '裁量适当',
      points: 10,
      basis: '行政处罚法 第五条（过罚相当）、第三十四条（裁量基准）；本局 自由裁量基准',
      rules: [
        { code: 'discretion.outside', text: '处罚超出法定幅度或者偏离裁量基准未说明理由', points: 10 },
        { code: 'discretion.reasons', text: '裁量理由未说明或者说理不充分', points: 3 },
      ],
    },
    {
      code: 'instruments',
      name: '文书规范',
      points: 10,
      basis: '应急管理行政执法文书式样（文书格式、编号、签名、送达）',
      rules: [
        { code: 'instruments.missing', text: '应当制作的文书缺失', points: 5 },
        { code: 'instruments.form', text: '文书格式、编号、签名、日期或者用印不规范', points: 1 },
        { code: 'instruments.service', text: '送达回证缺失或者送达方式不符合规定', points: 3 },
      ],
    },
    {
      code: 'archive',
      name: '归档完整',
      points: 5,
      basis: '国办发〔2018〕118号（执法全过程记录、归档）；本省 行政执法案卷立卷归档规定（待核）',
      rules: [
        { code: 'archive.order', text: '案卷材料未按规定顺序排列或者目录不全', points: 2 },
        { code: 'archive.missing', text: '归档材料缺失（如执行凭证、结案报告）', points: 3 },
        { code: 'archive.late', text: '结案后未按期归档', points: 1 },
      ],
    },
  ] satisfies StandardItem[],
  /** Grades by score (待核): 优秀 at least 90, 合格 at least 70, otherwise 不合格; a fatal defect is 不合格. */
  grades: [
    { grade: 'excellent', min: 90 },
    { grade: 'pass', min: 70 },
    { grade: 'fail', min: 0 },
  ] satisfies { grade: Grade; min: number }[],
  gradesBasis: '本省 行政执法案卷评查办法：评查结果分为优秀、合格、不合格（分数线待核）',
} as const;

export const STANDARD_ITEMS: readonly StandardItem[] = EVALUATION_STANDARD.items;
export const RULES_BY_CODE: ReadonlyMap<string, DeductionRule & { item: StandardItem }> = new Map(
  STANDARD_ITEMS.flatMap((item) => item.rules.map((r) => [r.code, { ...r, item }] as const)),
);
