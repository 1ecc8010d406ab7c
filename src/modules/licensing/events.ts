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

/** The event of a decision just written to `a` (a grant, a denial, or a renewal granted by law). */
export function licenseDecided(
  a: { id: string; applicationNo: string; orgId: string; enterpriseId: string; matterName: string; scope: string },
  decision: LicenseDecided['decision'],
  decidedOn: string,
  reason: string,
): LicenseDecided {
  return {
    applicationId: a.id,
    applicationNo: a.applicationNo,
    orgId: a.orgId,
    enterpriseId: a.enterpriseId,
    matterName: a.matterName,
    decision,
    decidedOn,
    scope: a.scope,
    reason,
  };
}

declare module '../../platform/events.js' {
  interface DomainEvents {
    'license.decided': LicenseDecided;
  }
}
