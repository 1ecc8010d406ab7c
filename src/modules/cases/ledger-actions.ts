// What the cases module's ledger actions are called (module.ts registers them; the 卷宗's 卷内备考表 prints them).
import { CASE_EVENTS } from './workflow/machine.js';

export const CASE_LEDGER_ACTIONS: Record<string, string> = {
  'case.created': '新建案件',
  'case.deadlinesReminded': '案件期限提醒',
  'case.recordInterview': '制作询问笔录',
  'case.recordSampling': '抽样取证',
  'case.requestPreservation': '申请先行登记保存',
  'case.approvePreservation': '批准先行登记保存',
  'case.refusePreservation': '不批准先行登记保存',
  'case.decidePreservation': '先行登记保存处理决定',
  'case.fileAssembled': '卷宗组卷',
  ...Object.fromEntries(Object.entries(CASE_EVENTS).map(([event, e]) => [`case.${event}`, e.name])),
};
