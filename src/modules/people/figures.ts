// 执法队伍 figures for the yearly report and 统计分析, from the accounts this module keeps and their
// 行政执法证. A person counts as of the period's last day: an account opened by then (China date),
// in use, in the org subtree; an officer holds a valid credential when that day lies within its
// validity (canEnforce in rules.ts). An account keeps only its present roles, org and status (no
// history), so those are taken as they stand when the figure is measured.
import { and, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { userAccount } from '../../platform/auth/schema.js';
import type { Executor } from '../../platform/db/index.js';
import { filteredCounts } from '../../platform/figures/count.js';
import type { FigureDefinition, FigureScope, FigureSet, Measure } from '../../platform/figures/types.js';
import { instantsWithin } from '../../platform/lists.js';
import { orgIdWithin } from '../../platform/orgs/scope.js';
import type { Role } from '../../platform/auth/roles.js';
import { PEOPLE_FIGURE_CODES, type PeopleFigureCode } from './contract.js';
import { credential } from './schema.js';

/** The people list showing exactly the accounts a figure counts (PEOPLE_FIGURE_ROWS). */
const drill = (code: PeopleFigureCode) => (s: FigureScope) => `/people?${new URLSearchParams({ figure: code, orgId: s.orgId, from: s.from, to: s.to })}`;
const READ = 'person.read';

const AS_OF = '以期间末日为准：期间末日（北京时间）前已开设、现为启用状态的账户；角色、所属机构与账户状态按统计时的记录（系统不保存其变更前的状态）';
const TREE = '本机构及下级机构';

export const PEOPLE_FIGURES: readonly FigureDefinition[] = [
  {
    code: 'people.officers',
    name: '执法人员',
    unit: 'persons',
    section: 'people',
    definition: `${TREE}具有“执法人员”角色的人数，${AS_OF}。`,
    drill: drill('people.officers'),
    drillNeeds: READ,
  },
  {
    code: 'people.certified',
    name: '其中：持有效执法证',
    unit: 'persons',
    section: 'people',
    definition: `执法人员中，期间末日在其行政执法证有效期内（含起止日）的人数（行政处罚法 第四十二条）；同一人持多证计一人。`,
    drill: drill('people.certified'),
    drillNeeds: READ,
  },
  {
    code: 'people.certifiedRate',
    name: '持证率',
    unit: 'percent',
    section: 'people',
    definition: `持有效执法证的执法人员数 ÷ 执法人员数 × 100%，保留两位小数，四舍五入；无执法人员时不计算。`,
  },
  {
    code: 'people.legalReviewers',
    name: '法制审核人员',
    unit: 'persons',
    section: 'people',
    definition: `${TREE}具有“法制审核人员”角色的人数，${AS_OF}。`,
    drill: drill('people.legalReviewers'),
    drillNeeds: READ,
  },
  {
    code: 'people.legalReviewerShare',
    name: '法制审核人员占执法人员比例',
    unit: 'percent',
    section: 'people',
    definition: `法制审核人员数 ÷ 执法人员数 × 100%，保留两位小数，四舍五入；无执法人员时不计算。国办发〔2018〕118号要求法制审核人员原则上不少于本单位执法人员总数的 5%。`,
  },
];

/** An account that, as of the period's last day, was opened, is in use and holds `role`. */
const serving = (role: Role, s: FigureScope) =>
  and(sql`${role} = any(${userAccount.roles})`, eq(userAccount.status, 'active'), instantsWithin(userAccount.createdAt, undefined, s.to)) as SQL;

/** Which accounts each figure counts (its drill-down shows the same rows), within the org subtree. */
export const PEOPLE_FIGURE_ROWS: Record<PeopleFigureCode, (s: FigureScope) => SQL> = {
  'people.officers': (s) => serving('officer', s),
  'people.certified': (s) =>
    and(
      serving('officer', s),
      sql`exists (select 1 from ${credential} where ${and(eq(credential.userId, userAccount.id), lte(credential.validFrom, s.to), gte(credential.validTo, s.to))})`,
    ) as SQL,
  'people.legalReviewers': (s) => serving('legalReviewer', s),
};

async function measure(ex: Executor, s: FigureScope): Promise<Record<string, Measure>> {
  const counts = filteredCounts(PEOPLE_FIGURE_CODES, PEOPLE_FIGURE_ROWS, s);
  const [row] = await ex.select(counts.columns).from(userAccount).where(orgIdWithin(userAccount.orgId, s.orgPath));
  const c = counts.read(row);
  const out: Record<string, Measure> = {};
  for (const [code, count] of Object.entries(c)) out[code] = { count };
  out['people.certifiedRate'] = { part: c['people.certified'], whole: c['people.officers'] };
  out['people.legalReviewerShare'] = { part: c['people.legalReviewers'], whole: c['people.officers'] };
  return out;
}

export const peopleFigureSet: FigureSet = { definitions: PEOPLE_FIGURES, measure };
