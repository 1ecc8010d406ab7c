// The kinds of inspection task opened by hand, as data: each with its Chinese label, its legal
// basis and its team rules. Pure (the web shows the basis from the same table). Draw and plan
// tasks keep their own paths (draw-tasks.ts, plan-tasks.ts).
// Articles: 安全生产法 as amended in 2021 (第六十五条 检查职权, 第六十七条 出示有效的行政执法证件,
// 第六十九条 联合检查, 第七十三条 举报的受理与调查核实); 行政处罚法 as revised in 2021
// (第四十二条 执法人员不得少于两人, 第五十五条 调查或者检查时出示执法证件).
import type { TaskKind } from '../codes.js';

/** Fields a kind may require beyond what every task has (enterprise, officers, reason, date). */
export type KindField = 'tipRef' | 'departments' | 'campaignId';

export interface TaskKindRule {
  label: string;
  /** Why the bureau may inspect this way: the provisions, as shown beside the choice. */
  basis: string;
  /** 行政处罚法 第四十二条: at least two officers, each with a valid credential, for every kind. */
  minOfficers: number;
  required: readonly KindField[];
  /** What the team must keep in mind, shown in the form. */
  teamRule: string;
}

const TWO_OFFICERS = '行政处罚法 第四十二条';

export const TASK_KIND_RULES: Readonly<Record<TaskKind, TaskKindRule>> = {
  routine: {
    label: '日常检查',
    basis: '安全生产法 第六十五条',
    minOfficers: 2,
    required: [],
    teamRule: '执法人员不少于两人，持有效行政执法证件并出示（行政处罚法 第四十二条、第五十五条；安全生产法 第六十七条）',
  },
  tip: {
    label: '举报核查',
    basis: '安全生产法 第七十三条、第六十五条',
    minOfficers: 2,
    required: ['tipRef'],
    teamRule: '写明举报编号或来源；核查后形成书面材料（安全生产法 第七十三条）；执法人员不少于两人（行政处罚法 第四十二条）',
  },
  joint: {
    label: '联合执法',
    basis: '安全生产法 第六十九条、第六十五条',
    minOfficers: 2,
    required: ['departments'],
    teamRule: '写明参加联合检查的其他部门，至少一个（安全生产法 第六十九条）；本部门执法人员不少于两人（行政处罚法 第四十二条）',
  },
  unannounced: {
    label: '暗查暗访',
    basis: '安全生产法 第六十五条',
    minOfficers: 2,
    required: [],
    // No statute names 暗查暗访 or lets an officer inspect without showing the credential: once the
    // team checks, questions or takes evidence it shows the credential like any other team.
    teamRule:
      '事先不通知被检查单位；转入现场检查、调查取证时须出示行政执法证件（行政处罚法 第五十五条；安全生产法 第六十七条）；执法人员不少于两人（行政处罚法 第四十二条）',
  },
  campaign: {
    label: '专项检查',
    basis: '安全生产法 第六十五条；所属专项整治的工作方案',
    minOfficers: 2,
    required: ['campaignId'],
    teamRule: '选择所属专项整治，企业须在其范围内、日期在其期间内；执法人员不少于两人（行政处罚法 第四十二条）',
  },
};

export const KIND_FIELD_LABELS: Readonly<Record<KindField, string>> = {
  tipRef: '举报编号或来源',
  departments: '联合执法部门',
  campaignId: '所属专项整治',
};

export interface TaskKindInput {
  officerIds: readonly string[];
  tipRef?: string | null;
  departments?: readonly string[] | null;
  campaignId?: string | null;
}

export interface KindProblem {
  problem: string;
  field: string;
  article?: string;
}

/** The kind's own fields, the others dropped: a routine task never stores a tip reference. */
export function kindFields(kind: TaskKind, input: TaskKindInput) {
  const wants = (f: KindField) => TASK_KIND_RULES[kind].required.includes(f);
  return {
    tipRef: wants('tipRef') ? (input.tipRef?.trim() ?? '') || null : null,
    departments: wants('departments') ? [...new Set((input.departments ?? []).map((d) => d.trim()).filter(Boolean))] : [],
    campaignId: wants('campaignId') ? (input.campaignId ?? null) : null,
  };
}

/** Why the task cannot be opened as this kind, naming the field, or null. */
export function taskKindProblem(kind: TaskKind, input: TaskKindInput): KindProblem | null {
  const rule = TASK_KIND_RULES[kind];
  const officers = new Set(input.officerIds).size;
  if (officers < rule.minOfficers)
    return { problem: `${rule.label}的执法人员不得少于${rule.minOfficers}人（现为${officers}人）`, field: 'officerIds', article: TWO_OFFICERS };
  const own = kindFields(kind, input);
  for (const field of rule.required) {
    const missing = field === 'departments' ? own.departments.length === 0 : !own[field];
    if (missing)
      return { problem: `${rule.label}须填写${KIND_FIELD_LABELS[field]}`, field, article: field === 'departments' ? '安全生产法 第六十九条' : undefined };
  }
  return null;
}
