import { and, asc, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../../platform/context.js';
import type { DomainError } from '../../../platform/errors.js';
import { ledgerEntry } from '../../../platform/ledger/schema.js';
import { headSeq } from '../../../platform/ledger/service.js';
import { addUser, createWorld, type TestWorld } from '../../../testing/fixture.js';
import { uploadHazardEvidence, uploadRecordEvidence } from '../../inspections/evidence/service.js';
import { inspectionScene } from '../../inspections/fixture.js';
import { samplePng } from '../../inspections/instruments/samples.js';
import { addHazard, fireHazard, getHazard } from '../../inspections/hazards/service.js';
import { completeRecord, getRecord } from '../../inspections/records/service.js';
import { hazard as hazardTable } from '../../inspections/schema.js';
import { penaltyCase } from '../schema.js';
import { findingDraft, openCaseFromFinding } from './service.js';
import { staff } from '../testing.js';
import { refusalOf } from '../../../testing/refusal.js';

let w: TestWorld;
beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
}, 60_000);
afterAll(() => w.close());

const refusal = (act: () => Promise<unknown>) => refusalOf(w, act);

describe('立案 from an inspection finding', () => {
  it('pre-fills the case from a completed record, lists the evidence by reference, and refuses a second case for the hazard', async () => {
    const s = await inspectionScene(w, w.orgs.county, '421202', { record: true });
    const photo = await uploadRecordEvidence(w.app, s.officer, s.record!.id, { fileName: '现场.png', kind: 'photo', bytes: Buffer.from(samplePng()) });
    const fix = await uploadHazardEvidence(w.app, s.officer, s.hazard!.id, { fileName: '隐患.png', kind: 'photo', bytes: Buffer.from(samplePng()) });

    // Not yet completed: the record is not a finished finding.
    const early = await refusal(() => openCaseFromFinding(w.app, s.officer, { hazardId: s.hazard!.id, violationTypeCode: 'WSL-97-2' }));
    expect({ status: early.status, field: early.field }).toEqual({ status: 422, field: 'hazardId' });
    expect(early.message).toMatch(/现场检查记录尚未完成/);

    const record = await getRecord(w.app, s.officer, s.record!.id);
    await completeRecord(w.app, s.officer, record.id, record.version);
    const draft = await findingDraft(w.app, s.officer, s.hazard!.id);
    // CL-GEN-05 names 第九十七条第二项 in the checklist; the officer still chooses.
    expect(draft.suggestedViolationTypeCodes[0]).toBe('WSL-97-2');
    expect(draft).toMatchObject({ enterpriseId: s.e.id, violationDate: '2026-03-02', investigatorIds: s.officerIds, grade: 'major' });
    expect(draft.summary).toContain('安全生产管理人员未经考核合格');

    const c = await openCaseFromFinding(w.app, s.officer, { hazardId: s.hazard!.id, violationTypeCode: 'WSL-97-2' });
    expect(c).toMatchObject({
      state: 'draft',
      procedure: 'general',
      partyKind: 'organisation',
      enterpriseId: s.e.id,
      partyName: s.e.name,
      violationTypeCode: 'WSL-97-2',
      violationDate: '2026-03-02',
      investigatorIds: s.officerIds,
      sourceRecordId: s.record!.id,
      sourceHazardId: s.hazard!.id,
    });
    expect(c.summary).toMatch(
      /^2026-03-02，执法人员对当事人.*进行现场检查，发现安全科存在以下问题：安全生产管理人员未经考核合格.*以上事实见现场检查记录（.+号。$/,
    );
    expect(c.evidence.map((e) => [e.id, e.digest, e.alg])).toEqual([
      [photo.id, photo.digest, photo.alg],
      [fix.id, fix.digest, fix.alg],
    ]);
    const entries = await w.app.db
      .select()
      .from(ledgerEntry)
      .where(and(eq(ledgerEntry.subjectId, c.id), eq(ledgerEntry.action, 'case.created')));
    expect(entries).toHaveLength(1);
    expect(entries[0].payload).toMatchObject({ sourceHazardId: s.hazard!.id, sourceRecordId: s.record!.id });

    const twice = await refusal(() => openCaseFromFinding(w.app, s.officer, { hazardId: s.hazard!.id, violationTypeCode: 'WSL-97-2' }));
    expect({ status: twice.status, field: twice.field }).toEqual({ status: 409, field: 'hazardId' });
    const draftAgain = await refusal(() => findingDraft(w.app, s.officer, s.hazard!.id));
    expect(draftAgain.status).toBe(409);
  });

  it('refuses a finding outside the subtree, an unknown violation type, and investigators without a valid credential', async () => {
    const s = await inspectionScene(w, w.orgs.county, '421202', { record: true, complete: true });
    const stranger = await staff(w, 'ff.sibling', w.orgs.siblingCounty, ['officer']);
    const outside = await refusal(() => openCaseFromFinding(w.app, stranger, { hazardId: s.hazard!.id, violationTypeCode: 'WSL-97-2' }));
    expect({ status: outside.status, field: outside.field }).toEqual({ status: 403, field: 'hazardId' });

    const unknown = await refusal(() => openCaseFromFinding(w.app, s.officer, { hazardId: s.hazard!.id, violationTypeCode: 'WSL-0-0' }));
    expect({ status: unknown.status, field: unknown.field }).toEqual({ status: 404, field: 'violationTypeCode' });

    // A user with the officer role but no credential on record (行政处罚法 第四十二条).
    const clerk = await addUser(w, 'ff.clerk', w.orgs.county.id, ['officer']);
    const lacking = await refusal(() =>
      openCaseFromFinding(w.app, s.officer, { hazardId: s.hazard!.id, violationTypeCode: 'WSL-97-2', investigatorIds: [s.officerIds[0], clerk.id] }),
    );
    expect({ status: lacking.status, field: lacking.field, article: lacking.article }).toEqual({
      status: 422,
      field: 'investigatorIds',
      article: '行政处罚法 第四十二条',
    });
    const alone = await refusal(() =>
      openCaseFromFinding(w.app, s.officer, { hazardId: s.hazard!.id, violationTypeCode: 'WSL-97-2', investigatorIds: [s.officerIds[0]] }),
    );
    expect(alone.field).toBe('investigatorIds');

    // A leader of the county opens it; the team are the investigators.
    const head = await staff(w, 'ff.head', w.orgs.county, ['head']);
    const c = await openCaseFromFinding(w.app, head, { hazardId: s.hazard!.id, violationTypeCode: 'WSL-97-2' });
    expect(c.investigatorIds).toEqual(s.officerIds);
    expect(await openCaseFromFinding(w.app, systemActor, { hazardId: s.hazard!.id, violationTypeCode: 'WSL-97-2' }).catch((e: DomainError) => e.status)).toBe(
      409,
    );
  });

  it('escalating a major hazard orders 停产停业 and opens the case in the same transaction; a refusal writes neither', async () => {
    const s = await inspectionScene(w, w.orgs.county, '421202', { record: true });
    const general = await addHazard(w.app, s.officer, s.record!.id, {
      description: '消防通道堆放杂物',
      location: '仓库',
      measures: '清理通道',
      deadline: '2026-03-10',
      responsiblePerson: '张三',
    });
    const record = await getRecord(w.app, s.officer, s.record!.id);
    await completeRecord(w.app, s.officer, record.id, record.version);
    const seq = await headSeq(w.app.db);
    const escalated = await fireHazard(
      w.app,
      s.officer,
      s.hazard!.id,
      { type: 'escalate', reason: '重大事故隐患，无法保证安全', measure: 'suspendProduction', violationTypeCode: 'WSL-97-2' },
      s.hazard!.version,
    );
    expect(escalated).toMatchObject({ status: 'escalated', escalationMeasure: 'suspendProduction' });
    const [c] = await w.app.db.select().from(penaltyCase).where(eq(penaltyCase.sourceHazardId, s.hazard!.id));
    expect(c).toMatchObject({
      state: 'draft',
      violationTypeCode: 'WSL-97-2',
      enterpriseId: s.e.id,
      investigatorIds: s.officerIds,
      sourceRecordId: s.record!.id,
    });
    const written = await w.app.db
      .select({ seq: ledgerEntry.seq, action: ledgerEntry.action })
      .from(ledgerEntry)
      .where(gt(ledgerEntry.seq, seq))
      .orderBy(asc(ledgerEntry.seq));
    // The measure's 现场处理措施决定书 is numbered in the same transaction.
    expect(written.map((e) => e.action)).toEqual(['hazard.escalate', 'case.created', 'instrument.numbered']);

    // A general hazard gets no 停产停业 (第六十五条 reserves it for major ones), even once overdue.
    w.clock.set(new Date('2026-03-12T02:00:00Z'));
    const refused = await refusal(() =>
      fireHazard(
        w.app,
        s.officer,
        general.id,
        { type: 'escalate', reason: '逾期仍未整改完毕', measure: 'stopUse', violationTypeCode: 'WSL-97-1' },
        general.version,
      ),
    );
    expect(refused.message).toMatch(/第六十五条/);
    const other = await fireHazard(w.app, s.officer, general.id, { type: 'escalate', reason: '逾期仍未整改完毕' }, general.version);
    expect(other).toMatchObject({ status: 'escalated', escalationMeasure: null });
    // A case refused (already opened for this hazard) leaves the hazard as it was: shown by
    // putting the hazard back to overdue, from where escalation is allowed again.
    await w.app.db.update(hazardTable).set({ status: 'overdue' }).where(eq(hazardTable.id, s.hazard!.id));
    const h = await getHazard(w.app, s.officer, s.hazard!.id);
    const twice = await refusal(() =>
      fireHazard(w.app, s.officer, h.id, { type: 'escalate', reason: '再次升级处置', violationTypeCode: 'WSL-97-2' }, h.version),
    );
    expect(twice.status).toBe(409);
    expect((await getHazard(w.app, s.officer, h.id)).status).toBe('overdue');
  });
});
