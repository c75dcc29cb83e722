// The decision row: `decideBalancedAssignee` for a team of 1,000 members against a hand-written
// scan over a mutable array of the same teammates. As in a live inbox, where each assignment rebuilds
// one teammate, the library cycles through 16 versions of the team's teammates array, each one the
// previous with one teammate rebuilt (so no call sees the previous call's array, but most teammate
// objects are shared); the mutable scan reads its one array, updated in place.
import { do_not_optimize, measure } from 'mitata';
import { decideBalancedAssignee } from '../src/assignment/index.js';
import { createTeam, createTeammate, type Teammate } from '../src/index.js';
import { benchConfig } from './config.js';
import { createRandom } from './prng.js';
import { pickBalanced } from './reference.js';

/** One decision measurement. */
export interface BalancedTask {
  readonly group: 'balanced';
  /** `library` (explain: false), `library-explain` (explain: true) or `baseline`. */
  readonly variant: 'library' | 'library-explain' | 'baseline';
  readonly members: number;
}

/** A teammate of the mutable baseline. */
interface Mutable {
  id: string;
  status: 'active' | 'away';
  inboxSeat: boolean;
  assignmentLimit: number | null;
  openCount: number;
  lastAssignedAt: number | null;
}

const STATES = 16;

/** The balanced pick by hand (ASSIGN-13 to ASSIGN-17), as a mutable implementation writes it. */
const scan = (members: readonly Mutable[]): Mutable | null => pickBalanced(members);

/** Nanoseconds per decision. */
export async function runBalanced(task: BalancedTask): Promise<{ readonly ns: number }> {
  const config = benchConfig(0);
  const people = config.teammates.slice(0, task.members);
  const rnd = createRandom(11);
  const base = people.map((t) => ({ ...t, openCount: rnd.int(12), lastAssignedAt: rnd.next() < 0.1 ? null : 1_767_600_000_000 + rnd.int(86_400_000) }));
  let i = 0;
  let run: () => unknown;
  if (task.variant === 'baseline') {
    const members = base.map((t): Mutable => ({
      id: t.id, status: t.status, inboxSeat: t.inboxSeat, assignmentLimit: t.assignmentLimit, openCount: t.openCount, lastAssignedAt: t.lastAssignedAt,
    }));
    run = () => scan(members);
  } else {
    const team = createTeam({ id: 'team_big', assignment: 'balanced', members: people.map((t) => t.id) });
    const versions: Teammate[][] = [base.map((t) => createTeammate(t))];
    for (let k = 1; k < STATES; k++) {
      const next = [...(versions[k - 1] as Teammate[])];
      const j = rnd.int(next.length);
      const t = next[j] as Teammate;
      next[j] = createTeammate({ ...t, openCount: t.openCount + 1, lastAssignedAt: 1_767_700_000_000 + k });
      versions.push(next);
    }
    const explain = task.variant === 'library-explain';
    run = () => decideBalancedAssignee({ team, teammates: versions[i++ & (STATES - 1)] as Teammate[], explain });
  }
  const stats = await measure(() => {
    do_not_optimize(run());
  }, { min_cpu_time: 400e6, min_samples: 12, warmup_samples: 20 });
  return { ns: stats.avg };
}
