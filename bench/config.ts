// The benchmark help desk: 1,000 teammates, balanced, round-robin and manual team inboxes, one
// contact per conversation. Ids have the `tm_<base36>x` shape (never integer-like, toolchain.md
// section 5) and arrive the way real ids do, through JSON.parse.
import { createRandom } from './prng.js';

/** A teammate as the workspace config takes it. */
export interface BenchTeammate {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly handle: string;
  readonly status: 'active' | 'away';
  readonly assignmentLimit: number | null;
  readonly inboxSeat: boolean;
  readonly timezone: string;
}

/** A team as the workspace config takes it. */
export interface BenchTeam {
  readonly id: string;
  readonly assignment: 'manual' | 'round-robin' | 'balanced';
  readonly members: readonly string[];
}

/** The whole benchmark configuration. */
export interface BenchConfig {
  readonly timezone: string;
  readonly defaultAssignee: null;
  readonly teammates: readonly BenchTeammate[];
  readonly teams: readonly BenchTeam[];
  readonly contacts: readonly { readonly id: string; readonly email: string }[];
}

/** Teammates in the whole workspace. */
export const TEAMMATES = 1000;
/** How many balanced teams the teammates are spread over (250 members each with 1,000 teammates). */
const BALANCED_TEAMS = 4;

/** A teammate id, `tm_<base36>x`. */
export const teammateId = (i: number): string => `tm_${i.toString(36)}x`;
/** A conversation id, `cv_<base36>x`. */
export const conversationId = (i: number): string => `cv_${i.toString(36)}x`;
/** A contact id, `ct_<base36>x`. */
export const contactId = (i: number): string => `ct_${i.toString(36)}x`;

/**
 * The configuration: 70 % of teammates active, one in five with an assignment limit, every tenth
 * without a seat; four balanced teams splitting the teammates, a round-robin team of 50 and a manual
 * team of 20 drawn from them. `contacts` is the number of contacts to declare.
 */
export function benchConfig(contacts: number, seed = 1): BenchConfig {
  const rnd = createRandom(seed);
  const zones = ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Tokyo', 'Pacific/Chatham'];
  const teammates: BenchTeammate[] = [];
  for (let i = 0; i < TEAMMATES; i++) {
    teammates.push({
      id: teammateId(i), name: `Teammate ${i}`, email: `t${i}@acme.test`, handle: `h${i}`,
      status: rnd.next() < 0.7 ? 'active' : 'away', assignmentLimit: rnd.next() < 0.2 ? 5 + rnd.int(20) : null,
      inboxSeat: i % 10 !== 9, timezone: rnd.pick(zones),
    });
  }
  const ids = teammates.map((t) => t.id);
  const teams: BenchTeam[] = [];
  const size = TEAMMATES / BALANCED_TEAMS;
  for (let k = 0; k < BALANCED_TEAMS; k++) teams.push({ id: `team_b${k}`, assignment: 'balanced', members: ids.slice(k * size, (k + 1) * size) });
  teams.push({ id: 'team_rr', assignment: 'round-robin', members: ids.filter((_, i) => i % 20 === 3) });
  teams.push({ id: 'team_manual', assignment: 'manual', members: ids.filter((_, i) => i % 50 === 7) });
  const config: BenchConfig = {
    timezone: 'UTC', defaultAssignee: null, teammates, teams,
    contacts: Array.from({ length: contacts }, (_, i) => ({ id: contactId(i), email: `c${i}@example.test` })),
  };
  return JSON.parse(JSON.stringify(config)) as BenchConfig;
}
