import { describe, expect, it } from 'vitest';
import {
  CAMPAIGN_FIGURES,
  campaignStatus,
  campaignTaskProblem,
  closeCampaignProblem,
  inCampaignScope,
  newCampaignProblem,
  scopeIndustryProblem,
} from './rules.js';

const c = { startsOn: '2026-03-01', endsOn: '2026-05-31', industryCodes: ['C26', 'B'], keyCategories: [] as string[], closedOn: null as string | null };
const chemical = { industryCode: 'C2614', keyCategories: ['hazardousChemicals'] };

describe('专项整治 rules', () => {
  it('is planned before its first day, active from it (also past its last), closed once closed', () => {
    expect(campaignStatus(c, '2026-02-28')).toBe('planned');
    expect(campaignStatus(c, '2026-03-01')).toBe('active');
    expect(campaignStatus(c, '2026-07-01')).toBe('active');
    expect(campaignStatus({ ...c, closedOn: '2026-04-01' }, '2026-02-01')).toBe('closed');
  });

  it('takes section letters and GB/T 4754 codes, refuses others', () => {
    for (const ok of ['A', 'C', 'T', 'C26', 'C2614', 'B06']) expect(scopeIndustryProblem(ok)).toBeNull();
    for (const bad of ['Z', 'c', 'C99', 'CC', '26', 'B26']) expect(scopeIndustryProblem(bad)).not.toBeNull();
  });

  it('checks a new campaign: period in order, not over, known industries', () => {
    expect(newCampaignProblem(c, '2026-03-10')).toBeNull();
    expect(newCampaignProblem({ ...c, endsOn: '2026-02-01' }, '2026-01-01')).toMatchObject({ field: 'endsOn' });
    expect(newCampaignProblem(c, '2026-06-01')).toMatchObject({ field: 'endsOn', problem: expect.stringContaining('今天') });
    expect(newCampaignProblem({ ...c, industryCodes: ['C99'] }, '2026-03-01')).toMatchObject({ field: 'industryCodes' });
  });

  it('closes only an open campaign that has begun', () => {
    expect(closeCampaignProblem(c, '2026-03-01')).toBeNull();
    expect(closeCampaignProblem(c, '2026-02-28')).toMatchObject({ field: 'startsOn' });
    expect(closeCampaignProblem({ ...c, closedOn: '2026-04-01' }, '2026-04-02')).toMatchObject({ field: 'status' });
  });

  it('scopes by industry prefix and any key category; empty lists take all', () => {
    expect(inCampaignScope(c, chemical)).toBe(true);
    expect(inCampaignScope(c, { industryCode: 'B0911', keyCategories: [] })).toBe(true);
    expect(inCampaignScope(c, { industryCode: 'C3311', keyCategories: [] })).toBe(false);
    expect(inCampaignScope({ industryCodes: [], keyCategories: [] }, { industryCode: 'F5111', keyCategories: [] })).toBe(true);
    const dust = { industryCodes: [], keyCategories: ['combustibleDust', 'confinedSpace'] };
    expect(inCampaignScope(dust, { industryCode: 'C3311', keyCategories: ['confinedSpace'] })).toBe(true);
    expect(inCampaignScope(dust, chemical)).toBe(false);
  });

  it('admits a 专项检查 task in period and scope of an open campaign only', () => {
    expect(campaignTaskProblem(c, chemical, '2026-03-01')).toBeNull();
    expect(campaignTaskProblem(c, chemical, '2026-05-31')).toBeNull();
    expect(campaignTaskProblem(c, chemical, '2026-02-28')).toMatchObject({ field: 'plannedOn' });
    expect(campaignTaskProblem(c, chemical, '2026-06-01')).toMatchObject({ field: 'plannedOn' });
    expect(campaignTaskProblem(c, { industryCode: 'C3311', keyCategories: [] }, '2026-03-02')).toMatchObject({ field: 'enterpriseId' });
    expect(campaignTaskProblem({ ...c, closedOn: '2026-03-05' }, chemical, '2026-03-06')).toMatchObject({ field: 'campaignId' });
  });

  it('defines every figure in Chinese (统计口径)', () => {
    for (const f of Object.values(CAMPAIGN_FIGURES)) {
      expect(f.label).toMatch(/[\u4e00-\u9fa5]/);
      expect(f.definition.length).toBeGreaterThan(8);
    }
  });
});
