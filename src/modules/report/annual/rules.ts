// The yearly report's rules, with no I/O: its default outline (the five contents the 督察工作规定
// requires), the numbering of its sections, the figures placed in its sentences, its two deadlines
// and its states.
import { PLACEHOLDER, type AnnualReportAction, type AnnualReportState, type OutlineSection, type SegmentOut } from './contract.js';
import { ANNUAL_LABELS } from './contract.js';

/** What a template needs of a figure to place it. */
export interface PlacedFigure {
  text: string;
  unitName: string;
}

// 法治政府建设与责任落实督察工作规定（厅字〔2019〕28号）: the report covers (1) the year's main measures
// and results, (2) shortcomings and causes, (3) the Party and government principal leaders' duty as
// first responsible persons, (4) next year's plans, (5) other matters. The seeds put the principal
// leader's duty among the year's work, as here; the bureau may reorder, rename, add or drop sections.
export function defaultOutline(year: number): OutlineSection[] {
  return [
    { key: 'measures', level: 1, title: `${year}年推进法治政府建设的主要举措和成效`, template: '' },
    { key: 'leader', level: 2, title: '党政主要负责人履行推进法治建设第一责任人职责', template: '' },
    { key: 'decisions', level: 2, title: '坚持依法科学民主决策', template: '' },
    {
      key: 'enforcement',
      level: 2,
      title: '严格规范公正文明执法',
      template:
        '全年共开展安全生产执法检查{{inspections.total}}，检查企业{{inspections.enterprises}}，其中“双随机、一公开”抽查{{inspections.draw}}；' +
        '发现事故隐患{{hazards.found}}，已整改{{hazards.rectified}}，整改率{{hazards.rectificationRate}}，其中重大事故隐患{{hazards.majorFound}}，整改率{{hazards.majorRectificationRate}}。' +
        '一般程序立案{{cases.filed}}，作出行政处罚{{cases.penalties}}（其中简易程序{{cases.summaryPenalties}}），罚款{{cases.fines}}；' +
        '责令停产停业整顿{{cases.suspensions}}，吊销许可证照{{cases.revocations}}，依法不予处罚{{cases.notPunished}}，移送公安机关{{cases.transferredToPolice}}。',
    },
    {
      key: 'three-systems',
      level: 2,
      title: '全面落实行政执法“三项制度”',
      template:
        '发布行政执法公示信息{{disclosure.published}}，行政处罚决定按期公示率{{disclosure.penaltyOnTimeRate}}；' +
        '重大执法决定法制审核{{cases.legalReviews}}，负责人集体讨论{{cases.deliberations}}，举行听证{{cases.hearings}}。',
    },
    {
      key: 'supervision',
      level: 2,
      title: '强化行政执法监督',
      template:
        '全年收到安全生产举报{{tips.received}}（网上{{tips.channel.portal}}、12350 电话{{tips.channel.hotline}}、来信{{tips.channel.letter}}、来访{{tips.channel.visit}}；其中举报重大事故隐患{{tips.kind.majorHazard}}、非法违法生产经营建设{{tips.kind.illegalProduction}}、瞒报谎报事故{{tips.kind.concealedAccident}}），受理{{tips.accepted}}，受理告知按期率{{tips.acceptOnTimeRate}}；核查属实（含部分属实）{{tips.verified}}，其中立案查处{{tips.ledToCases}}，按期办结率{{tips.finishOnTimeRate}}；兑现举报奖励{{tips.rewarded}}、{{tips.rewardAmount}}。收到对执法行为、执法决定的投诉{{tips.complaints}}，办结{{tips.complaintsConcluded}}，其中投诉成立{{tips.complaint.upheld}}、部分成立{{tips.complaint.partly}}。' +
        '对作出行政处罚决定和整改销号的企业开展执法回访{{followUps.answered}}（上门{{followUps.channel.visit}}、电话{{followUps.channel.phone}}、网上{{followUps.channel.online}}），回访率{{followUps.rate}}，满意率{{followUps.satisfactionRate}}；回访发现问题{{followUps.problems}}，均转法制机构办理，办结{{followUps.resolved}}。',
    },
    {
      key: 'services',
      level: 2,
      title: '优化执法服务',
      template:
        '全年收到行政许可申请{{licensing.received}}，其中网上申请{{licensing.online}}，占{{licensing.onlineShare}}；受理{{licensing.accepted}}，不予受理{{licensing.refusedToAccept}}；' +
        '作出许可决定{{licensing.decided}}（准予许可{{licensing.granted}}、不予许可{{licensing.denied}}），其中按期作出{{licensing.decidedOnTime}}，按期率{{licensing.onTimeRate}}，平均审查办理时间{{licensing.averageWorkdays}}；' +
        '在政务服务栏目公开行政许可事项办事指南{{licensing.guides}}。',
    },
    {
      key: 'training',
      level: 2,
      title: '加强执法队伍建设和普法宣传',
      template:
        '现有执法人员{{people.officers}}，其中持有效执法证{{people.certified}}，持证率{{people.certifiedRate}}；' +
        '法制审核人员{{people.legalReviewers}}，占执法人员的{{people.legalReviewerShare}}。',
    },
    { key: 'shortcomings', level: 1, title: '存在的不足和原因', template: '' },
    { key: 'next-year', level: 1, title: `${year + 1}年推进法治政府建设的主要安排`, template: '' },
    { key: 'other', level: 1, title: '其他需要报告的情况', template: '' },
  ];
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 40 → 四十. */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`章节序号超出范围：${n}`);
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : DIGITS[tens]}十${DIGITS[n % 10]}`;
}

/** 一、 for a first-level section, （一） for a second-level one, counted again under each first level. */
export function sectionNumbers(outline: readonly Pick<OutlineSection, 'level'>[]): string[] {
  let first = 0;
  let second = 0;
  return outline.map((s) => {
    if (s.level === 1) {
      first += 1;
      second = 0;
      return `${chineseNumber(first)}、`;
    }
    second += 1;
    return `（${chineseNumber(second)}）`;
  });
}

/** The codes a template places, in order. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** A figure as a sentence carries it: 295次, 725.67万元, 95.90%. */
export const figureWithUnit = (f: PlacedFigure) => (f.text === '—' ? '—' : `${f.text}${f.unitName}`);

/** The template with its figures placed: plain runs and figure runs (with the code, for the drill-down). */
export function fillTemplate(template: string, figures: ReadonlyMap<string, PlacedFigure>): SegmentOut[] {
  const out: SegmentOut[] = [];
  let at = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > at) out.push({ text: template.slice(at, m.index) });
    const f = figures.get(m[1]);
    out.push(f ? { text: figureWithUnit(f), code: m[1] } : { text: m[0] });
    at = m.index + m[0].length;
  }
  if (at < template.length) out.push({ text: template.slice(at) });
  return out;
}

/** The first outline problem, with the field it is in: an unknown figure code, or a second level before any first. */
export function outlineProblem(outline: readonly OutlineSection[], known: ReadonlySet<string>): { message: string; field: string } | null {
  if (outline[0]?.level !== 1) return { message: '提纲的第一个章节须为一级标题', field: 'outline.0.level' };
  for (const [i, s] of outline.entries()) {
    const unknown = placeholders(s.template).find((c) => !known.has(c));
    if (unknown) return { message: `第 ${i + 1} 章“${s.title}”引用了不存在的统计项 {{${unknown}}}`, field: `outline.${i}.template` };
    const stray = s.template.replace(PLACEHOLDER, '').match(/\{\{|\}\}/);
    if (stray) return { message: `第 ${i + 1} 章“${s.title}”的统计项写法有误：应为 {{统计项编号}}`, field: `outline.${i}.template` };
  }
  return null;
}

/** A statutory date of the report, with the provision that sets it. */
export interface ReportDeadline {
  on: string;
  basis: string;
  label: string;
}

/**
 * The report of year Y goes to the government and the department above before 1 March of Y+1, and
 * is published before 1 April of Y+1 (法治政府建设与责任落实督察工作规定 第二十四条); "before 1 April"
 * makes 31 March the last day.
 */
export function reportDeadlines(year: number): { report: ReportDeadline; publish: ReportDeadline } {
  const next = year + 1;
  const leap = (next % 4 === 0 && next % 100 !== 0) || next % 400 === 0;
  return {
    report: {
      on: `${next}-02-${leap ? '29' : '28'}`,
      label: '报送本级党委政府和上一级主管部门',
      basis: '法治政府建设与责任落实督察工作规定（厅字〔2019〕28号）：县级以上政府部门每年3月1日之前报告上一年度法治政府建设情况',
    },
    publish: {
      on: `${next}-03-31`,
      label: '向社会公开',
      basis: '法治政府建设与责任落实督察工作规定（厅字〔2019〕28号）第二十四条：每年4月1日之前通过报刊、网站等向社会公开',
    },
  };
}

const MOVES: Record<AnnualReportAction, { from: AnnualReportState[]; to: AnnualReportState }> = {
  submit: { from: ['drafting'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'approved' },
  return: { from: ['submitted'], to: 'drafting' },
};

export function nextAnnualState(state: AnnualReportState, action: AnnualReportAction): { to: AnnualReportState } | { problem: string } {
  const move = MOVES[action];
  if (!move.from.includes(state)) return { problem: `报告当前为「${ANNUAL_LABELS.state[state]}」，不能${ANNUAL_LABELS.action[action]}` };
  return { to: move.to };
}

/** A report's narrative splits into paragraphs at blank or single line breaks; empty lines are dropped. */
export const paragraphsOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
