// What the draws module tells other modules, inside the acting transaction (platform/events.ts).

/** What every task a draw makes carries, on the draw and on each re-draw. */
export interface DrawTaskSource {
  drawId: string;
  orgId: string;
  matterCode: string;
  /** The matter's checklist, which the on-site record uses. */
  checklistCode: string;
  planId: string | null;
  /** The draw's date: the tasks are planned for it. */
  plannedOn: string;
}

export interface DrawTeam {
  enterpriseId: string;
  officerIds: string[];
}

/** A draw made after the beacon: its result, fixed in the ledger. */
export interface DrawMade extends DrawTaskSource {
  name: string;
  matterName: string;
  drawnOn: string;
  enterpriseIds: string[];
  /** Each drawn enterprise with its team (empty when no team could be formed). */
  teams: DrawTeam[];
}

/** A recorded re-draw after a withdrawal (回避、注销等). */
export interface DrawRedrawn extends DrawTaskSource {
  /** The enterprise whose task no longer stands. */
  cancelTaskOf: string | null;
  /** The replacement (or the same enterprise with a new team). */
  team: DrawTeam | null;
}

declare module '../../platform/events.js' {
  interface DomainEvents {
    /** 抽取完成: inspections makes the tasks; disclosure schedules the result (一公开, 20 working days). */
    'draw.made': DrawMade;
    /** 重新抽取: inspections cancels the withdrawn task and makes the replacement's. */
    'draw.redrawn': DrawRedrawn;
  }
}
