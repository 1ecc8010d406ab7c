// Separation of duties (职责分离), one table: each step where one person checks, approves or
// decides another's work names the duties its actor must not also hold on the same matter, and
// the provision or bureau rule that says so. Modules enforce a step with `dutyConflict` (the
// penalty-case guards, plan approval, role changes, the tips module's reward approval and
// complaint conclusion, the licence decision, a follow-up's problem, a credit listing and its repair) and
// the exhaustive test in duties.test.ts reads the table as a matrix.

/** What a person has done or is on a matter. */
export type Duty =
  | 'investigator' // 调查取证的执法人员
  | 'internalReviewer' // 案件审理人
  | 'legalReviewer' // 法制审核人员
  | 'hearingChair' // 听证主持人
  | 'drafter' // 起草、编制、提交人
  | 'approver' // 批准、授权人
  | 'subject' // 事项涉及的本人
  | 'tipHandler' // 举报核查承办人
  | 'complaintRecorder' // 登记投诉的人员
  | 'licenseReviewer' // 受理、审查许可申请的人员
  | 'handler' // 所回访执法事项的承办人员
  | 'repairReviewer'; // 审查信用修复申请的人员

export const DUTY_ZH: Record<Duty, string> = {
  investigator: '本案调查人员',
  internalReviewer: '本案审理人员',
  legalReviewer: '本案法制审核人员',
  hearingChair: '本案听证主持人',
  drafter: '起草或提交人',
  approver: '批准人',
  subject: '事项涉及的本人',
  tipHandler: '举报核查承办人',
  complaintRecorder: '登记该投诉的人员',
  licenseReviewer: '受理或审查该申请的人员',
  handler: '所回访执法事项的承办人员',
  repairReviewer: '审查该信用修复申请的人员',
};

export interface Separation {
  /** The step, named as its capability or case event is. */
  readonly step: string;
  /** The step in Chinese, as the refusal says it. */
  readonly stepZh: string;
  /** The duty the actor takes on by the step. */
  readonly duty: Duty;
  /** Duties on the same matter that exclude it. */
  readonly excludes: readonly Duty[];
  readonly basis: string;
}

