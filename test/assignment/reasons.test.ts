import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_METHODS, createTeam, INBOX_RULE_ERROR_CODES } from '../../src/index.js';
import {
  ASSIGNMENT_REASONS, DEFAULT_ASSIGNEE_SKIP_REASONS, INELIGIBILITY_REASONS, PASSED_OVER_REASONS, PICK_REASONS, WAIT_REASONS,
} from '../../src/assignment/index.js';
import { readFileSync } from 'node:fs';

describe('assignment reason codes', () => {
  it('are unique, stable kebab-case strings, and ASSIGNMENT_REASONS is their union', () => {
    const parts = [INELIGIBILITY_REASONS, PASSED_OVER_REASONS, PICK_REASONS, WAIT_REASONS, DEFAULT_ASSIGNEE_SKIP_REASONS].flat();
    expect([...ASSIGNMENT_REASONS]).toEqual(parts);
    expect(new Set(ASSIGNMENT_REASONS).size).toBe(ASSIGNMENT_REASONS.length);
    for (const r of ASSIGNMENT_REASONS) expect(r).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('every reason code and every assignment error code is documented in docs/assignment.md', () => {
    const doc = readFileSync(new URL('../../docs/assignment.md', import.meta.url), 'utf8');
    for (const r of ASSIGNMENT_REASONS) expect(doc).toContain(`\`${r}\``);
    for (const c of ['unknown-teammate', 'unknown-team', 'duplicate-id', 'invalid-assignment-limit', 'invalid-open-count', 'invalid-instant', 'no-inbox-seat', 'invalid-argument']) {
      expect(INBOX_RULE_ERROR_CODES).toContain(c);
      expect(doc).toContain(`\`${c}\``);
    }
  });

  it('ASSIGN-3: every team inbox has exactly one of three methods, manual by default', () => {
    expect(ASSIGNMENT_METHODS).toEqual(['manual', 'round-robin', 'balanced']);
    expect(createTeam({ id: 'new' }).assignment).toBe('manual');
    expect(() => createTeam({ id: 'x', assignment: 'fifo' as never })).toThrow(expect.objectContaining({ code: 'invalid-assignment-method' }));
  });
});
