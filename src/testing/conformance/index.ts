export { assertBalancedConformance } from './assertBalancedConformance.js';
export { assertRoundRobinConformance } from './assertRoundRobinConformance.js';
export { checkBalancedConformance } from './checkBalancedConformance.js';
export { checkRoundRobinConformance } from './checkRoundRobinConformance.js';
export type {
  BalancedCandidate, BalancedConformanceReport, CandidateAnswer, CandidateFailure, CheckBalancedConformanceOptions,
  CheckRoundRobinConformanceOptions, ConformanceCounterexample, ConformanceFailed, ConformancePassed, ConformanceReport,
  ConformanceRunOptions, RoundRobinCandidate, RoundRobinConformanceReport,
} from './types.js';
