import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type TestWorld } from '../../../testing/fixture.js';
import { enterpriseUser, inspectionScene } from '../fixture.js';
import { samplePng } from '../instruments/samples.js';
import { listHazardEvidence, listRecordEvidence, uploadHazardEvidence, uploadRecordEvidence } from './service.js';

let w: TestWorld;
beforeAll(async () => {
  w = await createWorld(new Date('2026-03-02T02:00:00Z'));
}, 60_000);
afterAll(() => w.close());

describe('where each evidence file came from', () => {
  it('tells the officers’ inspection evidence from the enterprise’s rectification and a re-inspection’s photos, naming who uploaded it', async () => {
    const s = await inspectionScene(w, w.orgs.county, '421202', { record: true });
    const owner = await enterpriseUser(w, 'ev.owner', w.orgs.county.id, s.e.id);
    const firm = {
      userId: owner.id,
      username: 'ev.owner',
      orgId: w.orgs.county.id,
      orgPath: w.orgs.county.path,
      roles: ['enterpriseUser'],
      enterpriseId: s.e.id,
    };
    const png = () => ({ kind: 'photo' as const, bytes: Buffer.from(samplePng()) });

    const taken = await uploadRecordEvidence(w.app, s.officer, s.record!.id, { fileName: '现场.png', ...png() });
    const sent = await uploadHazardEvidence(w.app, firm, s.hazard!.id, { fileName: '整改后.png', ...png() });
    const checked = await uploadHazardEvidence(w.app, s.officer, s.hazard!.id, { fileName: '复查.png', ...png() });
    expect([taken.origin, sent.origin, checked.origin]).toEqual(['inspection', 'rectification', 'officerOnHazard']);

    const onRecord = await listRecordEvidence(w.app, s.officer, s.record!.id);
    const onHazard = await listHazardEvidence(w.app, s.officer, s.hazard!.id);
    expect(onRecord.map((e) => [e.fileName, e.origin])).toEqual([['现场.png', 'inspection']]);
    expect(onHazard.map((e) => [e.fileName, e.origin, e.uploaderName])).toEqual([
      ['整改后.png', 'rectification', 'ev.owner'],
      ['复查.png', 'officerOnHazard', onHazard[1].uploaderName],
    ]);
    expect(onHazard[1].uploaderName).toBeTruthy();
    // A list describes the files; it never carries their bytes.
    for (const e of [...onRecord, ...onHazard]) expect(e).not.toHaveProperty('bytes');
  });
});
