// The cases module's pure rules in one place for services and routes: the penalty-case state
// machine, its guards and the facts they read. No I/O, no clock.
export * from './facts.js';
export * from './guards.js';
export * from './machine.js';
export * from './transition.js';
