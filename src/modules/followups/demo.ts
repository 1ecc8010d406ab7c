// The follow-ups' part of the demo. The decisions and closed hazards of the demo's year make their
// follow-ups by themselves (the subscribers); here, once a week, officers visit or call those within
// their period a few days after the matter, leaving one in five undone (so 回访率 is not 100%). In
// the spring one enterprise is unhappy (the legal office settles it), in the autumn one cannot be
// reached, and three days ago the latest one complains about an officer's manner (still with the
// legal office). qy.demo's own are left for it: it answers its oldest online when it has two.
import { and, asc, desc, eq, gte, lte, ne } from 'drizzle-orm';
import { addDays } from '../../platform/dates.js';
import type { AppContext } from '../../platform/context.js';
import type { DemoContext } from '../../platform/modules.js';
import { orgIdWithin } from '../../platform/orgs/scope.js';
import type { RecordIn } from './contract.js';
import { followUpVisit } from './schema.js';
import { answerFollowUp, recordFollowUp, resolveFollowUp } from './service.js';

type Body = Omit<RecordIn, 'version'>;
const SATISFIED = { fairness: 'satisfied', conduct: 'satisfied', satisfaction: 'satisfied' } as const;
const OFFICERS = ['xn.officer1', 'xn.officer2', 'xn.chief'];

const UNHAPPY: Body = {
  outcome: 'answered',
  channel: 'visit',
  respondent: '企业生产副总',
  fairness: 'satisfied',
  conduct: 'basicallySatisfied',
  satisfaction: 'dissatisfied',
  problems: '整改完成后申请复查，等了半个多月才有人来复查，影响复产。',
};
const UNREACHABLE: Body = { outcome: 'unreachable', channel: 'phone', note: '三次拨打企业登记电话均无人接听，企业已搬离登记地址' };
const RUDE: Body = {
  outcome: 'answered',
  channel: 'phone',
  respondent: '企业负责人',
  fairness: 'satisfied',
  conduct: 'dissatisfied',
  satisfaction: 'basicallySatisfied',
  problems: '检查时个别执法人员语气生硬，未说明检查依据。',
};

export async function seedFollowUpsDemo(ctx: DemoContext) {
  const on = (daysBefore: number) => [addDays(ctx.today, -daysBefore), ctx.start].sort().at(-1) as string;
  /** Due follow-ups of the city's subtree within their period, of matters a few days old, not qy.demo's. */
  const dueNow = (app: AppContext, date: string) =>
    app.db
      .select()
      .from(followUpVisit)
      .where(
        and(
          orgIdWithin(followUpVisit.orgId, ctx.city.path),
          eq(followUpVisit.state, 'due'),
          lte(followUpVisit.subjectOn, addDays(date, -3)),
          gte(followUpVisit.dueOn, date),
          ne(followUpVisit.enterpriseId, ctx.enterprise.id),
        ),
      )
      .orderBy(asc(followUpVisit.subjectOn), asc(followUpVisit.id));
  const left = new Set<string>();
  // Each special answer once, to the first follow-up from its day on.
  const specials = [
    { from: 150, body: UNHAPPY },
    { from: 90, body: UNREACHABLE },
  ];
  const given = new Set<Body>();
  let n = 0;
  /** What the week's n-th follow-up turns out as, on `date`. */
  const outcome = (date: string): Body | null => {
    n += 1;
    const special = specials.find((x) => !given.has(x.body) && date >= on(x.from));
    if (special) {
      given.add(special.body);
      return special.body;
    }
    if (n % 5 === 4) return null;
    const answers = n % 7 === 3 ? { ...SATISFIED, satisfaction: 'basicallySatisfied' as const } : SATISFIED;
    return n % 2 === 0
      ? { outcome: 'answered', channel: 'visit', respondent: '企业安全管理负责人', ...answers }
      : { outcome: 'answered', channel: 'phone', respondent: '企业主要负责人', ...answers };
  };
  for (let d = 357; d >= 3; d -= 7)
    ctx.at(on(d), '10:30', async (app) => {
      const date = on(d);
      for (const f of await dueNow(app, date)) {
        if (left.has(f.id)) continue;
        const body = outcome(date);
        if (!body) {
          left.add(f.id);
          continue;
        }
        await recordFollowUp(app, await ctx.actor(OFFICERS[n % OFFICERS.length]), f.id, { version: f.version, ...body });
        // The spring's complaint: the legal office looks into it and replies ten days later.
        if (body === UNHAPPY)
          ctx.at(addDays(date, 10), '16:00', async (app2) => {
            await resolveFollowUp(app2, await ctx.actor('xn.reviewer'), f.id, {
              version: f.version + 1,
              resolution: '经核查，复查安排确有延误。已要求科室在企业申请复查后 5 个工作日内完成复查，并向企业说明情况、致歉。',
            });
          });
      }
    });
  // Three days ago: the latest matter's enterprise complains about an officer's manner, by telephone.
  ctx.at(on(3), '11:00', async (app) => {
    const [f] = await app.db
      .select()
      .from(followUpVisit)
      .where(and(orgIdWithin(followUpVisit.orgId, ctx.city.path), eq(followUpVisit.state, 'due'), ne(followUpVisit.enterpriseId, ctx.enterprise.id)))
      .orderBy(desc(followUpVisit.subjectOn), asc(followUpVisit.id))
      .limit(1);
    if (f) await recordFollowUp(app, await ctx.actor('xn.chief'), f.id, { version: f.version, ...RUDE });
  });
  // qy.demo answers its oldest follow-up online; a newer one, if any, stays due for it.
  ctx.at(on(2), '14:00', async (app) => {
    const mine = await app.db
      .select()
      .from(followUpVisit)
      .where(and(eq(followUpVisit.enterpriseId, ctx.enterprise.id), eq(followUpVisit.state, 'due')))
      .orderBy(asc(followUpVisit.dueOn));
    if (mine.length < 2) return;
    await answerFollowUp(app, await ctx.actor(ctx.enterprise.userId), mine[0].id, { version: mine[0].version, ...SATISFIED, fairness: 'basicallySatisfied' });
  });
}
