import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../../platform/db/index.js';
import { ledgerEntry } from '../../../platform/ledger/schema.js';
import { headSeq } from '../../../platform/ledger/service.js';
import { addUser, createWorld, signIn, type Client, type TestWorld } from '../../../testing/fixture.js';
import { enterpriseOrgPaths } from '../../registry/queries.js';
import { enterpriseUser, inspectionScene } from '../fixture.js';
import { hazard } from '../schema.js';
import { sweepOverdueHazards } from './sweeper.js';

let w: TestWorld;
let officer: Client; // of the county, where the scene's enterprise is supervised
let chief: Client;
let owner: Client; // enterprise user of the scene's enterprise
let scene: Awaited<ReturnType<typeof inspectionScene>>;
let other: Awaited<ReturnType<typeof inspectionScene>>;

beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
  scene = await inspectionScene(w, w.orgs.county, '421202', { record: true, complete: true });
  other = await inspectionScene(w, w.orgs.county, '421202');
  await enterpriseUser(w, 'sr.owner', w.orgs.county.id, scene.e.id);
  await addUser(w, 'sr.chief', w.orgs.city.id, ['sectionChief']);
  const [u] = await rows<{ username: string }>(w.app.db, sql`select username from user_account where id = ${scene.officerIds[0]}`);
  [officer, chief, owner] = await Promise.all([u.username, 'sr.chief', 'sr.owner'].map((n) => signIn(w, n)));
}, 90_000);
afterAll(() => w.close());

const URL = '/api/inspections/hazards/self-reports';
const report = (over: Record<string, unknown> = {}) => ({
  description: '二号仓库灭火器压力不足',
  location: '二号仓库',
  grade: 'general',
  measures: '更换灭火器并建立月检记录',
  deadline: '2026-03-10',
  responsiblePerson: '李四',
  ...over,
});
const actionsOf = async (id: string) =>
  (
    await w.app.db
      .select({ action: ledgerEntry.action })
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectType, 'hazard'), eq(ledgerEntry.subjectId, id)))
      .orderBy(ledgerEntry.seq)
  ).map((e) => e.action);
const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((h) => h.id);

describe('企业自查自纠', () => {
  let selfId: string;

  it('an enterprise user reports, officers see it by origin, the enterprise rectifies and an officer closes it', async () => {
    const res = await owner.send('POST', URL, report());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const h = res.body;
    selfId = h.id;
    const [{ orgId }] = await enterpriseOrgPaths(w.app.db, [scene.e.id]);
    expect(h).toMatchObject({ origin: 'selfReport', recordId: null, enterpriseId: scene.e.id, orgId, status: 'open', foundOn: '2026-03-02', grade: 'general' });

    expect(ids(await owner.get('/api/inspections/hazards'))).toContain(h.id);
    expect(ids(await officer.get('/api/inspections/hazards?origin=selfReport'))).toEqual([h.id]);
    expect(ids(await officer.get('/api/inspections/hazards?origin=inspection'))).not.toContain(h.id);
    const listed = (await officer.get(`/api/inspections/hazards?enterpriseId=${scene.e.id}`)).body.items;
    expect(listed.map((x: { origin: string }) => x.origin).sort()).toEqual(['inspection', 'selfReport']);

    const submitted = await owner.send('POST', `/api/inspections/hazards/${h.id}/rectification`, { version: 1, note: '已更换四具灭火器并建立月检记录' });
    expect(submitted.status).toBe(200);
    const closed = await officer.send('POST', `/api/inspections/hazards/${h.id}/reinspection`, { version: 2, passed: true, note: '复查合格，予以销号' });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body).toMatchObject({ status: 'closed', closedOn: '2026-03-02', origin: 'selfReport' });
    expect(await actionsOf(h.id)).toEqual(['hazard.selfReported', 'hazard.submitRectification', 'hazard.reinspect']);
  });

  it('issues no instrument for a self-report: no 整改复查意见书, as no 责令限期整改指令书 was served', async () => {
    const numbers = await rows(w.app.db, sql`select 1 from instrument_number where subject_type = 'hazard' and subject_id = ${selfId}`);
    expect(numbers).toHaveLength(0);
    const res = await w.http.inject({ method: 'GET', url: `/api/inspections/hazards/${selfId}/reinspection-opinion.pdf`, headers: { cookie: officer.cookie } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toContain('企业自查上报');
  });

  it('refuses another enterprise, staff, and a report that does not hold together, writing nothing', async () => {
    const before = await headSeq(w.app.db);
    const foreign = await owner.send('POST', URL, report({ enterpriseId: other.e.id }));
    expect(foreign.status).toBe(403);
    for (const c of [officer, chief]) expect((await c.send('POST', URL, report({ enterpriseId: scene.e.id }))).status).toBe(403);
    const late = await owner.send('POST', URL, report({ deadline: '2026-03-01' }));
    expect(late.status).toBe(400);
    expect(late.body.error.field).toBe('deadline');
    const mismatch = await owner.send('POST', URL, report({ majorHazardCode: 'GEN-01' }));
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.error.field).toBe('grade');
    expect(await headSeq(w.app.db)).toBe(before);
  });

  it('records a major self-report as the report 安全生产法 第四十一条第二款 asks for', async () => {
    const res = await owner.send('POST', URL, report({ grade: 'major', description: '液氨储罐区可燃气体报警装置失效', deadline: '2026-03-05' }));
    expect(res.status).toBe(201);
    const [e] = await w.app.db
      .select({ payload: ledgerEntry.payload })
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectId, res.body.id), eq(ledgerEntry.action, 'hazard.selfReported')));
    expect(e.payload).toMatchObject({ grade: 'major', basis: '安全生产法 第四十一条第二款' });
  });

  it('refuses 立案 from the finding of a self-report, naming the field', async () => {
    const res = await officer.get(`/api/cases/from-finding/${selfId}`);
    expect(res.status).toBe(422);
    expect(res.body.error.field).toBe('hazardId');
    expect(res.body.error.message).toContain('企业自查上报');
  });

  it('splits the figures by origin as a direct count does', async () => {
    const res = await chief.get(`/api/inspections/figures?orgId=${w.orgs.city.id}&from=2026-03-01&to=2026-03-31`);
    expect(res.status).toBe(200);
    const count = async (origin: string) =>
      (
        await rows<{ found: number; rectified: number }>(
          w.app.db,
          sql`select count(*)::int as found, (count(*) filter (where status = 'closed'))::int as rectified from hazard
              where origin = ${origin} and found_on between '2026-03-01' and '2026-03-31'`,
        )
      )[0];
    const [inspection, self] = [await count('inspection'), await count('selfReport')];
    expect(res.body.byOrigin.inspection).toMatchObject(inspection);
    expect(res.body.byOrigin.selfReport).toMatchObject({ ...self, found: 2, rectified: 1, rectificationRate: 50 });
    expect(res.body.found).toBe(inspection.found + self.found);
  });

  it('is marked overdue by the sweeper like any other hazard', async () => {
    w.clock.set(new Date('2026-03-07T02:00:00Z'));
    const swept = await sweepOverdueHazards(w.app);
    const [major] = await w.app.db
      .select()
      .from(hazard)
      .where(and(eq(hazard.origin, 'selfReport'), eq(hazard.grade, 'major')));
    expect(swept.marked).toContain(major.id);
    expect(major.status).toBe('overdue');
  });
});
