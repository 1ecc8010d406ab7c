// The licensing module's part of the demo year, through the services: the demo enterprise's online
// application for a 危险化学品经营许可证, sent one 补正 notice, accepted, checked on site (the clock
// stopped three days) and granted by the section chief four days ago (its certificate is due); a counter application for a 烟花爆竹零售
// licence waiting to be accepted; and a wholesale one under an on-site check still open, its clock
// paused today. Earlier in the year the demo enterprise filed its 非药品类易制毒化学品 trade at the
// counter, and the filing was issued as an electronic licence that anyone can check by its QR code.
import { addDays } from '../../platform/dates.js';
import type { AppContext } from '../../platform/context.js';
import type { DemoContext } from '../../platform/modules.js';
import { acceptApplication, requestSupplement } from './acceptance.js';
import { applicationDetail, createApplication, submitApplication, uploadMaterial } from './applications.js';
import type { LicenseMatterCode } from './codes.js';
import { SERVICE_GUIDES } from './matters.js';
import { issueLicence } from './licences.js';
import { decideApplication, endPause, startPause } from './review.js';

const pdf = (what: string) => Buffer.from(`%PDF-1.4\n% ${what}\n%%EOF\n`);

export async function seedLicensingDemo(ctx: DemoContext) {
  const on = (daysBefore: number) => addDays(ctx.today, -daysBefore);
  const contact = { contactName: '周立新', contactPhone: '13972000003' };
  const version = async (app: AppContext, id: string) => (await applicationDetail(app, await ctx.actor('xn.officer1'), id)).version;

  /** A draft with every required material of its guide, then submitted. */
  async function apply(app: AppContext, who: string, matterCode: LicenseMatterCode, scope: string, issuerLevel?: 'city' | 'county') {
    const actor = await ctx.actor(who);
    const id = await createApplication(app, actor, { matterCode, scope, issuerLevel, enterpriseId: ctx.enterprise.id, ...contact });
    for (const m of SERVICE_GUIDES[matterCode].materials.filter((x) => x.required))
      await uploadMaterial(app, actor, id, { materialCode: m.code, fileName: `${m.name}.pdf`, bytes: pdf(m.code) });
    await submitApplication(app, actor, id, (await applicationDetail(app, actor, id)).version);
    return id;
  }

  const filing: { id?: string } = {};
  ctx.at(on(240), '10:00', async (app) => {
    filing.id = await apply(app, 'xn.officer1', 'precursorFiling', '硫酸、盐酸（第三类非药品类易制毒化学品，经营）', 'county');
    await acceptApplication(app, await ctx.actor('xn.officer1'), filing.id, await version(app, filing.id));
  });
  ctx.at(on(236), '16:00', async (app) => {
    if (!filing.id) return;
    await decideApplication(app, await ctx.actor('xn.chief'), filing.id, 'grant', {
      version: await version(app, filing.id),
      reason: '备案材料齐全，符合《非药品类易制毒化学品生产、经营许可办法》的规定，予以备案。',
    });
  });
  ctx.at(on(234), '09:30', async (app) => {
    if (filing.id) await issueLicence(app, await ctx.actor('xn.officer2'), filing.id, { version: await version(app, filing.id) });
  });

  const online: { id?: string } = {};
  ctx.at(on(20), '09:30', async (app) => {
    online.id = await apply(app, 'qy.demo', 'hazchemTrade', '汽油、柴油、甲醇（不带储存设施，批发）', 'county');
  });
  ctx.at(on(19), '15:00', async (app) => {
    if (!online.id) return;
    await requestSupplement(app, await ctx.actor('xn.officer1'), online.id, {
      version: await version(app, online.id),
      items: [{ materialCode: 'personnelCertificates', problem: '安全生产管理人员考核合格证明已过有效期，请提供有效证明' }],
    });
  });
  ctx.at(on(17), '10:00', async (app) => {
    if (!online.id) return;
    const company = await ctx.actor('qy.demo');
    await uploadMaterial(app, company, online.id, {
      materialCode: 'personnelCertificates',
      fileName: '安全管理人员考核合格证明（有效）.pdf',
      bytes: pdf('renewed'),
    });
    await submitApplication(app, company, online.id, (await applicationDetail(app, company, online.id)).version);
  });
  ctx.at(on(16), '09:00', async (app) => {
    if (online.id) await acceptApplication(app, await ctx.actor('xn.officer1'), online.id, await version(app, online.id));
  });
  ctx.at(on(12), '09:30', async (app) => {
    if (!online.id) return;
    await startPause(app, await ctx.actor('xn.officer2'), online.id, {
      version: await version(app, online.id),
      kind: 'onSiteCheck',
      from: on(12),
      note: '现场核查经营场所，约需 3 个工作日，已书面告知申请人',
    });
  });
  ctx.at(on(10), '17:00', async (app) => {
    if (online.id) await endPause(app, await ctx.actor('xn.officer2'), online.id, { version: await version(app, online.id), to: on(10) });
  });
  ctx.at(on(4), '10:30', async (app) => {
    if (!online.id) return;
    await decideApplication(app, await ctx.actor('xn.chief'), online.id, 'grant', {
      version: await version(app, online.id),
      reason: '经书面审查和现场核查，申请人符合《危险化学品经营许可证管理办法》规定的经营许可条件。',
    });
  });

  ctx.at(on(3), '14:00', async (app) => {
    await apply(app, 'xn.officer1', 'fireworksRetail', '烟花爆竹零售（C级、D级个人燃放类）');
  });

  const wholesale: { id?: string } = {};
  ctx.at(on(12), '10:00', async (app) => {
    wholesale.id = await apply(app, 'xn.officer2', 'fireworksWholesale', '烟花爆竹批发（含仓储）');
  });
  ctx.at(on(11), '09:00', async (app) => {
    if (wholesale.id) await acceptApplication(app, await ctx.actor('xn.officer1'), wholesale.id, await version(app, wholesale.id));
  });
  ctx.at(on(2), '09:00', async (app) => {
    if (!wholesale.id) return;
    await startPause(app, await ctx.actor('xn.officer2'), wholesale.id, {
      version: await version(app, wholesale.id),
      kind: 'onSiteCheck',
      from: on(2),
      note: '现场核查仓库安全距离和防雷设施，约需 5 个工作日，已书面告知申请人',
    });
  });
}
