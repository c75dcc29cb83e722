// The `inbox-rules/snooze` entry: snoozing and waking conversations (SNOOZE): presets, due snoozes,
// and the time-zone formatting of reopening times. Explicit re-exports, like src/index.ts. An entry
// of its own, not part of the core (`inbox-rules`), so that an app that does not snooze does not
// bundle the zone formatting. Its functions take the model's values, built with the core's
// `createConversation` and `createTeammate`.
// The error type is re-exported: every function here throws it (one class, shared with the core).
export { InboxRuleError, isInboxRuleError } from '../model/errors.js';
export type { InboxRuleErrorCode } from '../model/errors.js';
export { availableSnoozePresets, SNOOZE_PRESET_HIDDEN_REASONS } from './availableSnoozePresets.js';
export type {
  AvailableSnoozePresetsInput, HiddenSnoozePreset, SnoozeOption, SnoozePresetHiddenReason, SnoozePresetMenu,
} from './availableSnoozePresets.js';
export { dueSnoozes } from './dueSnoozes.js';
export type { DueSnoozesInput } from './dueSnoozes.js';
export { DEFAULT_INSTANT_PATTERN, formatInstantInZone } from './formatInstantInZone.js';
export type { FormatInstantInZoneInput } from './formatInstantInZone.js';
export { formatReopening } from './formatReopening.js';
export type { FormatReopeningInput, FormattedReopening } from './formatReopening.js';
export { DEFAULT_SNOOZE_PRESETS, resolveSnoozePresets, SNOOZE_PRESETS } from './resolveSnoozePresets.js';
export type { ResolveSnoozePresetsInput, SnoozePreset, SnoozePresetSettings } from './resolveSnoozePresets.js';
export { sendAndSnooze } from './sendAndSnooze.js';
export type { SendAndSnoozeInput } from './sendAndSnooze.js';
export { snoozeConversation } from './snoozeConversation.js';
export { SNOOZE_GUIDANCE, SNOOZE_SHORTCUT } from './snoozeGuidance.js';
export type { SnoozeGuidance, SnoozeShortcut } from './snoozeGuidance.js';
export { snoozePresetTime } from './snoozePresetTime.js';
export type { SnoozePresetTimeInput } from './snoozePresetTime.js';
export type {
  SnoozeByPreset, SnoozeConversationInput, SnoozeDuration, SnoozeFor, SnoozeLength, SnoozeOptions, SnoozeTarget, SnoozeUntil,
} from './types.js';
export { wakeConversation } from './wakeConversation.js';
export type { WakeConversationInput } from './wakeConversation.js';
