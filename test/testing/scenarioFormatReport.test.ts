import { describe, expect, it } from 'vitest';
import { formatScenarioReport, type ScenarioReport } from '../../src/testing/scenario/index.js';

const report = (failures: ScenarioReport['steps'][number]['failures']): ScenarioReport => ({
  name: 'demo', rules: [], passed: failures.length === 0,
  steps: [
    { index: 0, at: '2026-01-05T09:00:00Z', event: 'time.passed', passed: true, failures: [] },
    { index: 1, at: '2026-01-05T09:01:00Z', event: 'conversation.closed', passed: failures.length === 0, failures },
  ],
});

describe('formatScenarioReport', () => {
  it('writes one PASS line for a passing report, with the file when given', () => {
    expect(formatScenarioReport({ report: report([]) })).toBe('PASS demo');
    expect(formatScenarioReport({ report: report([]), file: 'a.json', colour: true })).toBe('\u001b[32mPASS\u001b[0m demo (a.json)');
  });

  it('writes only the failing steps, each failure with expected and actual values', () => {
    const text = formatScenarioReport({
      report: report([
        { key: 'conversations.c1.state', expected: 'closed', actual: 'open' },
        { key: 'error', expected: null, actual: { code: 'unknown-teammate', message: 'Teammate "zed" is unknown.' } },
        { key: 'error', expected: 'rating-locked', actual: null },
        { key: 'error', expected: '*', actual: { code: null, message: 'TypeError: x' } },
        { key: 'teammates.zed', expected: { status: 'away' }, actual: undefined },
        { key: 'effects', expected: [{ type: 'rating.requested' }], actual: [] },
        { key: 'mentions.ben.unread', expected: [], actual: null },
      ]),
      file: 'a.json',
    });
    expect(text.split('\n')).toEqual([
      'FAIL demo (a.json)',
      '  steps[1] 2026-01-05T09:01:00Z conversation.closed',
      '    conversations.c1.state: expected "closed", got "open"',
      '    error: expected no error, got unknown-teammate: Teammate "zed" is unknown.',
      '    error: expected "rating-locked", but the event was accepted',
      '    error: expected "*", got a crash (no error code): TypeError: x',
      '    teammates.zed: expected {"status":"away"}, got nothing',
      '    effects:',
      '      expected:',
      '        {"type":"rating.requested"}',
      '      actual (none):',
      '    mentions.ben.unread:',
      '      expected (none):',
      '      actual: null',
    ]);
  });
});
