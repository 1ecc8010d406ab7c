// The evaluations module publishes no domain events: a round's acts change only its own tables,
// and the ledger records each (evaluation.announced, .drawn, .scored, .notified, .answered, .closed).
export {};
