import { fc } from '@fast-check/vitest';

// FC_NUM_RUNS sets how many cases each property runs (default 200). fast-check prints the seed and
// the shrunk counterexample of any failure; pin it as a regression test, never just re-run.
const numRuns = Number(process.env['FC_NUM_RUNS'] ?? 200);
fc.configureGlobal({ numRuns: Number.isInteger(numRuns) && numRuns > 0 ? numRuns : 200 });
