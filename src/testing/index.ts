// The `inbox-rules/testing` entry: tools to verify inbox policies. Explicit re-exports, like src/index.ts.

// Scenario files: validation, runner, JSON Schema (SCENARIOS.md)
export { formatScenarioReport, runScenario, scenarioSchema, validateScenario } from './scenario/index.js';
export type { FormatScenarioReportInput, Scenario, ScenarioContact, ScenarioConversationExpectation, ScenarioEffect, ScenarioEvent, ScenarioExpectation, ScenarioFailure, ScenarioIssue, ScenarioReport, ScenarioSettings, ScenarioStep, ScenarioStepReport, ScenarioTeam, ScenarioTeammate, ScenarioTeammateExpectation, ScenarioValidation, ScenarioWorkspace } from './scenario/index.js';
// fast-check arbitraries for users' own property tests
export { balancedInputArbitrary, conversationArbitrary, roundRobinInputArbitrary, teamArbitrary, teammateArbitrary, workspaceArbitrary, workspaceConfigArbitrary, workspaceEventsArbitrary, workspaceStepsArbitrary } from './arbitraries/index.js';
export type { BalancedInputArbitraryOptions, ConversationArbitraryOptions, GeneratedWorkspace, RoundRobinInputArbitraryOptions, TeamArbitraryOptions, TeammateArbitraryOptions, WorkspaceArbitraryOptions, WorkspaceConfigArbitraryOptions, WorkspaceEventsArbitraryOptions, WorkspaceStep, WorkspaceStepsArbitraryOptions } from './arbitraries/index.js';
// Conformance checks for users' own assignment code
export { assertBalancedConformance, assertRoundRobinConformance, checkBalancedConformance, checkRoundRobinConformance } from './conformance/index.js';
export type { BalancedCandidate, BalancedConformanceReport, CandidateAnswer, CandidateFailure, CheckBalancedConformanceOptions, CheckRoundRobinConformanceOptions, ConformanceCounterexample, ConformanceFailed, ConformancePassed, ConformanceReport, ConformanceRunOptions, RoundRobinCandidate, RoundRobinConformanceReport } from './conformance/index.js';
