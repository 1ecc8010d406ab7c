import type { Cadence, ItemKind } from '../../../../src/modules/plans/contract';
import { quarterTotals } from '../../../../src/modules/plans/rules';
import type { PlanItem, PlanItemIn } from './api';

/** An item being edited: targets as entered (12 monthly or 4 quarterly numbers). */
export interface ItemDraft {
  key: number;
  kind: ItemKind;
  name: string;
  matterCode: string;
  enterpriseIds: string[];
  names: Record<string, string>;
  cadence: Cadence;
  targets: number[];
}

let serial = 0;

export function fromItem(item: PlanItem): ItemDraft {
  return {
    key: ++serial,
    kind: item.kind,
    name: item.name,
    matterCode: item.matterCode ?? '',
    enterpriseIds: item.enterpriseIds,
    names: Object.fromEntries(item.enterpriseIds.map((id, i) => [id, item.enterpriseNames[i] ?? id])),
    cadence: item.cadence,
    // The server keeps monthly numbers; a quarterly item is shown as its quarter totals again.
    targets: item.cadence === 'quarter' ? quarterTotals(item.targets) : item.targets,
  };
}

export function blankItem(kind: ItemKind): ItemDraft {
  return { key: ++serial, kind, name: '', matterCode: '', enterpriseIds: [], names: {}, cadence: 'month', targets: Array.from({ length: 12 }, () => 0) };
}

/** Switching cadence keeps the year's total as near as the new shape allows. */
export function withCadence(d: ItemDraft, cadence: Cadence): ItemDraft {
  if (cadence === d.cadence) return d;
  const targets = cadence === 'quarter' ? quarterTotals(d.targets) : d.targets.flatMap((q) => [q, 0, 0]);
  return { ...d, cadence, targets };
}

export function toInput(d: ItemDraft): PlanItemIn {
  return {
    kind: d.kind,
    name: d.name,
    matterCode: d.kind === 'random' ? d.matterCode.trim() || null : null,
    enterpriseIds: d.kind === 'key' ? d.enterpriseIds : [],
    cadence: d.cadence,
    targets: d.targets,
  };
}
