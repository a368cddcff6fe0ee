import { describe, expect, it } from '@jest/globals';
import { checkTransition, isOpen, ProjectStatus as S, TRANSITIONS } from './project.lifecycle.js';

describe('project lifecycle', () => {
  it('allows the documented path and withdrawal from every open state', () => {
    for (const [from, to] of [[S.DRAFT, S.SUBMITTED], [S.SUBMITTED, S.UNDER_REVIEW], [S.UNDER_REVIEW, S.ACCEPTED],
      [S.UNDER_REVIEW, S.REJECTED], [S.ACCEPTED, S.IN_PROGRESS], [S.IN_PROGRESS, S.COMPLETED]] as const) {
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
