// A sampling and a decided preservation on the sample case, for the builder tests.
import type { Preservation, Sampling } from '../collection/rules.js';

const OFFICERS = ['00000000-0000-4000-8000-00000000000a', '00000000-0000-4000-8000-00000000000b'];

export const SAMPLE_SAMPLINGS: Sampling[] = [
  {
    number: '（咸安）应急抽〔2026〕2号',
    items: [{ name: '工业用二氯甲烷', specification: '250kg/桶', quantity: 2, unit: '桶', batch: '20260105' }],
    place: '湖北楚缘精细化工有限公司甲类仓库',
    sampledAt: '2026-02-11T03:00:00Z',
    method: 'random',
    methodNote: '随机抽取两桶，现场封存并加贴封条',
    witnessName: '张伟',
    officerIds: OFFICERS,
    recordedBy: OFFICERS[0],
    recordedAt: '2026-02-11T03:30:00.000Z',
  },
];

export const SAMPLE_PRESERVATIONS: Preservation[] = [
  {
    items: [{ name: '可燃气体报警控制器', specification: 'JB-TB-AEC2301', quantity: 1, unit: '台', storagePlace: '当事人中控室，原地封存' }],
    reason: '报警控制器历史记录可能被删除，证据可能灭失',
    officerIds: OFFICERS,
    status: 'decided',
    requestedBy: OFFICERS[0],
    requestedAt: '2026-02-12T02:00:00.000Z',
    approval: { approved: true, opinion: '同意先行登记保存。', by: '00000000-0000-4000-8000-00000000000c', byName: '张局长', at: '2026-02-12T06:00:00.000Z' },
    noticeNumber: '（咸安）应急先保〔2026〕1号',
    approvedOn: '2026-02-12',
    decisionDueOn: '2026-02-28',
    decision: {
      kind: 'release',
      details: '已对报警控制器历史记录拍照、复制，解除先行登记保存',
      by: '00000000-0000-4000-8000-00000000000c',
      byName: '张局长',
      at: '2026-02-25T02:00:00.000Z',
      decidedOn: '2026-02-25',
      number: '（咸安）应急先处〔2026〕1号',
    },
  },
];
