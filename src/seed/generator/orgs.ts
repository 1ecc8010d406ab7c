import { systemActor, type AppContext } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import type { OrgOut } from '../../platform/orgs/contract.js';
import { createOrg, createRootOrg } from '../../platform/orgs/service.js';
import { DIRECT_COUNTIES, provinceTree } from './regions.js';

export interface ProvinceOrgs {
  ministry: OrgOut;
  province: OrgOut;
  cities: OrgOut[];
  counties: OrgOut[];
  townships: OrgOut[];
}

const PROVINCES: Record<string, string> = { '42': '湖北省' };

/**
 * A whole province's bureaus through the orgs service (each with its ledger entry), in one
 * transaction: ministry → 省厅 → every city → every county → every township (1 400 orgs for 湖北).
 */
export async function seedProvinceOrgs(app: AppContext, provinceCode = '42'): Promise<ProvinceOrgs> {
  const provinceName = PROVINCES[provinceCode];
  if (!provinceName) throw new Error(`no province ${provinceCode} in the generator`);
  return app.db.transaction(async (tx) => {
    const t = { ...app, db: tx as unknown as Db };
    const ministry = await createRootOrg(t, systemActor, { name: '中华人民共和国应急管理部', shortName: '应急部', regionCode: '100000' });
    const province = await createOrg(t, systemActor, {
      parentId: ministry.id,
      level: 'province',
      name: `${provinceName}应急管理厅`,
      shortName: provinceName.slice(0, 2),
      regionCode: `${provinceCode}0000`,
    });
    const out: ProvinceOrgs = { ministry, province, cities: [], counties: [], townships: [] };
    for (const c of provinceTree(provinceCode)) {
      // 仙桃、潜江、天门、神农架 answer to the province directly, but the org tree has no county
      // level under a province, so they hang under one node standing for 省直辖县级行政区划 (4290).
      const name = c.name === DIRECT_COUNTIES ? `${provinceName}省直管县级行政区` : `${c.name}应急管理局`;
      const city = await createOrg(t, systemActor, { parentId: province.id, level: 'city', name, shortName: c.name.slice(0, 2), regionCode: c.code });
      out.cities.push(city);
      for (const a of c.counties) {
        const county = await createOrg(t, systemActor, {
          parentId: city.id,
          level: 'county',
          name: `${a.name}应急管理局`,
          shortName: a.name.slice(0, 2),
          regionCode: a.code,
        });
        out.counties.push(county);
        for (const s of a.townships) {
          out.townships.push(
            await createOrg(t, systemActor, { parentId: county.id, level: 'township', name: s.name, shortName: s.name.slice(0, 2), regionCode: s.code }),
          );
        }
      }
    }
    return out;
  });
}
