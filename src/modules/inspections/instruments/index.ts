// Inspection instruments (执法文书): pure builders from the record's data to the instrument model.
// The service issues the number (issueInstrumentNumber, in the same transaction as the act),
// builds, then renders with platform/documents/render (renderInstrument).
export { buildInspectionRecord } from './inspection-record.js';
export { buildRectificationOrder } from './rectification-order.js';
export { buildOnSiteMeasures, ON_SITE_MEASURES } from './on-site-measures.js';
export { buildReinspectionOpinion } from './reinspection-opinion.js';
export * from './types.js';
