import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { eventually } from '../commissions.fixtures.js';
import { Stack, tokenFor } from '../stack.js';

/**
 * The README's staff walkthrough, run as written: its GraphQL blocks are read from README.md by
 * operation name and sent in order by the roles it names, with the platform's clock on the day the
 * README sets (TNE_TODAY) — a working day of Cher's programme, when its innovation call takes
 * projects and the State's envelope can be committed — so the README cannot drift from what works.
 */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## A staff workflow, end to end'), readme.indexOf('## The analyst workbench'));
const DAY = /TNE_TODAY=(\d{4}-\d{2}-\d{2})/.exec(section)![1]!;
const OPERATIONS = new Map([...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map(([, block]) => [/^\s*(?:query|mutation) (\w+)/.exec(block!)![1]!, block!]));

let stack: Stack;
beforeAll(async () => {
  stack = await Stack.start({ subgraphEnv: { TNE_TODAY: DAY } });
});
afterAll(() => stack?.stop());

async function run(token: string, name: string, variables: Record<string, unknown> = {}) {
  const document = OPERATIONS.get(name);
  expect(document).toBeDefined();
  const { data, errors } = await stack.query(document!, { token, variables });
  expect(errors).toBeUndefined();
  return data;
}

describe("the README's staff walkthrough", () => {
  it('has the eight steps', () => {
    expect([...OPERATIONS.keys()]).toEqual([
      'StaffStart',
      'CreateProject',
      'MoveProject',
      'Funders',
      'CreateFundingPlan',
      'CreateCommission',
      'DecideProject',
      'ProjectStatus',
    ]);
  });

  it("takes a project of Cher from a draft to ACCEPTED on the README's day", async () => {
    const staff = await tokenFor('DEPARTMENT_STAFF', ['18']);
    const member = await tokenFor('COMMISSION_MEMBER', ['18']);
    const day = DAY;

    const start = await run(staff, 'StaffStart');
    const call = start.calls.find((c: { code: string }) => c.code === '18-INNOVATION');
    expect(call.campaigns.some((c: { opensOn: string; closesOn: string }) => c.opensOn <= day && day <= c.closesOn)).toBe(true);
    const input = {
      callId: call.id,
      leadSchoolUai: start.schools.nodes[0].uai,
      title: 'Webradio des écoles',
      summary: 'Une émission par mois, préparée en classe.',
      themes: ['ORAL_AND_DIGITAL'],
      partnerSchoolUais: [],
      pupilsReached: 60,
      teachersReached: 3,
    };
    let project = (await run(staff, 'CreateProject', { input })).createProject.project;
    for (const status of ['SUBMITTED', 'UNDER_REVIEW']) {
      project = (await run(staff, 'MoveProject', { input: { id: project.id, version: project.version, status } })).changeProjectStatus.project;
      expect(project).toMatchObject({ status, submittedOn: day });
    }

    const [state] = (await run(member, 'Funders')).funders;
    const plan = {
      projectId: project.id,
      totalCost: { cents: 120_000 },
      requestedSubsidy: { cents: 60_000 },
      lines: [{ funderId: state.id, volet: 'RESOURCES', amount: { cents: 120_000 } }],
    };
    await run(member, 'CreateFundingPlan', { input: plan });
    const { commission } = (await run(member, 'CreateCommission', { input: { departmentCode: '18', name: 'Commission de mars', meetsOn: day } }))
      .createCommission;
    const { subsidy } = (
      await run(member, 'DecideProject', { input: { commissionId: commission.id, projectId: project.id, verdict: 'ACCEPTED', amountCents: 60_000 } })
    ).decideProject;
    expect(subsidy).toMatchObject({ verdict: 'ACCEPTED', amount: { cents: 60_000 }, decidedOn: day });

    const accepted = await eventually(
      async () => (await run(staff, 'ProjectStatus', { id: project.id })).project,
      (p) => p.status === 'ACCEPTED',
    );
    expect(accepted.history.map((h: { toStatus: string }) => h.toStatus)).toEqual(['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED']);
  });
});
