import { describe, expect, it } from '@jest/globals';
import { ACCESS, describeMutation, MUTATION_ACTIONS, whoMay } from './access.js';

// The role × action table and the sentence every mutation's description ends with.
describe('who may do what', () => {
  it('holds the roles of docs/DOMAIN.md, action by action', () => {
    expect(ACCESS).toEqual({
      publishCalls: ['DEPARTMENT_STAFF'],
      writeProjects: ['DEPARTMENT_STAFF'],
      decideProjectsByHand: [],
      writeTraining: ['DEPARTMENT_STAFF'],
      recordDeployments: ['DEPARTMENT_STAFF'],
      importPix: ['DEPARTMENT_STAFF'],
      writeFundingPlans: ['COMMISSION_MEMBER'],
      decideSubsidies: ['COMMISSION_MEMBER'],
      readFinance: ['DEPARTMENT_STAFF', 'COMMISSION_MEMBER'],
      households: ['PARENTALITY_COORDINATOR'],
    });
  });

  it.each([
    ['writeProjects', 'Allowed to DEPARTMENT_STAFF acting for the department concerned, and to ADMIN.'],
    ['readFinance', 'Allowed to DEPARTMENT_STAFF or COMMISSION_MEMBER acting for the department concerned, and to ADMIN.'],
    ['decideProjectsByHand', 'Allowed to ADMIN only.'],
  ] as const)('says who may %s', (action, sentence) => {
    expect(whoMay(action)).toBe(sentence);
  });

  it('ends a mutation description with who may call it', () => {
    expect(describeMutation('disburse', 'Pays part of a subsidy.')).toBe(
      'Pays part of a subsidy. Allowed to COMMISSION_MEMBER acting for the department concerned, and to ADMIN.',
    );
    expect(describeMutation('recordCommissionDecision', 'Applies a decision.')).toBe('Applies a decision. Allowed to ADMIN only.');
    expect(MUTATION_ACTIONS.createProject).toBe('writeProjects');
  });
});
