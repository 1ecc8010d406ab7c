// The data an inspection instrument is made from, in the shape an inspection record holds it.
// The inspections service loads these (enterprise from the registry, officers with their
// credentials from people, the number from issueInstrumentNumber) and calls the builders.
import type { ProvisionRef } from '../../catalogue/law/types.js';
import type { RemedyVenues } from '../../../platform/documents/render/remedies.js';

export type CheckResult = 'compliant' | 'hazard' | 'notApplicable' | 'notChecked';
/** In the order the record counts them. */
export const CHECK_RESULT_ZH: Record<CheckResult, string> = { compliant: '符合', hazard: '存在隐患', notApplicable: '不适用', notChecked: '未检查' };

/** Who issues the instrument and under which number. */
export interface Issue {
  /** Full name of the org, e.g. 咸宁市应急管理局. */
  orgName: string;
  /** From issueInstrumentNumber, e.g. （咸）应急检记〔2026〕12号. */
  number: string;
}

export interface EnterpriseParty {
  name: string;
  address: string;
  legalRepresentative: string;
  uscc?: string;
  phone?: string;
}

/** An officer as the record shows them: name and enforcement credential number (亮证). */
export interface OfficerOnSite {
  name: string;
  credentialNo: string;
}

export interface PersonPresent {
  name: string;
  /** 职务, e.g. 安全科科长. */
  position?: string;
}

export interface CheckedItem {
  text: string;
  result: CheckResult;
  /** For 未检查, the reason it was not checked. */
  note?: string;
  /** The provision the item checks, printed after a hazard it found. */
  basis?: ProvisionRef;
}

/** A signature drawn on screen, or just the printed name when signed on paper. */
export interface Signature {
  name: string;
  /** YYYY-MM-DD (China). */
  signedOn: string;
  png?: Uint8Array;
}

export interface InspectionRecordData extends Issue {
  enterprise: EnterpriseParty;
  startedAt: Date;
  endedAt: Date;
  place: string;
  /** 检查事项: the checklist or spot-check matter, when the inspection follows one. */
  matter?: string;
  officers: OfficerOnSite[];
  present: PersonPresent[];
  items: CheckedItem[];
  /** 检查情况: what the officers saw, in their words. */
  findings: string;
  enterpriseSignature?: Signature;
  /** When the enterprise's representative refuses to sign: what happened (安全生产法 第六十八条). */
  signatureRefused?: string;
}

export interface HazardToRectify {
  description: string;
  location?: string;
  major: boolean;
  /** Provisions the hazard breaches, cited after it. */
  basis?: ProvisionRef[];
}

export interface RectificationOrderData extends Issue {
  enterpriseName: string;
  /** The inspection the hazards were found in: its date and record number. */
  inspectedOn: string;
  inspectionRecordNumber?: string;
  hazards: HazardToRectify[];
  /** YYYY-MM-DD: rectified by the end of this day. */
  deadline: string;
  issuedOn: string;
  officers: OfficerOnSite[];
  remedies: RemedyVenues;
  /** The enterprise's 负责人 acknowledging receipt. */
  recipient?: Signature;
}

/** 现场处理措施 (安全生产法 第六十五条第一款第二项至第四项); wording and basis in on-site-measures.ts. */
export type OnSiteMeasureCode = 'correctOnSite' | 'evacuate' | 'suspendProduction' | 'stopEquipment' | 'seize';

export interface OnSiteMeasuresData extends Issue {
  enterpriseName: string;
  decidedOn: string;
  /** What was found: violations or hazards, as the record states them. */
  findings: HazardToRectify[];
  measures: OnSiteMeasureCode[];
  /** For 'seize': what is sealed or seized, and where. */
  seizedItems?: string;
  officers: OfficerOnSite[];
  remedies: RemedyVenues;
  recipient?: Signature;
}

export interface ReinspectionResult {
  description: string;
  rectified: boolean;
  note?: string;
}

export interface ReinspectionOpinionData extends Issue {
  enterpriseName: string;
  /** The 责令限期整改指令书 being checked: its number and date. */
  orderNumber: string;
  orderIssuedOn: string;
  reinspectedOn: string;
  results: ReinspectionResult[];
  /** An extension granted for what is not yet rectified (YYYY-MM-DD). */
  extendedTo?: string;
  officers: OfficerOnSite[];
  recipient?: Signature;
}
