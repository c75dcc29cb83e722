// The readable form of a report: Markdown tables (they paste into docs/performance.md as they are).
import type { BenchReport } from './report.js';

const time = (ns: number | null | undefined): string => {
  if (ns === null || ns === undefined || Number.isNaN(ns)) return '–';
  if (ns < 1e3) return `${ns.toFixed(0)} ns`;
  if (ns < 1e6) return `${(ns / 1e3).toPrecision(3)} µs`;
  if (ns < 1e9) return `${(ns / 1e6).toPrecision(3)} ms`;
  return `${(ns / 1e9).toPrecision(3)} s`;
};
const times = (a: number | null | undefined, b: number | null | undefined): string =>
  a === null || a === undefined || b === null || b === undefined || b === 0 ? '–' : `${(a / b).toFixed(2)}×`;
const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
const rule = (n: number): string => `|${' --- |'.repeat(n)}`;

/** Prints the report as tables, then the targets. */
export function printReport(r: BenchReport): void {
  const lines: string[] = [];
  const m = r.meta;
  lines.push(`inbox-rules benchmark: node ${String(m['node'])}, ${String(m['cpus'])} CPUs, ${String(m['rounds'])} round(s), median; ${String(m['seconds'])} s`, '');
  if (r.workspace.length > 0) {
    lines.push('Workspace, time per event (1,000 teammates, realistic stream):', '');
    lines.push(row(['conversations', 'library', 'mutable baseline', 'naive immer', 'Immutable.js Map.set', 'library ÷ baseline', 'naive ÷ library', 'rejected']), rule(8));
    for (const w of r.workspace) {
      lines.push(row([
        w.conversations.toLocaleString('en-US'), time(w.nsPerEvent), time(w.baselineNsPerEvent), time(w.naiveNsPerEvent), time(w.persistentMapSetNs),
        times(w.nsPerEvent, w.baselineNsPerEvent), times(w.naiveNsPerEvent, w.nsPerEvent), w.rejectedEvents === null ? '–' : String(w.rejectedEvents),
      ]));
    }
    lines.push('');
    if (r.workspace.some((w) => w.inPlaceTablesNsPerEvent !== null || w.simplifiedBaselineNsPerEvent !== null)) {
      lines.push('Diagnostics (no target): the library with its tables updated in place (no cost of persistence), and the simplified mutable reading of the rules (no event checks, no transcript, one rating reason) that was the baseline before:', '');
      lines.push(row(['conversations', 'library', 'library, tables in place', 'persistence, share of library', 'in place ÷ baseline', 'simplified baseline', 'library ÷ simplified']), rule(7));
      for (const w of r.workspace) {
        const share = w.nsPerEvent === null || w.inPlaceTablesNsPerEvent === null ? '–' : `${(100 * (1 - w.inPlaceTablesNsPerEvent / w.nsPerEvent)).toFixed(0)} %`;
        lines.push(row([
          w.conversations.toLocaleString('en-US'), time(w.nsPerEvent), time(w.inPlaceTablesNsPerEvent), share, times(w.inPlaceTablesNsPerEvent, w.baselineNsPerEvent),
          time(w.simplifiedBaselineNsPerEvent), times(w.nsPerEvent, w.simplifiedBaselineNsPerEvent),
        ]));
      }
      lines.push('');
    }
  }
  for (const b of r.balanced) {
    lines.push(`Decisions: decideBalancedAssignee, ${b.members.toLocaleString('en-US')} members:`, '');
    lines.push(row(['variant', 'per decision', '÷ mutable scan']), rule(3));
    lines.push(row(['hand-written mutable scan', time(b.baselineNsPerDecision), '1.00×']));
    lines.push(row(['explain: false', time(b.nsPerDecision), times(b.nsPerDecision, b.baselineNsPerDecision)]));
    lines.push(row(['explain: true (default)', time(b.explainNsPerDecision), times(b.explainNsPerDecision, b.baselineNsPerDecision)]), '');
  }
  if (r.text.length > 0) {
    lines.push(`Text, ${((r.text[0]?.bytes ?? 0) / 1048576).toFixed(0)} MB adversarial notes:`, '');
    lines.push(row(['pattern', 'parseMentions', 'countRatingCharacters', 'plain scan', 'mentions ÷ scan', 'characters ÷ scan']), rule(6));
    for (const t of r.text) {
      lines.push(row([t.pattern, time(t.mentionParseNs), time(t.characterCountNs), time(t.scanNs), times(t.mentionParseNs, t.scanNs), times(t.characterCountNs, t.scanNs)]));
    }
    lines.push('');
  }
  if (r.bundle !== null) {
    lines.push('Bundle (esbuild, minified, gzip -9, dependencies external):', '');
    lines.push(row(['entry', 'min+gz']), rule(2));
    lines.push(row(['core (`inbox-rules`)', `${(r.bundle.coreMinGzBytes / 1000).toFixed(2)} kB`]));
    lines.push(row([`\`${r.bundle.oneFunction}\` alone`, `${(r.bundle.oneFunctionMinGzBytes / 1000).toFixed(2)} kB`]), '');
  }
  lines.push('Targets (each ratio: the median over rounds of that round\'s ratio):', '');
  lines.push(row(['target', 'measured', 'each round', 'limit', 'result']), rule(5));
  for (const t of r.targets) {
    const value = t.value === null ? 'not measured' : t.id.startsWith('bundle') ? `${t.value} B` : `${t.value}`;
    const limit = t.id.startsWith('bundle') ? `${t.limit} B` : `${t.limit}`;
    const rounds = t.id.startsWith('bundle') || t.rounds === undefined ? '' : t.rounds.map((v) => `${v}`).join(', ');
    lines.push(row([`${t.id}: ${t.description}`, value, rounds, limit, t.pass === null ? 'n/a' : t.pass ? 'PASS' : 'FAIL']));
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}
