import type { TestWorld } from '../../../platform/testing/world.js';
import { annualReport } from '../schema.js';
import { defaultOutline } from './rules.js';

/** A 2025 report drafting in the city and in the sibling city, for the permission walk. Tests only. */
export async function permissionReports(w: TestWorld) {
  const draft = async (orgId: string) => {
    const now = w.clock.now();
    const [row] = await w.app.db
      .insert(annualReport)
      .values({ orgId, year: 2025, title: '权限测试年度报告', outline: defaultOutline(2025), createdAt: now, updatedAt: now })
      .returning({ id: annualReport.id });
    return row.id;
  };
  return { own: await draft(w.orgs.city.id), other: await draft(w.orgs.siblingCity.id) };
}
