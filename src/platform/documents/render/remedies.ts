// The remedies every decision instrument must state (行政处罚法 第四十四条 for penalties; the same
// wording is customary on inspection orders). Periods: 行政复议法（2023）第二十条 — 60 days;
// 行政诉讼法 第四十六条 — six months. Filing does not stop execution: 行政复议法 第四十二条,
// 行政诉讼法 第五十六条.

export interface RemedyVenues {
  /** Where 行政复议 is asked for, e.g. 咸宁市人民政府. */
  reviewBody: string;
  /** Where 行政诉讼 is brought, e.g. 咸宁市咸安区人民法院. */
  court: string;
}

/** 如不服本指令，可以…申请行政复议，或者…提起行政诉讼，但本指令不停止执行…. */
export function remediesText(what: string, v: RemedyVenues): string {
  return `如不服本${what}，可以自收到本${what}之日起六十日内依法向${v.reviewBody}申请行政复议，或者在六个月内依法向${v.court}提起行政诉讼，但本${what}不停止执行，法律另有规定的除外。`;
}
