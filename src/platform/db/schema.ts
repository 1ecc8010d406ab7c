// Every table, for drizzle and drizzle-kit. Modules own their tables; this only gathers them.
export * from '../../modules/orgs/schema.js';
export * from '../auth/schema.js';
export * from '../../modules/people/schema.js';
export * from '../ledger/schema.js';
export * from '../../modules/registry/schema.js';
export * from '../../modules/catalogue/schema.js';
export * from '../documents/schema.js';
export * from '../jobs/schema.js';
export * from '../../modules/inspections/schema.js';
export * from '../../modules/draws/schema.js';
export * from '../../modules/plans/schema.js';
export * from '../../modules/cases/schema.js';
export * from '../../modules/disclosure/schema.js';
