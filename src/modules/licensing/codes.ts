// 行政许可: the codes every part of the module and the web share (names from GLOSSARY.md).
// Pure data: no I/O.

/** The licence matters (许可事项) the bureau handles; their service guides are in matters.ts. */
export const LICENSE_MATTER_CODES = ['hazchemTrade', 'fireworksWholesale', 'fireworksRetail', 'precursorFiling'] as const;
export type LicenseMatterCode = (typeof LICENSE_MATTER_CODES)[number];

/** How an application came: online by the enterprise user, or at the counter (窗口) recorded by staff. */
export const APPLICATION_CHANNELS = ['online', 'counter'] as const;
export type ApplicationChannel = (typeof APPLICATION_CHANNELS)[number];

/**
 * What an application asks for: a licence anew (新办); the renewal (延续) of a licence before its term
 * ends (行政许可法 第五十条); or a change (变更) of what a licence says (第四十九条). Renewal and change
 * name the licence they continue; both end in a new licence with its own number (the signed content
 * of a licence never changes).
 */
export const APPLICATION_KINDS = ['new', 'renewal', 'change'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

/**
 * A 许可申请's states (rules.ts has the machine):
 * draft (草稿: the form saved and the material being attached; nothing is received yet) → submitted;
 * submitted (待受理) → supplementRequested (一次性告知补正) → submitted again (补正后) …;
 * submitted → accepted (受理, also deemed accepted when no notice came within 5 working days, 行政许可法 第三十二条)
 *           | refusedToAccept (不予受理, with reasons and remedies);
 * accepted (审查中; on-site checks and expert reviews pause its clock, 第四十五条) → granted (准予许可) | denied (不予许可);
 * granted → issued (发证, within 10 working days, 第四十四条);
 * draft | submitted | supplementRequested | accepted → withdrawn (申请人撤回).
 */
export const APPLICATION_STATES = [
  'draft',
  'submitted',
  'supplementRequested',
  'accepted',
  'refusedToAccept',
  'granted',
  'denied',
  'issued',
  'withdrawn',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

/** What stops an accepted application's clock (行政许可法 第四十五条: 听证、检验、检测、检疫、鉴定、专家评审 are not counted). */
export const PAUSE_KINDS = ['onSiteCheck', 'expertReview', 'hearing'] as const;
export type PauseKind = (typeof PAUSE_KINDS)[number];

/** A licence's standing: valid until it expires, or ended early; `replaced` when a change (变更) issued its successor. */
export const LICENSE_STATES = ['valid', 'expired', 'revoked', 'cancelled', 'suspended', 'replaced'] as const;
export type LicenseState = (typeof LICENSE_STATES)[number];

export const LICENSING_LABELS = {
  channel: { online: '网上申请', counter: '窗口申请' } satisfies Record<ApplicationChannel, string>,
  kind: { new: '新办', renewal: '延续', change: '变更' } satisfies Record<ApplicationKind, string>,
  state: {
    draft: '草稿',
    submitted: '待受理',
    supplementRequested: '待补正',
    accepted: '审查中',
    refusedToAccept: '不予受理',
    granted: '准予许可（待发证）',
    denied: '不予许可',
    issued: '已发证',
    withdrawn: '已撤回',
  } satisfies Record<ApplicationState, string>,
  pause: { onSiteCheck: '现场核查', expertReview: '专家评审', hearing: '听证' } satisfies Record<PauseKind, string>,
  license: { valid: '有效', expired: '已过期', revoked: '已吊销', cancelled: '已注销', suspended: '暂扣', replaced: '已变更换证' } satisfies Record<
    LicenseState,
    string
  >,
};

/** 复议 and 诉讼 as a refusal (不予受理, 不予许可) must tell them (行政许可法 第三十八条第二款; 行政复议法 第二十条; 行政诉讼法 第四十六条). */
export const REMEDIES = '申请人如不服本决定，可以自收到本决定之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。';

/** Why a licence is 注销 (行政许可法 第七十条; a holder may also give its licence up). */
export const CANCELLATION_GROUNDS = ['holderRequest', 'expiredNotRenewed', 'holderTerminated', 'forceMajeure', 'other'] as const;
export type CancellationGround = (typeof CANCELLATION_GROUNDS)[number];
export const CANCELLATION_LABELS: Record<CancellationGround, string> = {
  holderRequest: '持证单位申请注销',
  expiredNotRenewed: '有效期届满未延续（第七十条第一项）',
  holderTerminated: '持证法人或者其他组织依法终止（第七十条第二项）',
  forceMajeure: '因不可抗力导致许可事项无法实施（第七十条第四项）',
  other: '法律、法规规定的应当注销的其他情形（第七十条第五项）',
};
