// What the licensing module tells other modules, inside the acting transaction (platform/events.ts).

/** 准予 or 不予行政许可: disclosure schedules it (7 working days, 国办发〔2018〕118号). */
export interface LicenseDecided {
  applicationId: string;
  applicationNo: string;
  orgId: string;
  enterpriseId: string;
  matterName: string;
  decision: 'granted' | 'denied';
  decidedOn: string;
  scope: string;
  /** The grounds as decided (a denial's reasons are disclosed redacted). */
  reason: string;
}

declare module '../../platform/events.js' {
  interface DomainEvents {
    'license.decided': LicenseDecided;
  }
}
