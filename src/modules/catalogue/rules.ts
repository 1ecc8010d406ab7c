// The catalogue's pure rules in one place for services and routes: discretion benchmarks and the
// calculator, statutory formulas, and citations. No I/O, no clock.
export * from './benchmark.js';
export * from './discretion.js';
export * from './formula.js';
export { cite, citeAll, rangeText } from './citation.js';
