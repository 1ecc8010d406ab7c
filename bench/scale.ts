import { SIZES, type SizeName, type SizeProfile } from '../src/seed/generator/index.js';

// Issue 22: the bench runs at any --scale. Below these counts a scaled world lacks data a
// scenario needs (at 0.001 the province's 5 staff held one officer, and a draw of pairs made no
// team), so scaled counts stop here; a size's own smaller counts (the demo's) are kept.
export const FLOOR: SizeProfile = { enterprises: 1_000, officers: 50, ledgerEntries: 10_000, inspections: 1_000, cases: 200 };

/** The size's counts times `scale`, never below FLOOR unless the size itself is smaller. */
export function scaledProfile(size: SizeName, scale: number): SizeProfile {
  const profile = SIZES[size];
  const out = { ...profile };
  for (const k of Object.keys(profile) as (keyof SizeProfile)[]) out[k] = Math.max(Math.min(FLOOR[k], profile[k]), Math.round(profile[k] * scale));
  return out;
}
