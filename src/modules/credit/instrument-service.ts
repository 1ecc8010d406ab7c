// One instrument of a listing as a file, rebuilt from the stored row on each download under the
// number issued with its act; the same readers as the listing. Downloading never issues a number.
import type { Actor, AppContext } from '../../platform/context.js';
import { renderInstrument, type InstrumentFile, type InstrumentFormat } from '../../platform/documents/render/index.js';
import { RuleViolation } from '../../platform/errors.js';
import type { CreditInstrumentKind } from './contract.js';
import { buildCreditInstrument, instrumentProblem } from './instruments.js';
import { getListing } from './service.js';

export async function listingInstrument(
  app: AppContext,
  actor: Actor,
  id: string,
  kind: CreditInstrumentKind,
  format: InstrumentFormat,
): Promise<InstrumentFile> {
  const l = await getListing(app, actor, id);
  const problem = instrumentProblem(kind, l);
  if (problem) throw new RuleViolation(problem, 'kind');
  return renderInstrument(buildCreditInstrument(kind, l), format);
}
