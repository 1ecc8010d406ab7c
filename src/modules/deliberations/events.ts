// What the deliberations module tells other modules, inside the acting transaction (platform/events.ts).
import type { Conclusion } from './codes.js';

/** A 集体讨论会议 closed: each case on its agenda with what the meeting decided. */
export interface DeliberationClosed {
  meetingId: string;
  orgId: string;
  heldOn: string;
  /** 集体讨论记录's number. */
  minutesNumber: string;
  items: {
    caseId: string;
    conclusion: Conclusion;
    /** The case's record of the deliberation (记录集体讨论的意见), written by rules.ts caseOpinion. */
    opinion: string;
  }[];
}

declare module '../../platform/events.js' {
  interface DomainEvents {
    /** 集体讨论会议结束: cases records the deliberation on each case on the agenda (记录集体讨论), citing the meeting. */
    'deliberation.closed': DeliberationClosed;
  }
}
