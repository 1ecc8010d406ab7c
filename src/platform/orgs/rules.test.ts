import { describe, expect, it } from 'vitest';
import { childLevelOf, delegationProblem, isInSubtree, regionCodeProblem } from './rules.js';

describe('region codes follow GB/T 2260 down the tree', () => {
  it.each([
    ['ministry', '100000', null],
    ['province', '420000', '100000'],
    ['city', '421200', '420000'],
    ['county', '421202', '421200'],
    ['township', '421202001', '421202'],
    ['city', '110100', '110000'],
  ] as const)('%s %s under %s is accepted', (level, code, parent) => {
    expect(regionCodeProblem(level, code, parent)).toBeNull();
  });
  it.each([
    ['province', '421200', '100000', /格式/],
    ['province', '100000', '100000', /全国/],
    ['city', '420000', '420000', /省级代码/],
    ['city', '431200', '420000', /不属于/],
    ['county', '421200', '421200', /市级代码/],
    ['county', '421302', '421200', /不属于/],
    ['township', '421202', '421202', /格式/],
    ['township', '421203001', '421202', /不属于/],
    ['county', '42120A', '421200', /格式/],
  ] as const)('%s %s under %s is refused', (level, code, parent, message) => {
    expect(regionCodeProblem(level, code, parent)).toMatch(message);
  });
  it('has exactly one child level per level, none below townships', () => {
    expect(['ministry', 'province', 'city', 'county', 'township'].map((l) => childLevelOf(l as never))).toEqual([
      'province',
      'city',
      'county',
      'township',
      null,
    ]);
  });
});

describe('subtrees', () => {
  it('matches by path prefix, never a sibling with a shared prefix of characters', () => {
    expect(isInSubtree('/a/b/', '/a/b/c/')).toBe(true);
    expect(isInSubtree('/a/b/', '/a/b/')).toBe(true);
    expect(isInSubtree('/a/b/', '/a/bb/')).toBe(false);
    expect(isInSubtree('/a/b/', '/a/')).toBe(false);
    expect(isInSubtree('/', '/x/')).toBe(true);
  });
});

describe('delegation (行政处罚法 第二十条)', () => {
  const county = { level: 'county' as const, id: 'C' };
  it('goes from a county to one of its own townships', () => {
    expect(delegationProblem(county, { level: 'township', parentId: 'C' })).toBeNull();
    expect(delegationProblem(county, { level: 'township', parentId: 'D' })).toMatch(/所辖/);
    expect(delegationProblem(county, { level: 'county', parentId: 'X' })).toMatch(/所辖/);
    expect(delegationProblem({ level: 'city', id: 'C' }, { level: 'township', parentId: 'C' })).toMatch(/县级/);
  });
});
