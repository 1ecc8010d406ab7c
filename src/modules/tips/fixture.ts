import { systemActor } from '../../platform/context.js';
import type { TestWorld } from '../../platform/testing/world.js';
import type { AppContext } from '../../platform/context.js';
import { issueChallenge } from '../../platform/http/proof-of-work.js';
import { solve } from '../../platform/testing/proof.js';
import type { PortalTipIn, TipIn } from './contract.js';
import { recordTip } from './service.js';

/** A tip about a chemical plant in the region `regionCode`, named or anonymous. Tests only. */
export const sampleTip = (regionCode: string, over: Partial<TipIn> = {}): TipIn => ({
  kind: 'majorHazard',
  regionCode,
  subjectName: '咸宁某某化工有限公司',
  address: '咸安区温泉路 1 号',
  content: '该公司甲类仓库内违规存放大量液氯钢瓶，安全出口被货物堵塞。',
  identity: { name: '张三丰', phone: '13800138000' },
  ...over,
});

/** A tip recorded in each of two regions, for the permission walk. */
export async function permissionTips(w: TestWorld, regions: { own: string; other: string }) {
  const at = w.clock.now();
  const make = async (regionCode: string) => (await recordTip(w.app, systemActor, { ...sampleTip(regionCode), channel: 'hotline', receivedAt: at })).id;
  return { own: await make(regions.own), other: await make(regions.other) };
}

/** A portal tip with its proof of work solved, as the browser sends it. Tests only. */
export const withProof = async (app: AppContext, input: TipIn): Promise<PortalTipIn> => ({ ...input, proof: await solve(await issueChallenge(app.sealKey)) });
