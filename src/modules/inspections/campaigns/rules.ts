// 专项整治, pure: its status from the dates, what a new one and its closing must satisfy, which
// enterprises and tasks fall under it, and what each figure counts (统计口径).
import { INDUSTRY_SECTIONS, industryCodeProblem } from '../../registry/industries.js';
import type { CampaignStatus } from '../codes.js';
import type { CampaignFiguresOut } from './contract.js';

export interface CampaignFacts {
  startsOn: string;
  endsOn: string;
  industryCodes: readonly string[];
  keyCategories: readonly string[];
  closedOn: string | null;
}

export interface CampaignProblem {
  problem: string;
  field: string;
}

/** Planned before its first day, active from then until a leader closes it (also past its last day). */
export function campaignStatus(c: Pick<CampaignFacts, 'startsOn' | 'closedOn'>, today: string): CampaignStatus {
  if (c.closedOn) return 'closed';
  return today < c.startsOn ? 'planned' : 'active';
}

/** An industry of the scope: a GB/T 4754 section letter, or a code the registry accepts. */
export function scopeIndustryProblem(code: string): string | null {
  if (/^[A-T]$/.test(code)) return INDUSTRY_SECTIONS[code] ? null : `行业门类「${code}」不存在`;
  return industryCodeProblem(code);
}

export function newCampaignProblem(c: Omit<CampaignFacts, 'closedOn'>, today: string): CampaignProblem | null {
  if (c.endsOn < c.startsOn) return { problem: '整治结束日期不能早于开始日期', field: 'endsOn' };
  if (c.endsOn < today) return { problem: '整治结束日期不能早于今天', field: 'endsOn' };
  for (const code of c.industryCodes) {
    const problem = scopeIndustryProblem(code);
    if (problem) return { problem, field: 'industryCodes' };
  }
  return null;
}

export function closeCampaignProblem(c: CampaignFacts, today: string): CampaignProblem | null {
  if (c.closedOn) return { problem: '该专项整治已结束', field: 'status' };
  if (today < c.startsOn) return { problem: '专项整治尚未开始，不能结束', field: 'startsOn' };
  return null;
}

/** Whether the enterprise's industry and key categories fall under the campaign (its org subtree is the caller's check). */
export function inCampaignScope(
  c: Pick<CampaignFacts, 'industryCodes' | 'keyCategories'>,
  e: { industryCode: string; keyCategories: readonly string[] },
): boolean {
  const industry = c.industryCodes.length === 0 || c.industryCodes.some((code) => e.industryCode.startsWith(code));
  const category = c.keyCategories.length === 0 || c.keyCategories.some((k) => e.keyCategories.includes(k));
  return industry && category;
}

/** Why a 专项检查 task cannot join the campaign: closed, outside its period or its industries and categories. */
export function campaignTaskProblem(
  c: CampaignFacts,
  e: { industryCode: string; keyCategories: readonly string[] },
  plannedOn: string,
): CampaignProblem | null {
  if (c.closedOn) return { problem: '所属专项整治已结束，不能再下达专项检查任务', field: 'campaignId' };
  if (plannedOn < c.startsOn || plannedOn > c.endsOn)
    return { problem: `专项检查的计划日期须在整治期间内（${c.startsOn} 至 ${c.endsOn}）`, field: 'plannedOn' };
  if (!inCampaignScope(c, e)) return { problem: '该企业不在本专项整治的行业或重点监管类别范围内', field: 'enterpriseId' };
  return null;
}

/** 统计口径: each figure's label and what it counts, shown beside it. */
export const CAMPAIGN_FIGURES: Readonly<Record<Exclude<keyof CampaignFiguresOut, 'asOf'>, { label: string; definition: string }>> = {
  enterprisesInScope: {
    label: '整治范围内企业',
    definition: '整治机构及下级机构监管的、未关闭的企业中，属于所选行业和重点监管类别的（未选即全部），按当前监管对象库计',
  },
  tasks: { label: '专项检查任务', definition: '归属本专项整治的检查任务，不含已取消的' },
  tasksCompleted: { label: '已完成检查', definition: '专项检查任务中已完成现场检查的' },
  enterprisesInspected: { label: '已检查企业', definition: '已完成的专项检查任务涉及的企业，同一企业只计一次' },
  hazardsFound: { label: '发现隐患', definition: '专项检查现场检查记录中登记的隐患' },
  hazardsRectified: { label: '已整改销号', definition: '发现隐患中经复查销号的' },
  hazardsOpen: { label: '未销号', definition: '发现隐患减去已整改销号的（含逾期、已升级处置的）' },
  majorFound: { label: '发现重大事故隐患', definition: '发现隐患中判定为重大事故隐患的' },
  majorRectified: { label: '重大事故隐患已销号', definition: '发现的重大事故隐患中经复查销号的' },
  majorOpen: { label: '重大事故隐患未销号', definition: '发现的重大事故隐患减去已销号的' },
  openAtStart: { label: '整治前未销号隐患', definition: '整治范围内企业在整治开始日前发现、开始日仍未销号的隐患（不论来源）' },
  openAtEnd: { label: '整治后未销号隐患', definition: '整治范围内企业截至结束之日（未结束的截至今天）已发现且当日仍未销号的隐患（不论来源）' },
  majorOpenAtStart: { label: '整治前未销号重大事故隐患', definition: '“整治前未销号隐患”中的重大事故隐患' },
  majorOpenAtEnd: { label: '整治后未销号重大事故隐患', definition: '“整治后未销号隐患”中的重大事故隐患' },
};
