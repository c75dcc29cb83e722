// The text rows: `parseMentions` and `countRatingCharacters` on 1 MB adversarial texts against a
// plain charCodeAt scan of the same string (the floor for anything that reads every character).
import { do_not_optimize, measure } from 'mitata';
import { countRatingCharacters, createConversation, createTeammate, type Conversation, type Teammate } from '../src/index.js';
import { parseMentions } from '../src/mentions/index.js';
import { benchConfig } from './config.js';

/** One text measurement: one function over every pattern. */
export interface TextTask {
  readonly group: 'text';
  readonly variant: 'mentions' | 'characters' | 'scan';
  /** UTF-16 code units per text (1 MiB of ASCII). */
  readonly bytes: number;
}

/** Nanoseconds per call for each pattern. */
export type TextResult = Readonly<Record<string, number>>;

/** Repeats `unit` to exactly `length` code units (never splitting a surrogate pair). */
function fill(unit: string, length: number): string {
  let s = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  if (s.length > 0 && /[\uD800-\uDBFF]$/.test(s)) s = `${s.slice(0, -1)}x`;
  return s;
}

/** A flat copy, as a note arrives from JSON (repeat and slice build rope and sliced strings). */
const flat = (s: string): string => JSON.parse(JSON.stringify(s)) as string;

/**
 * Adversarial 1 MB notes: what a regular expression or a naive rescan would turn quadratic. Each
 * entry is a pattern name and its text.
 */
export function adversarialTexts(length: number): readonly (readonly [string, string])[] {
  const backticks: string[] = [];
  for (let k = 1, total = 0; total < length; k = (k % 60) + 1) {
    const run = `${'`'.repeat(k)}@h${k} `;
    backticks.push(run);
    total += run.length;
  }
  const texts: [string, string][] = [
    ['prose with mentions', fill('Please have a look, @h12 and @H7; cc @nobody. Thanks! ', length)],
    ['@ storm', fill('@', length)],
    ['one huge handle', `@${fill('a', length - 1)}`],
    ['e-mail addresses', fill('ana@acme.test @@h1 /@h2 ', length)],
    ['unmatched backtick runs', backticks.join('').slice(0, length)],
    ['unclosed tags', fill('<a <b @h3 ', length)],
    ['emoji and marks', fill('👍 e\u0301 @h\u00e9 ', length)],
  ];
  return texts.map(([name, text]) => [name, flat(text)] as const);
}

/** The floor: one charCodeAt pass over the text. */
function scan(text: string): number {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h + text.charCodeAt(i)) | 0;
  return h;
}

/** Runs every pattern through one function, in this process. */
export async function runText(task: TextTask): Promise<TextResult> {
  const teammates: Teammate[] = benchConfig(0).teammates.map((t) => createTeammate(t));
  const result: Record<string, number> = {};
  for (const [name, text] of adversarialTexts(task.bytes)) {
    let run: () => unknown;
    if (task.variant === 'mentions') {
      run = () => parseMentions({ text, teammates });
    } else if (task.variant === 'characters') {
      const conversation: Conversation = createConversation({
        id: 'c1', createdAt: 0, customers: ['u1'], parts: [{ type: 'customer-reply', author: 'u1', text, at: 0 }],
      });
      run = () => countRatingCharacters(conversation);
    } else {
      run = () => scan(text);
    }
    const stats = await measure(() => {
      do_not_optimize(run());
    }, { min_cpu_time: 400e6, min_samples: 12, warmup_samples: 5 });
    result[name] = stats.avg;
  }
  return result;
}
