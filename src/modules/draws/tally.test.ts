import { describe, expect, it } from 'vitest';
import type { Exclusion } from './draw.js';
import type { DrawResult } from './rules.js';
import { drawTally } from './tally.js';

const enterprise = (i: number) => ({ enterpriseId: `e${i}`, stratum: 'A', officerIds: ['o1', 'o2'] });
const result = (drawn: number, over: Partial<DrawResult> = {}): DrawResult => ({
  version: 1,
  alg: 'sha256',
  snapshotDigest: '',
  paramsDigest: '',
  commitment: '',
  beacon: '',
  seed: '',
  strata: [{ key: 'A', weight: 50, poolSize: 50, eligibleSize: drawn, allocated: drawn }],
  excluded: [],
  enterprises: Array.from({ length: drawn }, (_, i) => enterprise(i)),
  failures: [],
  redraws: [],
  ...over,
});
const params = { total: 47, excludeInspectedWithinMonths: 12 };
const excluded = (reason: Exclusion['reason'], n: number) => Array.from({ length: n }, (_, i) => ({ enterpriseId: `x${reason}${i}`, reason, detail: '' }));

describe('a draw’s tally', () => {
  it('says nothing when every requested enterprise has its task', () => {
    expect(drawTally(result(47), params, 47).note).toBeNull();
  });

  it('names the exclusions when the eligible pool is smaller than the number asked for', () => {
    const r = result(46, { excluded: [...excluded('recentlyInspected', 3), ...excluded('status', 1)] });
    expect(drawTally(r, params, 46)).toMatchObject({
      requested: 47,
      pool: 50,
      eligible: 46,
      drawn: 46,
      tasks: 46,
      excluded: { recentlyInspected: 3, status: 1, named: 0 },
    });
    expect(drawTally(r, params, 46).note).toBe(
      '抽取 47 家，实际派发检查任务 46 项：符合条件的仅 46 家（名录库 50 家，排除：12 个月内已检查过 3 家、已关闭 1 家），已全部抽中。',
    );
  });

  it('names a team that could not be completed and a withdrawal with no replacement', () => {
    const r = result(46, {
      strata: [{ key: 'A', weight: 50, poolSize: 50, eligibleSize: 50, allocated: 47 }],
      enterprises: [...Array.from({ length: 45 }, (_, i) => enterprise(i)), { enterpriseId: 'e45', stratum: 'A', officerIds: [] }],
      failures: [{ enterpriseId: 'e45', code: 'insufficientOfficers', needed: 2, available: 0, message: '' }],
      redraws: [
        { seq: 1, withdrawal: { kind: 'enterprise', enterpriseId: 'e46', reason: '注销' }, replacementEnterpriseId: null, addedOfficerIds: [], failure: null },
      ],
    });
    expect(drawTally(r, params, 45).note).toBe(
      '抽取 47 家，实际派发检查任务 45 项：1 家未能配齐执法人员，未派发任务；1 家经回避、注销等退出后已无可替补的企业。',
    );
  });
});
