// The generator behind the event and step arbitraries: random intents, read one by one against
// the model of the workspace, so every event refers to ids that exist and is surely accepted (or,
// when asked for, surely rejected with a known code). Private.
import * as fc from 'fast-check';
import { WORKSPACE_EVENT_TYPES, type WorkspaceConfig } from '../../workspace/index.js';
import { invalidStep } from './_invalidEvent.js';
import { DAY, MAX_INSTANT, MIN_INSTANT, TEXTS, optionalInteger, readOptions } from './_shared.js';
import { validEvent, type Intent } from './_validEvent.js';
import { initialModel, validateConfig, type Step } from './_workspaceModel.js';

/** How often each event type is asked for (conversation.created first: intents shrink towards it). */
const WEIGHTS: { readonly [T in (typeof WORKSPACE_EVENT_TYPES)[number]]: number } = {
  'conversation.created': 2, 'conversation.outbound-started': 1, 'customer.replied': 5, 'teammate.replied': 5, 'bot.replied': 1,
  'note.added': 3, 'conversation.assigned': 2, 'conversation.snoozed': 2, 'conversation.closed': 3, 'conversation.reopened': 1,
  'conversation.viewed': 1, 'mention.marked-unread': 1, 'teammate.status-changed': 2, 'rating.submitted': 2,
  'conversation.priority-changed': 1, 'team.members-changed': 1, 'teammate.updated': 1, 'time.passed': 1,
};

/** The longest gap between two events: past the 7-day rating window (RATING-6). */
const MAX_GAP = 9 * DAY;

const gapArbitrary = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 60_000, max: 3 * 3_600_000 }) },
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 2, arbitrary: fc.integer({ min: 3 * 3_600_000, max: 3 * DAY }) },
  { weight: 1, arbitrary: fc.integer({ min: 3 * DAY, max: MAX_GAP }) },
);

const intentArbitrary: fc.Arbitrary<Intent> = fc.record({
  type: fc.oneof(...WORKSPACE_EVENT_TYPES.map((type) => ({ weight: WEIGHTS[type], arbitrary: fc.constant(type) }))),
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  flag: fc.boolean(),
  text: fc.nat({ max: TEXTS.length - 1 }),
  gap: gapArbitrary,
  roll: fc.nat({ max: 999 }),
});

/** The size options of the event arbitraries. */
export interface StepsShape {
  readonly minEvents: number;
  readonly maxEvents: number;
}

/** Reads `minEvents` (default 1) and `maxEvents` (default 30, at most 200). */
export function readStepsShape(options: Readonly<Record<string, unknown>>, fn: string): StepsShape {
  const maxEvents = optionalInteger(options, 'maxEvents', fn, 0, 200, 30);
  return { minEvents: optionalInteger(options, 'minEvents', fn, 0, maxEvents, Math.min(1, maxEvents)), maxEvents };
}

/**
 * Steps for `config`: each intent becomes an event the workspace accepts, or, with probability
 * `invalidPerMille / 1000`, one it rejects with a known code. Times start between 2020 and 2035
 * and never go backwards, except in a rejected `time-went-backwards` step.
 */
export function stepsArbitrary(config: WorkspaceConfig, options: unknown, fn: string, invalidPerMille: number): fc.Arbitrary<readonly Step[]> {
  const shape = readStepsShape(readOptions(options, fn), fn);
  validateConfig(config);
  return fc
    .record({
      start: fc.integer({ min: MIN_INSTANT, max: MAX_INSTANT - shape.maxEvents * MAX_GAP }),
      intents: fc.array(intentArbitrary, { minLength: shape.minEvents, maxLength: shape.maxEvents, size: 'max' }),
    })
    .map(({ start, intents }) => {
      const m = initialModel(config);
      let now = start;
      return intents.map((i): Step => {
        now += i.gap;
        if (i.roll >= 1000 - invalidPerMille) return invalidStep(m, i, now);
        m.clock = now;
        return { event: validEvent(m, i, now), error: null };
      });
    });
}
