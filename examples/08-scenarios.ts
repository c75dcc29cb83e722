// Scenario files (`inbox-rules/testing`): a workspace, a timeline of events, and what must hold
// after each, checked through the public workspace API. The same files run from the command line:
//   npx inbox-rules scenario examples/scenarios
// Run with: npx tsx examples/08-scenarios.ts
import { formatScenarioReport, runScenario, scenarioSchema, validateScenario, type Scenario } from '../src/testing/index.js';

// #region run
// Balanced assignment with an away teammate: ana is away, so ben gets the conversation (STATUS-3).
const scenario: Scenario = {
  name: 'away teammates get no balanced assignments',
  rules: ['STATUS-3', 'ASSIGN-13'],
  workspace: {
    teammates: [{ id: 'ana', status: 'away' }, { id: 'ben' }],
    teams: [{ id: 'billing', assignment: 'balanced', members: ['ana', 'ben'] }],
    contacts: [{ id: 'u1', email: 'u1@example.test' }],
  },
  steps: [
    {
      at: '2026-01-05T09:00:00Z',
      event: { type: 'conversation.created', conversation: 'c1', customers: ['u1'], text: 'My invoice is wrong', team: 'billing' },
      expect: {
        conversations: { c1: { state: 'open', team: 'billing', assignee: 'ben' } },
        effects: [{ type: 'conversation.assigned', conversation: 'c1', teammate: 'ben', reason: 'balanced' }],
      },
    },
  ],
};
const report = runScenario(scenario);
console.log(formatScenarioReport({ report }));
// #endregion run

// #region failing
// A wrong expectation: the report names the step, the key, the expected and the actual value.
const wrong = runScenario({
  ...scenario,
  name: 'a wrong expectation',
  steps: [{ ...scenario.steps[0]!, expect: { conversations: { c1: { assignee: 'ana' } } } }],
});
console.log(formatScenarioReport({ report: wrong }));
console.log('failures as data:', JSON.stringify(wrong.steps[0]?.failures));
// #endregion failing

// #region validate
// A malformed file: every problem with its JSON path (validateScenario never throws; runScenario
// throws InboxRuleError 'invalid-scenario' with the same list in details.errors).
const validation = validateScenario({
  name: 'typos',
  workspace: {},
  steps: [
    { at: '2026-01-05T09:00:00Z', event: { type: 'conversation.sleep' } },
    { at: '2026-01-05T08:00:00Z', event: { type: 'time.passed' }, expect: { conversations: { c1: { asignee: 'ana' } } } },
  ],
});
if (!validation.ok) for (const issue of validation.errors) console.log(`${issue.path}: ${issue.message}`);
// #endregion validate

// #region schema
// The JSON Schema shipped as inbox-rules/scenario.schema.json, for editors and other tools.
console.log('schema:', scenarioSchema['title'], '- required:', JSON.stringify(scenarioSchema['required']));
// #endregion schema
