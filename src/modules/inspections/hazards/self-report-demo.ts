// The demo enterprise's own hazard reports (企业自查自纠, qy.demo): one rectified and closed on
// re-inspection, one left past its deadline (the sweeper marks it), one still within its deadline.
import { addDays } from '../../../platform/dates.js';
import type { DemoContext } from '../../../platform/modules.js';
import { uploadHazardEvidence } from '../evidence/service.js';
import { samplePng } from '../instruments/samples.js';
import { fireHazard, getHazard } from './service.js';
import { reportHazard } from './self-report.js';

const USER = 'qy.demo';

export function scheduleSelfReportDemo(ctx: DemoContext) {
  const { today } = ctx;
  const officer = async () => {
    const qy = await ctx.actor(USER);
    const home = ctx.counties.find((c) => qy.orgPath.startsWith(c.path)) ?? ctx.counties[0];
    return ctx.actor(`c${home.regionCode.slice(4)}.officer1`);
  };
  const reported = (on: string, time: string, input: Parameters<typeof reportHazard>[2], then?: (id: string) => void) =>
    ctx.at(on, time, async (app) => {
      const h = await reportHazard(app, await ctx.actor(USER), input);
      then?.(h.id);
    });

  const closedOn = addDays(today, -60);
  reported(
    closedOn,
    '10:30',
    {
      description: '二号仓库两具干粉灭火器压力不足',
      location: '二号仓库',
      grade: 'general',
      measures: '更换灭火器，建立消防器材月度检查记录',
      deadline: addDays(closedOn, 10),
      responsiblePerson: '张丽华',
    },
    (id) => {
      ctx.at(addDays(closedOn, 6), '15:10', async (app) => {
        const qy = await ctx.actor(USER);
        await uploadHazardEvidence(app, qy, id, { fileName: '更换后的灭火器.png', kind: 'photo', bytes: Buffer.from(samplePng(320, 200)) });
        const h = await getHazard(app, qy, id);
        await fireHazard(app, qy, id, { type: 'submitRectification', note: '已更换两具灭火器，并建立消防器材月度检查记录' }, h.version);
      });
      ctx.at(addDays(closedOn, 9), '10:00', async (app) => {
        const o = await officer();
        const h = await getHazard(app, o, id);
        await fireHazard(app, o, id, { type: 'reinspect', passed: true, note: '经现场复查，灭火器压力正常，检查记录齐全，予以销号' }, h.version);
      });
    },
  );
  const lateOn = addDays(today, -40);
  reported(lateOn, '09:20', {
    description: '配电房电缆沟盖板破损，部分电缆裸露',
    location: '配电房',
    grade: 'general',
    measures: '更换电缆沟盖板，对裸露电缆加装保护管',
    deadline: addDays(lateOn, 30),
    responsiblePerson: '刘海涛',
  });
  const openOn = addDays(today, -5);
  reported(openOn, '16:00', {
    description: '打磨工段除尘设备风管积尘较厚，未按规定清理',
    location: '打磨工段',
    grade: 'general',
    measures: '停机清理风管积尘，制定每班清扫制度',
    deadline: addDays(openOn, 20),
    responsiblePerson: '陈晓明',
  });
}
