// What the inspections module tells other modules, inside the acting transaction (platform/events.ts).

/** A completed on-site record (现场检查记录 numbered, task completed). */
export interface InspectionCompleted {
  recordId: string;
  orgId: string;
  enterpriseId: string;
  number: string | null;
  completedOn: string;
  findings: string;
  hazardCount: number;
  matterCode: string | null;
}

/** 升级处置 of a hazard (重大事故隐患 or overdue), with the case to open when a violation type is named. */
export interface HazardEscalated {
  hazardId: string;
  orgId: string;
  /** 立案 in the same transaction when given. */
  violationTypeCode: string | null;
}

/** 销号: a hazard closed on re-inspection (整改复查合格). */
export interface HazardClosed {
  hazardId: string;
  orgId: string;
  enterpriseId: string;
  grade: 'general' | 'major';
  description: string;
  closedOn: string;
  /** Who registered it and who closed it: the officers who handled it. */
  handlerIds: string[];
}

declare module '../../platform/events.js' {
  interface DomainEvents {
    /** 升级处置: cases opens the case from the finding when a violation type is named. */
    'hazard.escalated': HazardEscalated;
    /** 检查完成: disclosure schedules the inspection result (双随机、一公开, 20 working days). */
    'inspection.completed': InspectionCompleted;
    /** 隐患销号: followups samples it for a follow-up visit. */
    'hazard.closed': HazardClosed;
  }
}
