// Loads the one application (after the same read check as its detail: staff within their subtree,
// the enterprise user its own) with the numbers its acts were given, for the builders.
import type { AppContext } from '../../platform/context.js';
import { chinaDate } from '../../platform/dates.js';
import { renderInstrument, type InstrumentFile, type InstrumentFormat } from '../../platform/documents/render/index.js';
import { NotFound, RuleViolation } from '../../platform/errors.js';
import { enterpriseById } from '../registry/queries.js';
import { applicationInScope, assertCan, type LicensingActor } from './applications.js';
import type { LicenseInstrumentKind } from './instrument-contract.js';
import { issuedNumbers } from './instrument-numbers.js';
import { availableInstruments, buildLicensingInstrument, instrumentProblem, type LicensingInstrumentData } from './instruments.js';

export async function licensingInstrumentData(app: AppContext, actor: LicensingActor, id: string): Promise<LicensingInstrumentData> {
  assertCan(actor, 'license.read', '查看许可文书');
  const { a, orgName } = await applicationInScope(app, actor, id);
  const [e, numbers] = await Promise.all([enterpriseById(app.db, a.enterpriseId), issuedNumbers(app.db, a.id)]);
  return {
    application: a,
    orgName,
    applicant: { name: e?.name ?? '', uscc: e?.uscc ?? null },
    numbers: numbers.map((n) => ({ type: n.type, number: n.voidedAt ? null : n.number, date: chinaDate(n.issuedAt) })),
  };
}

/** The instruments the application's acts have given so far, with their numbers. */
export async function applicationInstruments(app: AppContext, actor: LicensingActor, id: string) {
  return { items: availableInstruments(await licensingInstrumentData(app, actor, id)) };
}

/** One instrument as a file, rebuilt from the stored application under the number issued with its act. */
export async function applicationInstrument(
  app: AppContext,
  actor: LicensingActor,
  id: string,
  kind: LicenseInstrumentKind,
  format: InstrumentFormat,
  notice?: number,
): Promise<InstrumentFile> {
  const d = await licensingInstrumentData(app, actor, id);
  if (notice !== undefined && kind !== 'supplementNotice') throw new RuleViolation('只有补正材料通知书按次数（notice）选择', 'notice');
  const problem = instrumentProblem(kind, d, notice);
  if (problem && notice !== undefined && d.application.supplementNotices.length > 0) throw new NotFound(problem, 'notice');
  if (problem) throw new RuleViolation(problem, 'kind');
  return renderInstrument(buildLicensingInstrument(kind, d, notice), format);
}
