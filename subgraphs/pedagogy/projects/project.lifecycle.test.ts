import { describe, expect, it } from '@jest/globals';
import { checkTransition, isOpen, ProjectStatus as S, TRANSITIONS } from './project.lifecycle.js';

describe('project lifecycle', () => {
  it('allows the documented path and withdrawal from every open state', () => {
    for (const [from, to] of [
      [S.DRAFT, S.SUBMITTED],
      [S.SUBMITTED, S.UNDER_REVIEW],
      [S.UNDER_REVIEW, S.ACCEPTED],
      [S.UNDER_REVIEW, S.REJECTED],
      [S.ACCEPTED, S.IN_PROGRESS],
      [S.IN_PROGRESS, S.COMPLETED],
    ] as const) {
      expect(() => checkTransition(from, to)).not.toThrow();
    }
    for (const status of Object.values(S).filter(isOpen)) expect(() => checkTransition(status, S.WITHDRAWN)).not.toThrow();
  });

  it('refuses skipping a step and leaving a final status, naming what is allowed', () => {
    expect(() => checkTransition(S.DRAFT, S.ACCEPTED)).toThrow(/allowed: SUBMITTED, WITHDRAWN/);
    expect(() => checkTransition(S.COMPLETED, S.IN_PROGRESS)).toThrow(/none \(final status\)/);
    expect([S.REJECTED, S.COMPLETED, S.WITHDRAWN].every((s) => TRANSITIONS[s].length === 0)).toBe(true);
  });
});

/** The lifecycle of docs/DOMAIN.md, written out: each status and the moves it allows, in the order the error names them. */
const MOVES: Record<S, S[]> = {
  [S.DRAFT]: [S.SUBMITTED, S.WITHDRAWN],
  [S.SUBMITTED]: [S.UNDER_REVIEW, S.WITHDRAWN],
  [S.UNDER_REVIEW]: [S.ACCEPTED, S.REJECTED, S.WITHDRAWN],
  [S.ACCEPTED]: [S.IN_PROGRESS, S.WITHDRAWN],
  [S.IN_PROGRESS]: [S.COMPLETED, S.WITHDRAWN],
  [S.REJECTED]: [],
  [S.COMPLETED]: [],
  [S.WITHDRAWN]: [],
};
const STATUSES = Object.values(S);
const PAIRS = STATUSES.flatMap((from) => STATUSES.map((to) => [from, to] as const));

describe('every (from, to) pair of statuses', () => {
  it('covers the eight statuses, 64 pairs', () => {
    expect(STATUSES).toEqual(['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN']);
    expect(PAIRS).toHaveLength(64);
  });

  it.each(PAIRS.filter(([from, to]) => MOVES[from].includes(to)))('allows %s → %s', (from, to) => {
    expect(() => checkTransition(from, to)).not.toThrow();
  });

  it.each(PAIRS.filter(([from, to]) => !MOVES[from].includes(to)))('refuses %s → %s with BAD_USER_INPUT naming the allowed moves', (from, to) => {
    const allowed = MOVES[from].length ? MOVES[from].join(', ') : 'none (final status)';
    expect(() => checkTransition(from, to)).toThrow(
      expect.objectContaining({
        message: `A ${from} project cannot become ${to}; allowed: ${allowed}.`,
        extensions: { code: 'BAD_USER_INPUT', field: 'status' },
      }),
    );
  });

  it('publishes the same table of moves', () => {
    expect(TRANSITIONS).toEqual(MOVES);
  });

  it.each([
    [S.DRAFT, true],
    [S.SUBMITTED, true],
    [S.UNDER_REVIEW, true],
    [S.ACCEPTED, true],
    [S.IN_PROGRESS, true],
    [S.REJECTED, false],
    [S.COMPLETED, false],
    [S.WITHDRAWN, false],
  ])('%s is open: %p', (status, open) => {
    expect(isOpen(status)).toBe(open);
  });

  it('spells out the refusals a user reads', () => {
    expect(() => checkTransition(S.DRAFT, S.DRAFT)).toThrow('A DRAFT project cannot become DRAFT; allowed: SUBMITTED, WITHDRAWN.');
    expect(() => checkTransition(S.UNDER_REVIEW, S.IN_PROGRESS)).toThrow(
      'A UNDER_REVIEW project cannot become IN_PROGRESS; allowed: ACCEPTED, REJECTED, WITHDRAWN.',
    );
    expect(() => checkTransition(S.WITHDRAWN, S.DRAFT)).toThrow('A WITHDRAWN project cannot become DRAFT; allowed: none (final status).');
  });
});
