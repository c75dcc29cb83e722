// The runtime API, reviewed in one place: adding or removing an export must change this list on
// purpose (a light stand-in for an API extractor).
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import * as testing from '../src/testing/index.js';
import * as workspace from '../src/workspace/index.js';

const CORE = [
    'ABSENCES', 'ARRIVAL_VIAS', 'ASSIGNMENT_METHODS', 'ASSIGNMENT_REASONS',
    'AUTO_ASSIGNMENT_UNAVAILABLE_REASONS', 'CHANNELS', 'CLOSE_OR_SNOOZE_REASONS', 'CLOSE_SOURCES',
    'CLOSING_CHECKLIST', 'COMPOSER_MODES', 'COMPOSER_SHORTCUTS', 'CONVERSATION_ACTIVITY_TYPES',
    'CONVERSATION_STATES', 'CONVERSATION_TRANSITIONS', 'DEFAULT_ASSIGNEE_SKIP_REASONS',
    'DEFAULT_INSTANT_PATTERN', 'DEFAULT_SNOOZE_PRESETS', 'INBOX_RULE_ERROR_CODES', 'INELIGIBILITY_REASONS',
    'INSERTION_KINDS', 'INSERTION_METHODS', 'InboxRuleError', 'MANUAL_ASSIGNMENT_REJECTION_REASONS',
    'MENTION_FILTERS', 'MENTION_SKIP_REASONS', 'MESSENGER_AWAY_AFTER_MS', 'MESSENGER_PRESENCE_REASONS',
    'NOT_MENTIONED_POLICIES', 'OUTBOUND_FLOW', 'OUTBOUND_WARNING_CODES', 'PART_TYPES', 'PASSED_OVER_REASONS',
    'PICK_REASONS', 'RATING_LENGTH_THRESHOLD', 'RATING_REPLY_WINDOW_MS', 'RATING_REQUEST_POLICIES',
    'RATING_REQUEST_REASONS', 'REOPEN_REASONS', 'REPLY_REASSIGNMENT_REASONS', 'SELF_MENTION_POLICIES',
    'SNOOZE_GUIDANCE', 'SNOOZE_PRESETS', 'SNOOZE_PRESET_HIDDEN_REASONS', 'SNOOZE_SHORTCUT', 'STATUS_COLOURS',
    'TEAMMATE_MODES', 'TEAMMATE_STATUSES', 'WAITING_ON', 'WAIT_REASONS', 'addBotReply', 'addCustomerReply',
    'addDraftNote', 'addNote', 'addTeammateReply', 'applyManualAssignment', 'applyRatingRequest',
    'applyStatusChange', 'availableSnoozePresets', 'canTransition', 'closeConversation',
    'compareWaitingConversations', 'countRatingCharacters', 'createConversation', 'createMentionsState',
    'createTeam', 'createTeammate', 'creditedTeammate', 'decideAutoAssignmentAvailability',
    'decideBalancedAssignee', 'decideCloseOrSnooze', 'decideManualAssignability', 'decideRatingRequest',
    'decideReassignOnReply', 'decideReplyReassignment', 'decideRoundRobinAssignee', 'drainBacklog',
    'drainBacklogs', 'dueSnoozes', 'formatInstantInZone', 'formatReopening', 'isCountedAsOpen',
    'isInboxRuleError', 'markMentionUnread', 'markMentionsRead', 'mentionsInPart', 'mentionsView',
    'messengerPresence', 'parseMentions', 'planSeatRemoval', 'recommendStatus', 'recordMentions',
    'reopenConversation', 'resolveSnoozePresets', 'routeArrival', 'sendAndClose', 'sendAndSnooze',
    'snoozeConversation', 'snoozePresetTime', 'startOutboundConversation', 'statusColour', 'submitRating',
    'teammateCapabilities', 'teammateMode', 'toInstant', 'toggleComposerMode', 'wakeConversation',
    'withOpenCounts',
];

const WORKSPACE = [
    'ASSIGNED_EFFECT_REASONS', 'InboxRuleError', 'WORKSPACE_EVENT_TYPES', 'apply', 'checkInvariants', 'createWorkspace',
    'getContact', 'getConversation', 'getTeam', 'getTeammate', 'isInboxRuleError', 'listConversations', 'listTeammates',
    'listTeams', 'unreadMentions', 'waitingConversations',
];

const TESTING = [
    'assertBalancedConformance', 'assertRoundRobinConformance', 'balancedInputArbitrary', 'checkBalancedConformance',
    'checkRoundRobinConformance', 'conversationArbitrary', 'formatScenarioReport', 'roundRobinInputArbitrary',
    'runScenario', 'scenarioSchema', 'teamArbitrary', 'teammateArbitrary', 'validateScenario', 'workspaceArbitrary',
    'workspaceConfigArbitrary', 'workspaceEventsArbitrary', 'workspaceStepsArbitrary',
];

describe('public API', () => {
  it('inbox-rules exports exactly the reviewed names', () => {
    expect(Object.keys(core).sort()).toEqual(CORE);
  });

  it('inbox-rules/workspace exports exactly the reviewed names', () => {
    expect(Object.keys(workspace).sort()).toEqual(WORKSPACE);
  });

  it('the core entry exports nothing of the workspace (its own entry keeps the core bundle small)', () => {
    expect(WORKSPACE.filter((name) => name in core)).toEqual(['InboxRuleError', 'isInboxRuleError']);
  });

  it('the workspace entry re-exports the one InboxRuleError class, not a copy', () => {
    expect(workspace.InboxRuleError).toBe(core.InboxRuleError);
    expect(workspace.isInboxRuleError).toBe(core.isInboxRuleError);
  });

  it('inbox-rules/testing exports exactly the reviewed names', () => {
    expect(Object.keys(testing).sort()).toEqual(TESTING);
  });

  it('exports no default export and no immer', () => {
    expect('default' in core).toBe(false);
    expect('default' in workspace).toBe(false);
    expect([...CORE, ...WORKSPACE].some((name) => /immer|produce|^draft|Draft$/.test(name))).toBe(false);
  });
});
