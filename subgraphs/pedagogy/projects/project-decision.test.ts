import { describe, expect, it } from '@jest/globals';
import { Verdict } from './project-decision.inputs.js';
import { decisionPath } from './project-decision.service.js';
import { ProjectStatus as S } from './project.lifecycle.js';

describe('a commission decision in the project lifecycle', () => {
  it('moves a project under review to its verdict, and a submitted one through review first', () => {
    expect(decisionPath(S.UNDER_REVIEW, Verdict.ACCEPTED)).toEqual([S.ACCEPTED]);
    expect(decisionPath(S.UNDER_REVIEW, Verdict.REJECTED)).toEqual([S.REJECTED]);
    expect(decisionPath(S.SUBMITTED, Verdict.ACCEPTED)).toEqual([S.UNDER_REVIEW, S.ACCEPTED]);
    expect(decisionPath(S.SUBMITTED, Verdict.REJECTED)).toEqual([S.UNDER_REVIEW, S.REJECTED]);
  });

  it('refuses drafts, withdrawn projects and reversing a verdict, naming the allowed moves', () => {
    expect(() => decisionPath(S.DRAFT, Verdict.ACCEPTED)).toThrow(/A DRAFT project cannot become ACCEPTED; allowed: SUBMITTED, WITHDRAWN/);
    expect(() => decisionPath(S.WITHDRAWN, Verdict.ACCEPTED)).toThrow(/final status/);
    expect(() => decisionPath(S.REJECTED, Verdict.ACCEPTED)).toThrow(/final status/);
    expect(() => decisionPath(S.IN_PROGRESS, Verdict.REJECTED)).toThrow(/allowed: COMPLETED, WITHDRAWN/);
  });
});
