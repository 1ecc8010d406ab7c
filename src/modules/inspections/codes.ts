// The codes of inspections, pure data shared by the tables, the contract and the web: task sources
// and states, record states, evidence kinds, hazard states and grades (labels in the web's i18n).

// 检查任务: draws and the annual plan's key list create them; the kinds of task an officer or a
// leader opens by hand (日常检查, 举报核查, 联合执法, 暗查暗访, 专项检查) carry their rules in
// tasks/kinds.ts. Migration 0024 turned the old 'adhoc' tasks into 'routine' ones.
export const TASK_KINDS = ['routine', 'tip', 'joint', 'unannounced', 'campaign'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];
export const INSPECTION_TASK_SOURCES = ['draw', 'plan', ...TASK_KINDS] as const;
export type InspectionTaskSource = (typeof INSPECTION_TASK_SOURCES)[number];
export const INSPECTION_TASK_STATUSES = ['assigned', 'inProgress', 'completed', 'cancelled'] as const;
export type InspectionTaskStatus = (typeof INSPECTION_TASK_STATUSES)[number];

// 现场检查记录.
export const INSPECTION_RECORD_STATUSES = ['inProgress', 'completed'] as const;
export type InspectionRecordStatus = (typeof INSPECTION_RECORD_STATUSES)[number];

// 证据材料.
export const EVIDENCE_KINDS = ['photo', 'video', 'audio', 'pdf'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

// 隐患: tracked to closure; transitions are pure (hazards/rules.ts, hazardTransition).
export const HAZARD_STATUSES = ['open', 'rectificationSubmitted', 'extensionRequested', 'overdue', 'closed', 'escalated'] as const;
export type HazardStatus = (typeof HAZARD_STATUSES)[number];
export const HAZARD_GRADES = ['general', 'major'] as const;
export type HazardGrade = (typeof HAZARD_GRADES)[number];
/** Where a hazard comes from: found on an inspection record, or reported by the enterprise itself (企业自查自纠). */
export const HAZARD_ORIGINS = ['inspection', 'selfReport'] as const;
export type HazardOrigin = (typeof HAZARD_ORIGINS)[number];

// 专项整治: planned before its period, active in it, closed by a leader's act (campaigns/rules.ts).
export const CAMPAIGN_STATUSES = ['planned', 'active', 'closed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];
