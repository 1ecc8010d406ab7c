// What each ledger action and subject is called in Chinese, for the people who read the ledger
// (auditors, leaders). Each module names its own (`ledger` in its manifest); the platform names
// its own here. An action without a name is shown by its code, a subject without a namer
// (`names.ts`) by its id, and the tests fail on either.
import type { ServerModule, SubjectNamer } from '../modules.js';
import { PLATFORM_SUBJECT_NAMES } from './names.js';

export interface LedgerLabels {
  /** `case.decide` → 作出行政处罚决定. */
  actions: Record<string, string>;
  /** `penaltyCase` → 行政处罚案件. */
  subjects: Record<string, string>;
  /** `penaltyCase` → the records' names: “某公司 应急罚〔2026〕3号”. */
  names: Record<string, SubjectNamer>;
}

export const PLATFORM_LEDGER_LABELS: Omit<LedgerLabels, 'names'> = {
  actions: {
    'account.created': '创建账户',
    'account.passwordChanged': '修改密码',
    'account.rolesChanged': '变更角色',
    'account.unlocked': '解除账户锁定',
    'org.created': '新建机构',
    'delegation.created': '委托执法',
    'instrument.numbered': '文书编号',
    'instrument.voided': '文书编号作废',
  },
  subjects: { userAccount: '账户', org: '机构', delegation: '执法委托', scheduledJobRun: '定时任务' },
};

/** The platform's labels and every module's, merged; an action or subject labelled twice, or a subject named twice, stops start-up. */
export function ledgerLabelsOf(modules: readonly ServerModule[]): LedgerLabels {
  const out: LedgerLabels = {
    actions: { ...PLATFORM_LEDGER_LABELS.actions },
    subjects: { ...PLATFORM_LEDGER_LABELS.subjects },
    names: { ...PLATFORM_SUBJECT_NAMES },
  };
  for (const m of modules) {
    for (const part of ['actions', 'subjects'] as const) {
      for (const [code, label] of Object.entries(m.ledger?.[part] ?? {})) {
        if (out[part][code] && out[part][code] !== label) throw new Error(`module ${m.name} names ledger ${part} ${code} a second time`);
        out[part][code] = label;
      }
    }
    // Two namers cannot be compared as labels can: the second is always a mistake.
    for (const [type, namer] of Object.entries(m.ledger?.names ?? {})) {
      if (out.names[type]) throw new Error(`module ${m.name} names ledger subject ${type}'s records a second time`);
      out.names[type] = namer;
    }
  }
  return out;
}
