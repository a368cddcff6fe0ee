import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { today as todayInFrance } from '../../platform/today.js';
import { Stack, tokenFor } from '../stack.js';

let stack: Stack;
let staff18: string;
let staff29: string;
let commission29: string;
let admin: string;
beforeAll(async () => {
  stack = await Stack.start();
  [staff18, staff29, commission29] = await Promise.all([
    tokenFor('DEPARTMENT_STAFF', ['18']),
    tokenFor('DEPARTMENT_STAFF', ['29']),
    tokenFor('COMMISSION_MEMBER', ['29']),
  ]);
  admin = await tokenFor('ADMIN');
});
afterAll(() => stack?.stop());

const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => stack.sql<T>('pedagogy', text, params);

async function callOf(code: string) {
  const { data } = await stack.query(`{ calls { id code campaigns { id name opensOn closesOn eligibility } } }`);
  return data.calls.find((c: { code: string }) => c.code === code);
}

/** A school of Finistère inside (or outside) a priority territory. */
async function finistereSchool(inTerritory: boolean): Promise<string> {
  const [row] = await sql<{ uai: string }>(
    `select s.uai from school s join commune c on c.code = s.commune_code
      where s.department_code = '29' and c.priority_territory_code is ${inTerritory ? 'not' : ''} null order by s.uai limit 1`,
  );
  return row!.uai;
}

const CREATE = `mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id status version department { code } } } }`;
const MOVE = `mutation($input: ChangeProjectStatusInput!) { changeProjectStatus(input: $input) { project { id status version submittedOn campaign { name } history { fromStatus toStatus effectiveOn recordedByRole } } } }`;

async function draft(token: string, callId: string, leadSchoolUai: string, title = 'Webradio') {
  const { data, errors } = await stack.query(CREATE, { token, variables: { input: { callId, leadSchoolUai, title, themes: [] } } });
  expect(errors).toBeUndefined();
  return data.createProject.project as { id: string; version: number };
}

