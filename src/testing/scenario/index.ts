// The scenario runner, its JSON Schema and its types (re-exported by src/testing/index.ts).
export { formatScenarioReport } from './formatScenarioReport.js';
export type { FormatScenarioReportInput } from './formatScenarioReport.js';
export { runScenario } from './runScenario.js';
export { scenarioSchema } from './scenarioSchema.js';
export { validateScenario } from './validateScenario.js';
export type {
  Scenario, ScenarioContact, ScenarioConversationExpectation, ScenarioEffect, ScenarioEvent, ScenarioExpectation, ScenarioFailure,
  ScenarioIssue, ScenarioReport, ScenarioSettings, ScenarioStep, ScenarioStepReport, ScenarioTeam, ScenarioTeammate,
  ScenarioTeammateExpectation, ScenarioValidation, ScenarioWorkspace,
} from './types.js';
