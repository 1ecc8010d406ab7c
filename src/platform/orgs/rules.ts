import type { OrgLevel } from './contract.js';

// The tree follows the administrative divisions of GB/T 2260: each level's region code extends
// its parent's. Townships use the 9-digit statistical division code (统计用区划代码).

const NEXT: Record<OrgLevel, OrgLevel | null> = { ministry: 'province', province: 'city', city: 'county', county: 'township', township: null };

export function childLevelOf(level: OrgLevel): OrgLevel | null {
  return NEXT[level];
}

const SHAPE: Record<OrgLevel, RegExp> = {
  ministry: /^100000$/,
  province: /^\d{2}0000$/,
  city: /^\d{4}00$/,
  county: /^\d{6}$/,
  township: /^\d{9}$/,
};
// How many leading digits a child shares with its parent.
const SHARED: Record<OrgLevel, number> = { ministry: 0, province: 0, city: 2, county: 4, township: 6 };

/** Why `code` cannot be the region code of an org at `level` under `parentCode`, or null. */
export function regionCodeProblem(level: OrgLevel, code: string, parentCode: string | null): string | null {
  if (!SHAPE[level].test(code)) return `区划代码 ${code} 不符合${LEVEL_ZH[level]}级代码格式`;
  if (level === 'province' && code === '100000') return '100000 为全国代码，不能用于省级';
  if (level === 'city' && code.endsWith('0000')) return `区划代码 ${code} 是省级代码，不能用于市级`;
  if (level === 'county' && code.endsWith('00')) return `区划代码 ${code} 是市级代码，不能用于县级`;
  const n = SHARED[level];
  if (parentCode && n > 0 && code.slice(0, n) !== parentCode.slice(0, n)) {
    return `区划代码 ${code} 不属于上级区划 ${parentCode}`;
  }
  return null;
}

export const LEVEL_ZH: Record<OrgLevel, string> = { ministry: '部', province: '省', city: '市', county: '县', township: '乡镇' };

/** Paths are "/rootId/…/id/"; an org is in a subtree when its path starts with the subtree's. */
export function isInSubtree(subtreePath: string, path: string): boolean {
  return path.startsWith(subtreePath);
}

export function childPath(parentPath: string, id: string): string {
  return `${parentPath}${id}/`;
}

/** 行政处罚法 第二十条: entrustment goes to a body under the entrusting org, here a township of its county. */
export function delegationProblem(delegating: { level: OrgLevel; id: string }, delegate: { level: OrgLevel; parentId: string | null }): string | null {
  if (delegating.level !== 'county') return '执法委托须由县级应急管理部门作出';
  if (delegate.level !== 'township' || delegate.parentId !== delegating.id) return '受委托组织须为本县（区）所辖乡镇（街道）';
  return null;
}
