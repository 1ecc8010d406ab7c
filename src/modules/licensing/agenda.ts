// The workbench's licensing agenda: the applications of the user's subtree whose running period
// (受理, 审查决定, 发证) ends within AGENDA_WORKDAYS working days or has passed, late first, and those
// whose clock is stopped by an on-site check or expert review still open.
import { and, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { chinaDate } from '../../platform/dates.js';
import type { AppContext } from '../../platform/context.js';
import { orgPathWithin } from '../../platform/orgs/scope.js';
import { org } from '../../platform/orgs/schema.js';
import { eq } from 'drizzle-orm';
import { applicationsOut, assertCan, type LicensingActor } from './applications.js';
import type { licensingAgendaOut } from './contract.js';
import { licenseApplication } from './schema.js';

export const AGENDA_WORKDAYS = 3;

export async function licensingAgenda(app: AppContext, actor: LicensingActor): Promise<z.infer<typeof licensingAgendaOut>> {
  assertCan(actor, 'license.accept', '查看许可办理期限');
  const rows = await app.db
    .select({ a: licenseApplication, orgName: org.name })
    .from(licenseApplication)
    .innerJoin(org, eq(org.id, licenseApplication.orgId))
    .where(and(orgPathWithin(actor.orgPath), inArray(licenseApplication.state, ['submitted', 'accepted', 'granted'])));
  const out = await applicationsOut(app, rows);
  const items = out.filter((a) => a.clock && (a.clock.paused || (a.clock.workdaysLeft !== null && a.clock.workdaysLeft <= AGENDA_WORKDAYS)));
  const rank = (a: (typeof items)[number]) => (a.clock?.paused ? Number.MAX_SAFE_INTEGER : (a.clock?.workdaysLeft ?? 0));
  return {
    today: chinaDate(app.clock.now()),
    items: items
      .sort((x, y) => rank(x) - rank(y) || x.applicationNo.localeCompare(y.applicationNo))
      .map((a) => ({ id: a.id, applicationNo: a.applicationNo, matterName: a.matterName, enterpriseName: a.enterpriseName, state: a.state, clock: a.clock! })),
  };
}
