// 行政许可文书 as the API and the web name them: which instrument, its number and date. Zod only,
// no server imports (the web reads the kinds and the list's shape from here).
import { z } from 'zod';

/**
 * The instruments the bureau hands the applicant, one per act (a 补正 notice per notice):
 * 受理通知书 and 补正材料通知书 (行政许可法 第三十二条), 不予受理决定书 (第三十二条), 延长审查期限告知书
 * (第四十二条), 准予 / 不予行政许可决定书 (第三十八条).
 */
export const LICENSE_INSTRUMENT_KINDS = ['supplementNotice', 'acceptance', 'refusalToAccept', 'extension', 'grant', 'denial'] as const;
export type LicenseInstrumentKind = (typeof LICENSE_INSTRUMENT_KINDS)[number];

export const LICENSE_INSTRUMENT_TITLES = {
  supplementNotice: '补正材料通知书',
  acceptance: '受理通知书',
  refusalToAccept: '不予受理决定书',
  extension: '延长审查期限告知书',
  grant: '准予行政许可决定书',
  denial: '不予行政许可决定书',
} as const satisfies Record<LicenseInstrumentKind, string>;

export const applicationInstrumentOut = z.object({
  kind: z.enum(LICENSE_INSTRUMENT_KINDS),
  title: z.string(),
  /** The Nth 补正 notice (from 1); null for the others. */
  notice: z.number().int().nullable(),
  /** The number issued with the act; null for an act taken before instruments were numbered. */
  number: z.string().nullable(),
  /** The act's China date. */
  date: z.string().nullable(),
});
export type ApplicationInstrumentOut = z.infer<typeof applicationInstrumentOut>;
export const applicationInstrumentsOut = z.object({ items: z.array(applicationInstrumentOut) });

export const instrumentParams = z.object({ id: z.uuid('申请编号格式不正确'), kind: z.enum(LICENSE_INSTRUMENT_KINDS) });
export const instrumentQuery = z.object({
  format: z.enum(['pdf', 'docx']).default('pdf'),
  /** Which 补正 notice, from 1; the last when left out. */
  notice: z.coerce.number().int().min(1).optional(),
});
