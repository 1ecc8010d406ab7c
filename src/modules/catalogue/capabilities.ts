// Benchmarks, checklists and the power list are adopted by legal staff or leaders, not by
// officers or section chiefs.
import { BUSINESS_ROLES, defineCapabilities } from '../../platform/auth/capabilities.js';

export const catalogueCapabilities = defineCapabilities({
  'catalogue.read': BUSINESS_ROLES,
  'benchmark.edit': ['legalReviewer', 'deputyHead', 'head'],
  'list.edit': ['legalReviewer', 'deputyHead', 'head'],
});
