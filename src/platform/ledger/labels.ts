// What each ledger action and subject is called in Chinese, for the people who read the ledger
// (auditors, leaders). Each module names its own (`ledger` in its manifest); the platform names
// its own here. An action without a name is shown by its code, and the tests fail on one.
import type { ServerModule } from '../modules.js';

export interface LedgerLabels {
  /** `case.decide` → 作出行政处罚决定. */
  actions: Record<string, string>;
  /** `penaltyCase` → 行政处罚案件. */
  subjects: Record<string, string>;
}

export const PLATFORM_LEDGER_LABELS: LedgerLabels = {
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

/** The platform's labels and every module's, merged; an action or subject named twice stops start-up. */
export function ledgerLabelsOf(modules: readonly ServerModule[]): LedgerLabels {
  const out: LedgerLabels = { actions: { ...PLATFORM_LEDGER_LABELS.actions }, subjects: { ...PLATFORM_LEDGER_LABELS.subjects } };
  for (const m of modules) {
    for (const part of ['actions', 'subjects'] as const) {
      for (const [code, label] of Object.entries(m.ledger?.[part] ?? {})) {
        if (out[part][code] && out[part][code] !== label) throw new Error(`module ${m.name} names ledger ${part} ${code} a second time`);
        out[part][code] = label;
      }
    }
  }
  return out;
}
