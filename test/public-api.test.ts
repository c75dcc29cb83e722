// The runtime API, reviewed in one place: adding or removing an export must change this list on
// purpose (a light stand-in for an API extractor).
import { describe, expect, it } from 'vitest';
import * as core from '../src/index.js';
import * as mentions from '../src/mentions/index.js';
import * as outbound from '../src/outbound/index.js';
import * as snooze from '../src/snooze/index.js';
import * as testing from '../src/testing/index.js';
import * as workspace from '../src/workspace/index.js';

const CORE = [
    'ABSENCES', 'ARRIVAL_VIAS', 'ASSIGNMENT_METHODS', 'ASSIGNMENT_REASONS', 'AUTO_ASSIGNMENT_UNAVAILABLE_REASONS',
    'CHANNELS', 'CLOSE_OR_SNOOZE_REASONS', 'CLOSE_SOURCES', 'CLOSING_CHECKLIST', 'CONVERSATION_ACTIVITY_TYPES',
    'CONVERSATION_STATES', 'CONVERSATION_TRANSITIONS', 'DEFAULT_ASSIGNEE_SKIP_REASONS', 'INBOX_RULE_ERROR_CODES',
    'INELIGIBILITY_REASONS', 'InboxRuleError', 'MANUAL_ASSIGNMENT_REJECTION_REASONS', 'MESSENGER_AWAY_AFTER_MS',
    'MESSENGER_PRESENCE_REASONS', 'PART_TYPES', 'PASSED_OVER_REASONS', 'PICK_REASONS', 'RATING_LENGTH_THRESHOLD',
    'RATING_REPLY_WINDOW_MS', 'RATING_REQUEST_POLICIES', 'RATING_REQUEST_REASONS', 'REOPEN_REASONS',
    'REPLY_REASSIGNMENT_REASONS', 'STATUS_COLOURS', 'TEAMMATE_MODES', 'TEAMMATE_STATUSES', 'WAITING_ON',
    'WAIT_REASONS', 'addBotReply', 'addCustomerReply', 'addNote', 'addTeammateReply', 'applyManualAssignment',
    'applyRatingRequest', 'applyStatusChange', 'canTransition', 'closeConversation', 'compareWaitingConversations',
    'countRatingCharacters', 'createConversation', 'createTeam', 'createTeammate', 'creditedTeammate',
    'decideAutoAssignmentAvailability', 'decideBalancedAssignee', 'decideCloseOrSnooze',
    'decideManualAssignability', 'decideRatingRequest', 'decideReassignOnReply', 'decideReplyReassignment',
    'decideRoundRobinAssignee', 'drainBacklog', 'drainBacklogs', 'isCountedAsOpen', 'isInboxRuleError',
    'messengerPresence', 'planSeatRemoval', 'recommendStatus', 'reopenConversation', 'routeArrival', 'sendAndClose',
    'statusColour', 'submitRating', 'teammateCapabilities', 'teammateMode', 'toInstant', 'withOpenCounts',
];

const MENTIONS = [
    'COMPOSER_MODES', 'COMPOSER_SHORTCUTS', 'InboxRuleError', 'MENTION_FILTERS', 'MENTION_SKIP_REASONS',
    'NOT_MENTIONED_POLICIES', 'SELF_MENTION_POLICIES', 'createMentionsState', 'isInboxRuleError',
    'markMentionUnread', 'markMentionsRead', 'mentionsInPart', 'mentionsView', 'parseMentions', 'recordMentions',
    'toggleComposerMode',
];

const SNOOZE = [
    'DEFAULT_INSTANT_PATTERN', 'DEFAULT_SNOOZE_PRESETS', 'InboxRuleError', 'SNOOZE_GUIDANCE', 'SNOOZE_PRESETS',
    'SNOOZE_PRESET_HIDDEN_REASONS', 'SNOOZE_SHORTCUT', 'availableSnoozePresets', 'dueSnoozes',
    'formatInstantInZone', 'formatReopening', 'isInboxRuleError', 'resolveSnoozePresets', 'sendAndSnooze',
    'snoozeConversation', 'snoozePresetTime', 'wakeConversation',
];

const OUTBOUND = [
    'INSERTION_KINDS', 'INSERTION_METHODS', 'InboxRuleError', 'OUTBOUND_FLOW', 'OUTBOUND_WARNING_CODES',
    'addDraftNote', 'isInboxRuleError', 'startOutboundConversation',
];

/** Re-exported by every entry but testing: one class. */
const ERROR_TYPE = ['InboxRuleError', 'isInboxRuleError'];

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

  it('inbox-rules/mentions, inbox-rules/snooze and inbox-rules/outbound export exactly the reviewed names', () => {
    expect(Object.keys(mentions).sort()).toEqual(MENTIONS);
    expect(Object.keys(snooze).sort()).toEqual(SNOOZE);
    expect(Object.keys(outbound).sort()).toEqual(OUTBOUND);
  });

  it('the core entry exports nothing of the opt-in areas (their own entries keep the core bundle small)', () => {
    for (const name of [...MENTIONS, ...SNOOZE, ...OUTBOUND]) expect(name in core, name).toBe(ERROR_TYPE.includes(name));
    expect('parseMentions' in core).toBe(false);
    expect(mentions.parseMentions).toBeTypeOf('function');
    expect('snoozePresetTime' in core).toBe(false);
    expect(snooze.snoozePresetTime).toBeTypeOf('function');
    expect('startOutboundConversation' in core).toBe(false);
    expect(outbound.startOutboundConversation).toBeTypeOf('function');
  });

  it('the area entries share no names with each other or with the core, but the one InboxRuleError class', () => {
    const all = [...CORE, ...MENTIONS, ...SNOOZE, ...OUTBOUND].filter((name) => !ERROR_TYPE.includes(name));
    expect(new Set(all).size).toBe(all.length);
    for (const area of [mentions, snooze, outbound]) {
      expect(area.InboxRuleError).toBe(core.InboxRuleError);
      expect(area.isInboxRuleError).toBe(core.isInboxRuleError);
    }
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
    for (const area of [mentions, snooze, outbound]) expect('default' in area).toBe(false);
    expect([...CORE, ...MENTIONS, ...SNOOZE, ...OUTBOUND, ...WORKSPACE].some((name) => /immer|produce|^draft|Draft$/.test(name))).toBe(false);
  });
});
