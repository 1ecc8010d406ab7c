// 行刑衔接 (criminalTransfer): the codes of a transfer to the police, what the police decided, the
// procuratorate's supervision, the return for administrative penalty and the joint meetings, with
// their Chinese labels (shared by the server and the web; no imports).

/**
 * 待公安机关接收 → 公安机关审查中 → 已立案 | 不予立案 → (提请检察院立案监督 → 已立案 | 不予立案) →
 * 已移回行政处罚; 已立案 → 刑事程序终结 (or 撤案 → 移回).
 */
export const TRANSFER_STATES = ['awaitingReceipt', 'received', 'filed', 'refused', 'supervising', 'returned', 'concluded'] as const;
export type TransferState = (typeof TRANSFER_STATES)[number];

/** 立案 or 不予立案 (行政执法机关移送涉嫌犯罪案件的规定 第八条). */
export const POLICE_DECISIONS = ['filed', 'refused'] as const;
export type PoliceDecision = (typeof POLICE_DECISIONS)[number];

/** 检察院立案监督的结果: 通知公安机关立案 (公安机关已立案), or 认为不立案理由成立. */
export const SUPERVISION_RESULTS = ['filingNotified', 'upheld'] as const;
export type SupervisionResult = (typeof SUPERVISION_RESULTS)[number];

/** Why the case came back: the police did not file it, or filed and then withdrew it (撤销案件), or the court/procuratorate did not punish. */
export const RETURN_KINDS = ['notFiled', 'withdrawn', 'notProsecuted'] as const;
export type ReturnKind = (typeof RETURN_KINDS)[number];

export const TRANSFER_LABELS = {
  state: {
    awaitingReceipt: '待公安机关接收',
    received: '公安机关审查中',
    filed: '公安机关已立案',
    refused: '公安机关不予立案',
    supervising: '检察院立案监督中',
    returned: '已移回行政处罚',
    concluded: '刑事程序终结',
  } satisfies Record<TransferState, string>,
  policeDecision: { filed: '立案', refused: '不予立案' } satisfies Record<PoliceDecision, string>,
  supervisionResult: { filingNotified: '检察院通知立案，公安机关已立案', upheld: '检察院认为不立案理由成立' } satisfies Record<SupervisionResult, string>,
  returnKind: { notFiled: '公安机关不予立案', withdrawn: '公安机关立案后撤销案件', notProsecuted: '不起诉或者免予刑事处罚' } satisfies Record<
    ReturnKind,
    string
  >,
} as const;

/** The acts on a transfer after it opens (rules.ts TRANSFER_ACTS gives each its states and article). */
export const TRANSFER_ACT_NAMES = [
  'updatePackage',
  'recordReceipt',
  'recordPoliceDecision',
  'requestSupervision',
  'recordSupervisionResult',
  'returnCase',
  'conclude',
] as const;
export type TransferActName = (typeof TRANSFER_ACT_NAMES)[number];
