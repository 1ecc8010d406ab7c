// The catalogue's pure rules in one place for services and routes: discretion benchmarks and the
// calculator, statutory formulas, citations, and an org's checklists and power list over the
// built-in ones. No I/O, no clock.
export * from './benchmark.js';
export * from './discretion.js';
export * from './formula.js';
export { cite, citeAll, rangeText } from './citation.js';
export * from './lists.js';
