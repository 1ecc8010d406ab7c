import { inArray } from 'drizzle-orm';
import { namesById } from '../../platform/ledger/names.js';
import type { SubjectNamer } from '../../platform/modules.js';
import { draw, spotCheckMatter } from './schema.js';

// How the ledger names a draw (by the name it was announced under) and a 抽查事项 (its code and name).
export const drawLedgerNames: Record<string, SubjectNamer> = {
  draw: async (ex, ids) => namesById(await ex.select({ id: draw.id, name: draw.name }).from(draw).where(inArray(draw.id, ids)), (d) => d.name),
  spotCheckMatter: async (ex, ids) =>
    namesById(
      await ex
        .select({ id: spotCheckMatter.id, code: spotCheckMatter.code, name: spotCheckMatter.name })
        .from(spotCheckMatter)
        .where(inArray(spotCheckMatter.id, ids)),
      (m) => `${m.name}（${m.code}）`,
    ),
};
