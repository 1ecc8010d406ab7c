import { describe, expect, it } from 'vitest';
import { CASE_EVENTS, CASE_STATE_NAMES, type CaseEventName } from '../../modules/cases/workflow/machine.js';
import { HAZARD_STATUSES } from '../../modules/inspections/codes.js';
import { caseFor } from './cases.js';
import { uuidFor, type ActivityCast } from './cast.js';
import { copyField, copyLine, pgArray } from './copy.js';
import { inspectionFor } from './inspections.js';

const ids = (prefix: number, n: number) => Array.from({ length: n }, (_, i) => uuidFor(prefix, i));
const ORG = uuidFor(1, 1);
const cast: ActivityCast = {
  enterprises: ids(2, 40).map((id, i) => ({
    id,
    name: `测试企业${i}`,
    orgId: ORG,
    riskGrade: i % 4 === 0 ? 'high' : 'low',
    address: '咸宁市',
    principalPerson: '张三',
  })),
  staffOf: new Map([[ORG, { officers: ids(3, 6), heads: ids(4, 2), sectionChiefs: ids(5, 1), head: ids(4, 1), reviewers: ids(6, 2) }]]),
  orgName: new Map([[ORG, '咸安区']]),
  planners: [{ id: ORG, level: 'county' }],
};
const FROM = '2025-11-25';
const TODAY = '2026-11-24';

describe('activity builders', () => {
  it('are deterministic in the seed and differ between seeds', () => {
    expect(inspectionFor(5, 17, cast, FROM, TODAY)).toEqual(inspectionFor(5, 17, cast, FROM, TODAY));
    expect(caseFor(5, 17, cast, FROM, TODAY)).toEqual(caseFor(5, 17, cast, FROM, TODAY));
    expect(inspectionFor(6, 17, cast, FROM, TODAY).task[0]).not.toBe(inspectionFor(5, 17, cast, FROM, TODAY).task[0]);
    // A province has millions of generated ids: none may repeat (a 32-bit hash would, by the birthday bound).
    const many = new Set<string>();
    for (let n = 0; n < 200_000; n++) many.add(uuidFor(5, 0xe7e, n, n % 9));
    expect(many.size).toBe(200_000);
    expect(uuidFor(5, 1)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('gives hazards only the statuses the state machine has, most of them closed', () => {
    const statuses = Array.from({ length: 3000 }, (_, n) => inspectionFor(9, n, cast, FROM, TODAY)).flatMap((x) => x.hazardStatuses);
    expect(statuses.length).toBeGreaterThan(500);
    expect(new Set(statuses)).toEqual(new Set(HAZARD_STATUSES));
    const closed = statuses.filter((s) => s === 'closed').length / statuses.length;
    expect(closed).toBeGreaterThan(0.9);
    expect(closed).toBeLessThan(0.99);
  });

  it('walks cases along edges of the workflow into every state', () => {
    const cases = Array.from({ length: 6000 }, (_, n) => caseFor(9, n, cast, FROM, TODAY));
    for (const c of cases) {
      let state = 'draft';
      for (const e of c.events) {
        const [, , , event, from, to] = e.row as string[];
        expect(from).toBe(state);
        expect(CASE_EVENTS[event as CaseEventName].paths.some(([f, t]) => f === from && t === to)).toBe(true);
        state = to;
      }
      expect(c.state).toBe(state);
    }
    expect(new Set(cases.map((c) => c.state))).toEqual(new Set(CASE_STATE_NAMES));
  });
});

describe('COPY text format', () => {
  it('escapes what would break a line and marks NULL', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField('a\tb\nc\\d')).toBe('a\\tb\\nc\\\\d');
    expect(copyField(pgArray(['x', 'a "b"', 'c,d']))).toBe('{"x","a \\\\"b\\\\"","c,d"}');
    expect(copyField([])).toBe('[]');
    expect(copyField({ k: 'v\n' })).toBe('{"k":"v\\\\n"}');
    expect(copyLine([1, true, new Date('2026-01-02T03:04:05.006Z')])).toBe('1\tt\t2026-01-02T03:04:05.006Z\n');
  });
});
