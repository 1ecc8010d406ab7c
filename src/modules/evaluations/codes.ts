// 案卷评查: the codes of a round, its files and their grades, with their Chinese labels (shared by
// the server and the web; no imports).

/** A round is announced (its pool and parameters fixed, the commitment in the ledger), drawn, then closed. */
export const ROUND_STATES = ['announced', 'drawn', 'closed'] as const;
export type RoundState = (typeof ROUND_STATES)[number];

/** A drawn file: to be scored, scored, its result notified to the org, the org's corrections answered. */
export const FILE_STATES = ['drawn', 'scored', 'notified', 'answered'] as const;
export type FileState = (typeof FILE_STATES)[number];

export const GRADES = ['excellent', 'pass', 'fail'] as const;
export type Grade = (typeof GRADES)[number];

export const EVALUATION_LABELS = {
  roundState: { announced: '已公告待抽取', drawn: '评查中', closed: '已结束' } satisfies Record<RoundState, string>,
  fileState: { drawn: '待评分', scored: '已评分', notified: '已通知待整改', answered: '已反馈整改' } satisfies Record<FileState, string>,
  grade: { excellent: '优秀', pass: '合格', fail: '不合格' } satisfies Record<Grade, string>,
} as const;