// The case chain: 调查 ≠ 审理 ≠ 法制审核 ≠ 听证主持, and the law's own pairs (no investigator
// reviews or chairs). The section chief who took 审理 may chair the hearing: the law names only
// the investigators (第六十四条), and a county bureau has few people to spare.
export const SEPARATIONS = {
  // 查审分离: the section that reviews the file did not gather it.
  'case.internalReview': {
    step: 'case.internalReview',
    stepZh: '案件审理',
    duty: 'internalReviewer',
    excludes: ['investigator'],
    basis: '行政处罚法 第五十七条（调查终结后由负责人审查）；本局查审分离制度',
  },
  'case.legalReview': {
    step: 'case.legalReview',
    stepZh: '法制审核',
    duty: 'legalReviewer',
    excludes: ['investigator', 'internalReviewer', 'hearingChair'],
    basis: '行政处罚法 第五十八条；国办发〔2018〕118号 法制审核制度',
  },
  'case.hearingChair': {
    step: 'case.hearingChair',
    stepZh: '主持听证',
    duty: 'hearingChair',
    excludes: ['investigator', 'legalReviewer'],
    basis: '行政处罚法 第六十四条第四项（听证由非本案调查人员主持）',
  },
  // 先行登记保存: approved, then decided within 7 working days, by a head who did not investigate.
  'case.preservationApproval': {
    step: 'case.preservationApproval',
    stepZh: '审批本案的先行登记保存（审批与调查分离）',
    duty: 'approver',
    excludes: ['investigator'],
    basis: '行政处罚法 第五十六条（经行政机关负责人批准）',
  },
  'case.preservationDecision': {
    step: 'case.preservationDecision',
    stepZh: '作出本案先行登记保存的处理决定（审批与调查分离）',
    duty: 'approver',
    excludes: ['investigator'],
    basis: '行政处罚法 第五十六条',
  },
  'plan.approve': {
    step: 'plan.approve',
    stepZh: '批准年度监督检查计划',
    duty: 'approver',
    excludes: ['drafter'],
    basis: '国办发〔2018〕118号；本局制度：编制或提交人不批准本人的计划',
  },
  'report.approve': {
    step: 'report.approve',
    stepZh: '审定法治政府建设情况报告',
    duty: 'approver',
    excludes: ['drafter'],
    basis: '法治政府建设与责任落实督察工作规定（党政主要负责人履行第一责任人职责）；本局制度：起草或提交人不审定本人起草的报告',
  },
  'account.roles': {
    step: 'account.roles',
    stepZh: '变更账户角色或解锁账户',
    duty: 'approver',
    excludes: ['subject'],
    basis: 'GB/T 22239-2019 §8.1.4.2 访问控制（三员分立，不得为本人授权）',
  },
  'tip.reward': {
    step: 'tip.reward',
    stepZh: '审批举报奖励',
    duty: 'approver',
    excludes: ['tipHandler'],
    basis: '《安全生产领域举报奖励办法》（应急管理部、财政部 2018）；本局制度：承办人不审批本人办理的奖励',
  },
  // A complaint taken by telephone or at the window may be about the very officer who wrote it
  // down; names cannot be matched reliably, so whoever recorded it never concludes it.
  'complaint.conclude': {
    step: 'complaint.conclude',
    stepZh: '办结该投诉',
    duty: 'approver',
    excludes: ['complaintRecorder'],
    basis: '本局执法监督制度：对执法人员行为、执法决定的投诉由法制机构或局领导办理，不交被投诉人；登记投诉的人员不办结该投诉',
  },
  // 审批分离: who accepted the application or checked it on site does not also decide it.
  'license.decide': {
    step: 'license.decide',
    stepZh: '作出该申请的许可决定',
    duty: 'approver',
    excludes: ['licenseReviewer'],
    basis: '行政许可法 第三十四条（审查）、第三十七条（决定）；本局行政许可审查与决定相分离制度',
  },
  // A follow-up may bring a complaint about the very officers who decided or closed the matter.
  'followUp.resolve': {
    step: 'followUp.resolve',
    stepZh: '办结该回访反映的问题',
    duty: 'approver',
    excludes: ['handler'],
    basis: '本局执法回访制度：回访反映的问题由法制机构或局领导办理，不交所涉执法人员（待核）',
  },
  // 集体讨论: an investigator reports the case to the meeting and answers questions, but does not
  // vote on the conclusion of the case they investigated (the deliberation reviews their work).
  'case.deliberationVote': {
    step: 'case.deliberationVote',
    stepZh: '参加本案集体讨论的表决',
    duty: 'approver',
    excludes: ['investigator'],
    basis: '行政处罚法 第四十三条（回避）、第五十七条（调查终结后由负责人审查决定）；本局集体讨论制度：本案调查人员列席汇报，不参加表决（待核）',
  },
  // 列入严重失信主体名单: whoever proposed the listing does not also decide it.
  'credit.decide': {
    step: 'credit.decide',
    stepZh: '作出列入或不予列入严重失信主体名单的决定',
    duty: 'approver',
    excludes: ['drafter'],
    basis: '安全生产严重失信主体名单管理办法（应急管理部令第11号）第四条第二款（由作出处罚决定的部门决定）；本局制度：提出列入建议的人员不作出列入决定（待核）',
  },
  // 信用修复 (提前移出): the officer who reviewed the application, or recorded it for the enterprise, does not decide it.
  'credit.repairDecide': {
    step: 'credit.repairDecide',
    stepZh: '作出准予或不予提前移出严重失信主体名单的决定',
    duty: 'approver',
    excludes: ['repairReviewer', 'drafter'],
    basis:
      '安全生产严重失信主体名单管理办法（应急管理部令第11号）（信用修复由作出列入决定的部门核实决定，条号待核）；本局制度：审查信用修复申请的人员不作出修复决定（待核）',
  },
  // 警示曝光, 典型案例, 通报: the officer who drafted it does not approve its publication.
  'exposure.approve': {
    step: 'exposure.approve',
    stepZh: '批准发布警示曝光、典型案例或通报',
    duty: 'approver',
    excludes: ['drafter'],
    basis: '政府信息公开条例 第十七条（公开前依法审查）；本局制度：起草人员不批准本人起草的曝光、案例和通报发布（待核）',
  },
  // 案卷评查: a file is scored by someone who took no part in the case — its investigators, its
  // legal reviewer, its hearing chair, and whoever approved or took any other step on it (approver);
  // the evaluated org's own staff stand aside too (evaluations/rules.ts).
  'caseFile.evaluate': {
    step: 'caseFile.evaluate',
    stepZh: '评查该案卷',
    duty: 'approver',
    excludes: ['investigator', 'legalReviewer', 'hearingChair', 'approver'],
    basis: '本局案卷评查制度：评查人员不得评查本人承办或者参与办理的案卷，实行交叉评查（待核）',
  },
} as const satisfies Record<string, Separation>;

export type SeparatedStep = keyof typeof SEPARATIONS;

/** Who holds which duty on the matter (user ids). */
export type DutyHolders = Partial<Record<Duty, readonly (string | null | undefined)[]>>;

/** Why `actorId` may not take `step` on a matter with these holders, or null. System acts (no user) are not people. */
export function dutyConflict(step: SeparatedStep, actorId: string | null, holders: DutyHolders): { problem: string; basis: string } | null {
  if (actorId === null) return null;
  const rule: Separation = SEPARATIONS[step];
  const held = rule.excludes.find((d) => holders[d]?.includes(actorId));
  if (!held) return null;
  return { problem: `职责分离：${DUTY_ZH[held]}不得${rule.stepZh}`, basis: rule.basis };
}
