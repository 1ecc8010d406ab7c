import type { DrawInput } from './rules.js';

// The worked example of docs/draw-algorithm.md; golden.test.ts checks every number it quotes.
export const EXAMPLE_SECRET = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';

export const EXAMPLE: Omit<DrawInput, 'seedMaterial'> & { beacon: string } = {
  snapshot: {
    enterprises: [
      { id: 'E1', uscc: '91421202MA00000011', stratum: 'A', status: 'active', lastInspectedOn: null },
      { id: 'E2', uscc: '91421202MA00000022', stratum: 'A', status: 'active', lastInspectedOn: '2026-09-15' },
      { id: 'E3', uscc: '91421202MA00000033', stratum: 'A', status: 'active', lastInspectedOn: '2025-03-01' },
      { id: 'E4', uscc: '91421202MA00000044', stratum: 'A', status: 'active', lastInspectedOn: null },
      { id: 'E5', uscc: '91421202MA00000055', stratum: 'B', status: 'closed', lastInspectedOn: null },
      { id: 'E6', uscc: '91421202MA00000066', stratum: 'B', status: 'active', lastInspectedOn: null },
      { id: 'E7', uscc: '91421202MA00000077', stratum: 'B', status: 'active', lastInspectedOn: null },
    ],
    officers: [
      { id: 'P1', orgId: 'X', credentialValidFrom: '2024-01-01', credentialValidTo: '2028-12-31' },
      { id: 'P2', orgId: 'X', credentialValidFrom: '2024-01-01', credentialValidTo: '2028-12-31' },
      { id: 'P3', orgId: 'Y', credentialValidFrom: '2024-01-01', credentialValidTo: '2026-06-30' },
      { id: 'P4', orgId: 'Y', credentialValidFrom: '2024-01-01', credentialValidTo: '2028-12-31' },
      { id: 'P5', orgId: 'Y', credentialValidFrom: '2024-01-01', credentialValidTo: '2028-12-31' },
    ],
  },
  params: {
    alg: 'sm3',
    drawDate: '2026-12-01',
    total: 3,
    strata: [
      { key: 'A', weight: 2 },
      { key: 'B', weight: 1 },
    ],
    excludeInspectedWithinMonths: 6,
    excludeStatuses: ['closed'],
    excludeEnterprises: [],
    perEnterprise: 2,
    conflicts: [{ officerId: 'P1', enterpriseId: 'E1' }],
    history: [{ officerId: 'P2', enterpriseId: 'E4', on: '2026-03-10' }],
    repeatRecusalMonths: 12,
    teamDistinctOrgs: false,
    beacon: { source: '示例公开随机源', expectedAt: '2026-12-03T21:15:00+08:00', format: '十进制数字' },
  },
  beacon: '20261203',
};
