// 严重失信主体名单信用修复决定书 (信修: 准予 or 不予提前移出) and 撤销提前移出严重失信主体名单决定书 (信撤):
// pure builders from the stored application to the instrument model; the platform's renderers draw
// the DOCX and the PDF from it. The numbers are those issued with the acts (service.ts).
import { INSTRUMENT_TYPES, type InstrumentType } from '../../../platform/documents/numbering.js';
import { type Block, dateText, type Instrument } from '../../../platform/documents/render/model.js';
import type { RepairInstrumentKind, RepairOut } from '../contract.js';
import { MEASURE } from '../rules.js';
import { REPAIR_REVOCATION_BASIS, REPAIR_WAIT } from './rules.js';

export type InstrumentRepair = Pick<
  RepairOut,
  | 'orgName'
  | 'enterpriseName'
  | 'uscc'
  | 'listingDecisionNumber'
  | 'listedOn'
  | 'termEndsOn'
  | 'appliedOn'
  | 'claims'
  | 'decision'
  | 'decidedOn'
  | 'decisionReason'
  | 'decisionNumber'
  | 'revokedOn'
  | 'revocationReason'
  | 'revocationNumber'
>;

const REMEDIES = '如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。';
const COPIES = '本文书一式两份，一份送达当事人，一份存档。';
const bare = (s: string) => s.trim().replace(/[。；;，,\s]+$/, '');
const para = (text: string): Block => ({ kind: 'paragraph', indent: true, text });

/** Why the instrument does not exist yet, or null. */
export function repairInstrumentProblem(kind: RepairInstrumentKind, r: InstrumentRepair): string | null {
  if (kind === 'decision') return r.decisionNumber ? null : '尚未作出信用修复决定';
  return r.revocationNumber ? null : '未撤销提前移出决定，没有撤销决定书';
}

function letter(r: InstrumentRepair, type: InstrumentType, number: string, date: string | null, body: Block[]): Instrument {
  return {
    orgName: r.orgName,
    title: INSTRUMENT_TYPES[type].name,
    number,
    blocks: [
      { kind: 'paragraph', text: `${r.enterpriseName}（统一社会信用代码：${r.uscc}）：` },
      ...body,
      { kind: 'closing', lines: [r.orgName, '（印章）', dateText(date ?? undefined)] },
      { kind: 'note', text: COPIES },
    ],
  };
}

const listing = (r: InstrumentRepair) =>
  `本机关于${dateText(r.listedOn ?? undefined)}以列入严重失信主体名单决定书（${r.listingDecisionNumber ?? ''}）将你单位列入安全生产严重失信主体名单`;

/** 信修: the application, the conditions as found, the decision and its reasons. */
export function buildRepairDecision(r: InstrumentRepair): Instrument {
  if (!r.decisionNumber || !r.decision) throw new RangeError('尚未作出信用修复决定');
  const approved = r.decision === 'approve';
  const met = r.claims.filter((c) => c.met).map((c) => c.label);
  return letter(r, 'creditRepairDecision', r.decisionNumber, r.decidedOn, [
    para(`${listing(r)}。你单位于${dateText(r.appliedOn)}申请提前移出严重失信主体名单，称已具备以下条件：${met.length ? met.join('；') : '无'}。`),
    para(`经核实，${bare(r.decisionReason ?? '')}。`),
    para(
      approved
        ? `依据${REPAIR_WAIT.basis}的规定，本机关决定准予你单位提前移出安全生产严重失信主体名单，自本决定作出之日起停止公示并解除相关管理措施。`
        : `依据${MEASURE}的规定，本机关决定不予提前移出。你单位仍在安全生产严重失信主体名单内，管理期限至${dateText(r.termEndsOn ?? undefined)}。`,
    ),
    ...(approved ? [para(`经查实你单位在申请中隐瞒真实情况、弄虚作假的，本机关将撤销本决定，恢复列入状态（${REPAIR_REVOCATION_BASIS}）。`)] : []),
    para(REMEDIES),
  ]);
}

/** 信撤: what was concealed or falsified, the revocation and the listing restored. */
export function buildRepairRevocation(r: InstrumentRepair): Instrument {
  if (!r.revocationNumber) throw new RangeError('未撤销提前移出决定');
  return letter(r, 'creditRepairRevocation', r.revocationNumber, r.revokedOn, [
    para(`${listing(r)}。本机关于${dateText(r.decidedOn ?? undefined)}作出信用修复决定（${r.decisionNumber ?? ''}），准予你单位提前移出。`),
    para(`经查，${bare(r.revocationReason ?? '')}。`),
    para(
      `依据${REPAIR_REVOCATION_BASIS}的规定，本机关决定撤销上述提前移出决定，恢复你单位的列入状态，管理期限至${dateText(r.termEndsOn ?? undefined)}，并恢复公示。`,
    ),
    para(REMEDIES),
  ]);
}

export const buildRepairInstrument = (kind: RepairInstrumentKind, r: InstrumentRepair) =>
  kind === 'decision' ? buildRepairDecision(r) : buildRepairRevocation(r);
