// Test helpers: pending disclosure items made the way the act hooks make them (createDue).
import type { TestWorld } from '../../testing/fixture.js';
import { createDue } from './service.js';
import { disclosure } from './schema.js';
import { and, eq } from 'drizzle-orm';
import type { DisclosureKind } from './contract.js';

let serial = 0;

/** A pending item of `orgId` for `enterpriseName`, decided on `decidedOn`, as an act would leave it. */
export async function pendingDisclosure(
  w: TestWorld,
  orgId: string,
  over: { enterpriseName?: string; uscc?: string | null; regionCode?: string; kind?: DisclosureKind; decidedOn?: string } = {},
) {
  const sourceId = `fixture-${++serial}`;
  const kind = over.kind ?? 'penaltyDecision';
  await w.app.db.transaction((tx) =>
    createDue(
      tx,
      w.app,
      orgId,
      {
        kind,
        sourceType: 'fixture',
        sourceId,
        enterpriseId: null,
        enterpriseName: over.enterpriseName ?? `测试企业${serial}有限公司`,
        uscc: over.uscc ?? null,
        regionCode: over.regionCode ?? '421202',
        title: `测试公示 ${serial}`,
        fields: [{ label: '序号', value: String(serial) }],
        body: `测试正文 ${serial}`,
        decidedOn: over.decidedOn ?? '2026-03-02',
      },
      1,
    ),
  );
  const [row] = await w.app.db
    .select()
    .from(disclosure)
    .where(and(eq(disclosure.sourceType, 'fixture'), eq(disclosure.sourceId, sourceId)));
  return row;
}