describe('projects through the gateway', () => {
  it("lists Finistère's projects of the second 2023-24 campaign with their schools and communes, in one query", async () => {
    const { data, errors } = await stack.query(`{
      calls(filter: { departmentCodes: ["29"] }) {
        code
        campaigns { name opensOn closesOn projects { title status submittedOn leadSchool { uai name commune { name } } partnerSchools { uai } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const campaign = data.calls[0].campaigns.find((c: { opensOn: string }) => c.opensOn === '2023-11-06');
    expect(campaign).toMatchObject({ name: 'Campagne 2 — 2023-2024', closesOn: '2024-01-19' });
    expect(campaign.projects.length).toBeGreaterThan(0);
    const [{ count }] = await sql<{ count: number }>(
      `select count(*)::int as count from project p join call_campaign c on c.id = p.campaign_id where c.opens_on = '2023-11-06'`,
    );
    expect(campaign.projects).toHaveLength(count);
    for (const project of campaign.projects) {
      expect(project.submittedOn >= '2023-11-06' && project.submittedOn <= '2024-01-19').toBe(true);
      expect(project.leadSchool.commune.name).toBeTruthy();
    }
  });

  it('filters and pages projects, and counts them by status and theme in the KPIs', async () => {
    const { data } = await stack.query(`{
      projects(first: 5, filter: { departmentCodes: ["18"], statuses: [COMPLETED] }, orderBy: { field: SUBMITTED_ON, direction: DESC }) {
        totalCount nodes { status submittedOn department { code } }
      }
      department(code: "18") { pedagogy { projects { projects { value } byStatus { status count } } } }
    }`);
    const completed = data.department.pedagogy.projects.byStatus.find((s: { status: string }) => s.status === 'COMPLETED').count;
    expect(data.projects.totalCount).toBe(completed);
    const dates = data.projects.nodes.map((n: { submittedOn: string }) => n.submittedOn);
    expect([...dates].sort().reverse()).toEqual(dates);
    const [{ count }] = await sql<{ count: number }>(`select count(*)::int as count from project where department_code = '18'`);
    expect(data.department.pedagogy.projects.projects.value).toBe(count);
  });
});

describe('project rules', () => {
  it('follows the lifecycle, records who changed what, and names the allowed moves when refusing one', async () => {
    const ami = await callOf('29-AMI');
    const project = await draft(staff29, ami.id, await finistereSchool(false));
    const illegal = await stack.query(MOVE, { token: staff29, variables: { input: { id: project.id, version: project.version, status: 'IN_PROGRESS' } } });
    expect(illegal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(illegal.errors?.[0]?.message).toContain('allowed: SUBMITTED, WITHDRAWN');
    const backdated = await stack.query(MOVE, {
      token: staff29,
      variables: { input: { id: project.id, version: project.version, status: 'SUBMITTED', effectiveOn: '2023-12-01' } },
    });
    // Staff submit today only; a past submission is recorded by ADMIN.
    expect(backdated.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const submitted = await stack.query(MOVE, {
      token: admin,
      variables: { input: { id: project.id, version: project.version, status: 'SUBMITTED', effectiveOn: '2023-12-01' } },
    });
    expect(submitted.errors).toBeUndefined();
    const p = submitted.data.changeProjectStatus.project;
    expect(p).toMatchObject({ status: 'SUBMITTED', submittedOn: '2023-12-01', campaign: { name: 'Campagne 2 — 2023-2024' } });
    const review = await stack.query(MOVE, {
      token: staff29,
      variables: { input: { id: p.id, version: p.version, status: 'UNDER_REVIEW', effectiveOn: '2024-01-10' } },
    });
    const refused = await stack.query(MOVE, {
      token: commission29,
      variables: { input: { id: p.id, version: review.data.changeProjectStatus.project.version, status: 'ACCEPTED', effectiveOn: '2024-02-01' } },
    });
    // The verdict comes from finance's commission decision (or ADMIN), never set directly by members.
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const accepted = await stack.query(MOVE, {
      token: admin,
      variables: { input: { id: p.id, version: review.data.changeProjectStatus.project.version, status: 'ACCEPTED', effectiveOn: '2024-02-01' } },
    });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.changeProjectStatus.project.history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'DRAFT',
      'SUBMITTED',
      'UNDER_REVIEW',
      'ACCEPTED',
    ]);
    expect(accepted.data.changeProjectStatus.project.history.at(-1).recordedByRole).toBe('ADMIN');
  });

  it('submits only inside a campaign window, and a refused submission changes nothing', async () => {
    const ami = await callOf('29-AMI');
    const project = await draft(staff29, ami.id, await finistereSchool(false));
    const before = await sql(`select status, submitted_on, campaign_id, version from project where id = ?`, [project.id]);
    const refused = await stack.query(MOVE, {
      token: admin,
      variables: { input: { id: project.id, version: project.version, status: 'SUBMITTED', effectiveOn: '2023-10-25' } },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/not open on 2023-10-25/);
    expect(await sql(`select status, submitted_on, campaign_id, version from project where id = ?`, [project.id])).toEqual(before);
    const [{ count }] = await sql<{ count: number }>(`select count(*)::int as count from project_status_change where project_id = ?`, [project.id]);
    expect(count).toBe(1);
  });

  it('accepts only priority-territory schools in Finistère until 2022-23, and every school from September 2023', async () => {
    const ami = await callOf('29-AMI');
    const outside = await draft(staff29, ami.id, await finistereSchool(false));
    const submit = (p: { id: string; version: number }, effectiveOn: string) =>
      stack.query(MOVE, { token: admin, variables: { input: { id: p.id, version: p.version, status: 'SUBMITTED', effectiveOn } } });
    const refused = await submit(outside, '2022-10-03');
    expect(refused.errors?.[0]?.message).toMatch(/priority territories/);
    expect((await sql(`select status from project where id = ?`, [outside.id]))[0]).toEqual({ status: 'DRAFT' });
    const inside = await draft(staff29, ami.id, await finistereSchool(true));
    expect((await submit(inside, '2022-10-03')).errors).toBeUndefined();
    expect((await submit(outside, '2023-09-15')).errors).toBeUndefined();
  });

  it('refuses negative reach, foreign themes and partners where the call allows none', async () => {
    const socle = await callOf('18-ROBOTIQUE');
    const [school] = await sql<{ uai: string }>(`select uai from school where department_code = '18' order by uai limit 2`);
    const input = { callId: socle.id, leadSchoolUai: school!.uai, title: 'Robots', themes: ['ORAL_AND_DIGITAL'] };
    const before = await sql(`select count(*)::int as count from project`);
    for (const bad of [input, { ...input, themes: [], pupilsReached: -1 }, { ...input, themes: [], partnerSchoolUais: ['0180005H'] }]) {
      const { errors } = await stack.query(CREATE, { token: staff18, variables: { input: bad } });
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await sql(`select count(*)::int as count from project`)).toEqual(before);
  });

  it('records the girls among the pupils reached, and refuses more girls than pupils without changing anything', async () => {
    const ami = await callOf('29-AMI');
    const input = { callId: ami.id, leadSchoolUai: await finistereSchool(true), title: 'Les filles codent', pupilsReached: 40, girlsReached: 25 };
    const created = await stack.query(`mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id version girlsReached } } }`, {
      token: staff29,
      variables: { input },
    });
    expect(created.errors).toBeUndefined();
    const project = created.data.createProject.project;
    expect(project.girlsReached).toBe(25);
    const update = (girlsReached: number) =>
      stack.query(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { girlsReached } } }`, {
        token: staff29,
        variables: { input: { id: project.id, version: project.version, girlsReached } },
      });
    const refused = await update(41);
    expect(refused.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'Girls reached must be between 0 and the pupils reached (40).'],
    ]);
    expect(await sql(`select girls_reached, version from project where id = ?`, [project.id])).toEqual([{ girls_reached: 25, version: project.version }]);
    expect((await update(40)).data.updateProject.project.girlsReached).toBe(40);
  });

  it('records the pupils with special needs among the pupils reached, and refuses more of them than pupils without changing anything', async () => {
    const ami = await callOf('29-AMI');
    const input = { callId: ami.id, leadSchoolUai: await finistereSchool(true), title: 'Lire autrement', pupilsReached: 30, specialNeedsReached: 4 };
    const created = await stack.query(
      `mutation($input: CreateProjectInput!) { createProject(input: $input) { project { id version girlsReached specialNeedsReached } } }`,
      { token: staff29, variables: { input } },
    );
    expect(created.errors).toBeUndefined();
    const project = created.data.createProject.project;
    expect([project.girlsReached, project.specialNeedsReached]).toEqual([null, 4]);
    const update = (changes: { specialNeedsReached?: number; pupilsReached?: number }) =>
      stack.query(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { pupilsReached specialNeedsReached } } }`, {
        token: staff29,
        variables: { input: { id: project.id, version: project.version, ...changes } },
      });
    const row = () => sql(`select pupils_reached, special_needs_reached, version from project where id = ?`, [project.id]);
    const before = await row();
    // Above the pupils reached, whether the figure rises or the pupils fall below it.
    for (const changes of [{ specialNeedsReached: 31 }, { pupilsReached: 3 }] as Array<{ specialNeedsReached?: number; pupilsReached?: number }>) {
      const refused = await update(changes);
      expect(refused.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.message])).toEqual([
        [
          'BAD_USER_INPUT',
          'specialNeedsReached',
          `Pupils with special needs reached must be between 0 and the pupils reached (${changes.pupilsReached ?? 30}).`,
        ],
      ]);
      expect(await row()).toEqual(before);
    }
    expect((await update({ specialNeedsReached: 30 })).data.updateProject.project).toEqual({ pupilsReached: 30, specialNeedsReached: 30 });
  });

  it('refuses a stale version with CONFLICT', async () => {
    const ami = await callOf('29-AMI');
    const project = await draft(staff29, ami.id, await finistereSchool(true));
    const update = (title: string) =>
      stack.query(`mutation($input: UpdateProjectInput!) { updateProject(input: $input) { project { title version } } }`, {
        token: staff29,
        variables: { input: { id: project.id, version: project.version, title } },
      });
    expect((await update('First')).errors).toBeUndefined();
    const stale = await update('Second');
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await sql(`select title from project where id = ?`, [project.id]))[0]).toEqual({ title: 'First' });
  });
});

describe('who may write', () => {
  it('refuses a staff member of 18 in 29 (FORBIDDEN) and PUBLIC (UNAUTHENTICATED), and writes nothing', async () => {
    const ami = await callOf('29-AMI');
    const input = { callId: ami.id, leadSchoolUai: await finistereSchool(true), title: 'Intrus' };
    const before = await sql(`select count(*)::int as count from project`);
    expect((await stack.query(CREATE, { token: staff18, variables: { input } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stack.query(CREATE, { variables: { input } })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await sql(`select count(*)::int as count from project`)).toEqual(before);
    const existing = await draft(staff29, ami.id, await finistereSchool(true), 'Projet du Finistère');
    const move = await stack.query(MOVE, {
      token: staff18,
      variables: { input: { id: existing.id, version: existing.version, status: 'WITHDRAWN', reason: 'x' } },
    });
    expect(move.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['FORBIDDEN', 'You act for department 18, not for department 29: you may not change the status of projects there.'],
    ]);
    expect(await sql(`select status, version from project where id = ?`, [existing.id])).toEqual([{ status: 'DRAFT', version: existing.version }]);
  });

  it('tells staff an illegal move by the allowed ones, and a verdict as the commission’s (FORBIDDEN), changing nothing', async () => {
    const ami = await callOf('29-AMI');
    const project = await draft(staff29, ami.id, await finistereSchool(true), 'Verdict à la main');
    const illegal = await stack.query(MOVE, { token: staff29, variables: { input: { id: project.id, version: project.version, status: 'ACCEPTED' } } });
    expect(illegal.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['BAD_USER_INPUT', 'A DRAFT project cannot become ACCEPTED; allowed: SUBMITTED, WITHDRAWN.'],
    ]);
    // Submitted in the 2023-24 campaign (a past submission is ADMIN's), then under review by staff.
    const submitted = await stack.query(MOVE, {
      token: admin,
      variables: { input: { id: project.id, version: project.version, status: 'SUBMITTED', effectiveOn: '2023-11-10' } },
    });
    const reviewed = await stack.query(MOVE, {
      token: staff29,
      variables: { input: { id: project.id, version: submitted.data.changeProjectStatus.project.version, status: 'UNDER_REVIEW', effectiveOn: '2023-11-20' } },
    });
    const row = reviewed.data.changeProjectStatus.project as { id: string; version: number };
    const verdict = await stack.query(MOVE, { token: staff29, variables: { input: { id: row.id, version: row.version, status: 'ACCEPTED' } } });
    expect(verdict.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['FORBIDDEN', "A project becomes ACCEPTED by a commission's decision (decideProject); only ADMIN may set it by hand."],
    ]);
    expect(await sql(`select status, version from project where id = ?`, [row.id])).toEqual([{ status: 'UNDER_REVIEW', version: row.version }]);
  });

  it('lets PUBLIC read projects and KPIs', async () => {
    const { data, errors } = await stack.query(
      '{ projects(first: 3) { totalCount nodes { title } } department(code: "29") { pedagogy { projects { accepted { value } } } } }',
    );
    expect(errors).toBeUndefined();
    expect(data.projects.totalCount).toBeGreaterThan(0);
    expect(data.department.pedagogy.projects.accepted.value).toBeGreaterThan(0);
  });
});

describe('calls staff publish', () => {
  const CREATE_CALL = `mutation($input: CreateCallInput!) { createCall(input: $input) { call { id code kind } } }`;
  const ADD = `mutation($input: AddCallCampaignInput!) { addCallCampaign(input: $input) { campaign { id name opensOn closesOn } } }`;

  it('publishes a call with non-overlapping campaigns; a refused change writes nothing', async () => {
    const input = { departmentCode: '18', code: '18-ROBOTIQUE-2026', title: 'Codage et robotique 2026', kind: 'SPECIFIC', themes: ['ROBOTICS_CODING'] };
    const created = await stack.query(CREATE_CALL, { token: staff18, variables: { input } });
    expect(created.errors).toBeUndefined();
    const callId = created.data.createCall.call.id;
    expect((await stack.query(CREATE_CALL, { token: staff18, variables: { input } })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await stack.query(CREATE_CALL, { token: staff29, variables: { input: { ...input, code: '18-OTHER' } } })).errors?.[0]?.extensions?.code).toBe(
      'FORBIDDEN',
    );

    const window = { callId, name: 'Campagne 1', opensOn: '2026-09-01', closesOn: '2026-10-15' };
    expect((await stack.query(ADD, { token: staff18, variables: { input: window } })).errors).toBeUndefined();
    const campaigns = () => sql(`select name, opens_on from call_campaign where call_id = ? order by opens_on`, [callId]);
    const before = await campaigns();
    for (const bad of [
      { ...window, name: 'Chevauche', opensOn: '2026-10-01', closesOn: '2026-11-30' },
      { ...window, name: 'À rebours', opensOn: '2026-12-10', closesOn: '2026-12-01' },
    ]) {
      expect((await stack.query(ADD, { token: staff18, variables: { input: bad } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(
      (await stack.query(ADD, { token: staff29, variables: { input: { ...window, name: 'Autre', opensOn: '2027-01-01', closesOn: '2027-02-01' } } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(await campaigns()).toEqual(before);
    expect(
      (await stack.query(ADD, { token: staff18, variables: { input: { ...window, name: 'Campagne 2', opensOn: '2026-11-02', closesOn: '2026-12-18' } } }))
        .errors,
    ).toBeUndefined();
  });
});

describe('submitting today', () => {
  it('lets staff submit inside a campaign open today, and refuses when none is open', async () => {
    const CREATE_CALL = `mutation($input: CreateCallInput!) { createCall(input: $input) { call { id } } }`;
    const ADD = `mutation($input: AddCallCampaignInput!) { addCallCampaign(input: $input) { campaign { id } } }`;
    const today = todayInFrance();
    const created = await stack.query(CREATE_CALL, {
      token: staff18,
      variables: { input: { departmentCode: '18', code: '18-NOW', title: 'Appel ouvert', kind: 'INNOVATION' } },
    });
    const callId = created.data.createCall.call.id;
    const [school] = await sql<{ uai: string }>(`select uai from school where department_code = '18' order by uai limit 1`);
    const closed = await draft(staff18, callId, school!.uai, 'Sans campagne');
    const early = await stack.query(MOVE, { token: staff18, variables: { input: { id: closed.id, version: closed.version, status: 'SUBMITTED' } } });
    expect(early.errors?.[0]?.message).toMatch(/not open on/);
    await stack.query(ADD, { token: staff18, variables: { input: { callId, name: 'En cours', opensOn: today, closesOn: today } } });
    const open = await stack.query(MOVE, { token: staff18, variables: { input: { id: closed.id, version: closed.version, status: 'SUBMITTED' } } });
    expect(open.errors).toBeUndefined();
    expect(open.data.changeProjectStatus.project).toMatchObject({ status: 'SUBMITTED', submittedOn: today, campaign: { name: 'En cours' } });
  });
});
