// The draws module's part of the demo: the city's spot-check matters (抽查事项清单).
import { systemActor } from '../../platform/context.js';
import type { DemoContext } from '../../platform/modules.js';
import { createMatter } from './matters.js';

// The city's 随机抽查事项清单, so a first draw can be made right after `npm start`.
const DEMO_MATTERS = [
  {
    code: 'SC-WHP-01',
    name: '危险化学品企业安全生产监督检查',
    legalBasis: '《中华人民共和国安全生产法》第六十五条；《危险化学品安全管理条例》第六条',
    checklistCode: 'CL-HC',
    ratioPermille: 100,
    frequency: '每年不少于一次',
    targetFilter: { keyCategories: ['hazardousChemicals' as const] },
    strataBy: 'region' as const,
    active: true,
  },
  {
    code: 'SC-GM-01',
    name: '工贸企业安全生产监督检查',
    legalBasis: '《中华人民共和国安全生产法》第六十五条',
    checklistCode: 'CL-GEN',
    ratioPermille: 50,
    frequency: '每年一次',
    targetFilter: { industryPrefix: 'C' },
    strataBy: 'riskGrade' as const,
    active: true,
  },
];

export async function seedDrawsDemo(app: Parameters<typeof createMatter>[0], { city }: DemoContext) {
  for (const m of DEMO_MATTERS) await createMatter(app, systemActor, { ...m, orgId: city.id });
}
