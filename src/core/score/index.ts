// The key-account score, proposal and portfolio (pure; see docs/score.md).
export * from "./criteria";
export { percentRankPoints } from "./percentRank";
export { ratingPoints } from "./ratingPoints";
export * from "./scoreCustomers";
export { scoreReason, CRITERION_LABELS } from "./scoreReason";
export * from "./proposal";
export * from "./portfolio";
export * from "./scoreAnalysis";
export * from "./scoreInputs";
