// 警示曝光, 典型案例, 通报 and 约谈: the codes with their Chinese labels (shared by the server and the web; no imports).

/** 警示曝光 (an enterprise, after a penalty), 典型案例 (a decided case chosen to teach), 通报 (a circular). */
export const EXPOSURE_KINDS = ['exposure', 'typicalCase', 'circular'] as const;
export type ExposureKind = (typeof EXPOSURE_KINDS)[number];

/** 草稿 → 已发布 (a leader approved it) → 已撤回. */
export const EXPOSURE_STATES = ['draft', 'published', 'withdrawn'] as const;
export type ExposureState = (typeof EXPOSURE_STATES)[number];

/** Where it is published besides the portal. */
export const EXPOSURE_CHANNELS = ['website', 'wechat', 'newspaper', 'television', 'creditPlatform'] as const;
export type ExposureChannel = (typeof EXPOSURE_CHANNELS)[number];

/** Whom a bureau summons: an enterprise, the government of a locality below it, a department. */
export const SUMMONS_TARGETS = ['enterprise', 'locality', 'department'] as const;
export type SummonsTarget = (typeof SUMMONS_TARGETS)[number];

/** 已约谈 (the follow-up due) → 已跟踪 (the rectification checked). */
export const SUMMONS_STATES = ['recorded', 'followedUp'] as const;
export type SummonsState = (typeof SUMMONS_STATES)[number];

export const EXPOSURE_LABELS = {
  kind: { exposure: '警示曝光', typicalCase: '典型案例', circular: '通报' } satisfies Record<ExposureKind, string>,
  state: { draft: '待批准发布', published: '已发布', withdrawn: '已撤回' } satisfies Record<ExposureState, string>,
  channel: {
    website: '本机关门户网站',
    wechat: '政务新媒体',
    newspaper: '报刊',
    television: '广播电视',
    creditPlatform: '信用信息共享平台',
  } satisfies Record<ExposureChannel, string>,
  target: { enterprise: '生产经营单位', locality: '下级人民政府', department: '有关部门' } satisfies Record<SummonsTarget, string>,
  summonsState: { recorded: '待跟踪整改', followedUp: '已跟踪整改' } satisfies Record<SummonsState, string>,
};

/** One labelled value of what the portal shows, e.g. { label: '处罚种类', value: '罚款' }. */
export interface PublicField {
  label: string;
  value: string;
}

/** Exactly what the portal shows of a published item, already redacted; also the publication's ledger payload. */
export interface PublicDocument {
  format: 'zhifa-exposure/1';
  id: string;
  kind: ExposureKind;
  orgName: string;
  title: string;
  publishedOn: string;
  fields: PublicField[];
  text: string;
}
