import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { callSubmissionsSeed } from '../../subgraphs/pedagogy/calls/call.seed.js';
import { type GraphQLResponse, Stack, tokenFor } from '../stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await Stack.start();
});
afterAll(() => stack?.stop());

/** Independent reads of the pedagogy database, to check what the graph answers. */
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => stack.sql<T>('pedagogy', text, params);

// Acceptance 4 of issue 16: the seeded events and every call's submission channel, in one query.
const EVENTS_AND_CALLS = `query EventsAndCalls($first: Int = 100) {
  events(first: $first) {
    totalCount
    nodes {
      code title kind format startsOn endsOn venue audiences
      department { code } commune { code name }
      trainings { id title format }
      contributionCall { code }
    }
  }
  calls { code department { code } submissionChannel submissionUrl submissionLabel owner }
}`;

interface EventNode {
  code: string;
  title: string;
  kind: string;
  format: string;
  startsOn: string;
  endsOn: string;
  venue: string | null;
  audiences: string[];
  department: { code: string };
  commune: { code: string; name: string } | null;
  trainings: Array<{ id: string; title: string; format: string }>;
  contributionCall: { code: string } | null;
}

describe('one query answers the events with venue, dates and audiences, and each call with its channel and link (issue 16, acceptance 4)', () => {
  let events: EventNode[];
  let calls: Array<Record<string, any>>;
  beforeAll(async () => {
    const { data, errors } = await stack.query(EVENTS_AND_CALLS);
    expect(errors).toBeUndefined();
    events = data.events.nodes;
    calls = data.calls;
    expect(data.events.totalCount).toBe(events.length);
  });
  const event = (code: string) => events.find((e) => e.code === code)!;

  it('lists the five seeded events, earliest first', () => {
    expect(events.map((e) => [e.code, e.startsOn])).toEqual([
      ['18-WEBIDEE-2022', '2022-10-05'],
      ['18-EXPLORCAMP-2022', '2022-11-16'],
      ['18-TERRE-NUMERIQUE-2022', '2022-11-16'],
      ['29-SEMINAIRE-2023', '2023-11-20'],
      ['29-EXPLORCAMP-2024', '2024-03-13'],
    ]);
  });

  it('holds the Vierzon seminar with its venue, two days, mixed audience, trainings and call for contributions', () => {
    expect(event('18-TERRE-NUMERIQUE-2022')).toMatchObject({
      kind: 'SEMINAR',
      format: 'ON_SITE',
      startsOn: '2022-11-16',
      endsOn: '2022-11-17',
      venue: expect.stringContaining('Vierzon'),
      department: { code: '18' },
      commune: { code: '18279', name: 'Vierzon' },
      contributionCall: { code: '18-TERRE-NUMERIQUE' },
    });
    expect(event('18-TERRE-NUMERIQUE-2022').audiences).toEqual(
      expect.arrayContaining(['TEACHERS', 'SCHOOL_HEADS', 'INSPECTORS', 'ELECTED_OFFICIALS', 'PARTNERS']),
    );
    const formats = event('18-TERRE-NUMERIQUE-2022').trainings.map((t) => t.format);
    expect(formats.filter((f) => f === 'SEMINAR')).toHaveLength(1);
    expect(formats.filter((f) => f === 'EXPLORCAMP_WORKSHOP')).toHaveLength(6);
    const explorcamp = event('18-EXPLORCAMP-2022');
    expect(explorcamp).toMatchObject({ kind: 'EXPLORCAMP', commune: { name: 'Vierzon' } });
    expect(explorcamp.trainings.map((t) => t.format)).toEqual(Array(6).fill('EXPLORCAMP_WORKSHOP'));
  });

  it("holds Finistère's seminar of 20-21 November 2023 and the WebiDée online session of 5 October", () => {
    expect(event('29-SEMINAIRE-2023')).toMatchObject({
      title: '« Le TNE, laboratoire des nouvelles modalités de formation »',
      kind: 'SEMINAR',
      startsOn: '2023-11-20',
      endsOn: '2023-11-21',
      commune: { name: 'Quimper' },
    });
    expect(event('29-SEMINAIRE-2023').trainings.map((t) => t.title)).toContain('Séminaire TNE du Finistère');
    expect(event('18-WEBIDEE-2022')).toMatchObject({
      kind: 'WEBINAR',
      format: 'ONLINE',
      startsOn: '2022-10-05',
      endsOn: '2022-10-05',
      commune: null,
      trainings: [],
    });
    for (const e of events) {
      expect(e.endsOn >= e.startsOn).toBe(true);
      expect(e.venue).toBeTruthy();
      expect(e.audiences.length).toBeGreaterThan(0);
    }
  });

  it("links exactly the trainings of the database's event_training table", async () => {
    const rows = await sql<{ code: string; training_id: string }>(
      'select e.code, et.training_id from event e join event_training et on et.event_id = e.id order by 1, 2',
    );
    const answered = events.flatMap((e) => e.trainings.map((t) => [e.code, t.id])).sort((a, b) => `${a}`.localeCompare(`${b}`));
    expect(answered).toEqual(rows.map((r) => [r.code, r.training_id]).sort((a, b) => `${a}`.localeCompare(`${b}`)));
    expect(rows.length).toBeGreaterThan(10);
  });

  it("gives every call its channel, link and owner: Cher's académie form, Finistère's e-démarches with its label", () => {
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) {
      expect(call.submissionUrl).toMatch(/^https:\/\//);
      expect(call.owner).toBeTruthy();
      if (call.department.code === '18') expect(call).toMatchObject({ submissionChannel: 'ACADEMY_FORM', owner: expect.stringContaining('Orléans-Tours') });
      else expect(call).toMatchObject({ submissionChannel: 'DEPARTMENT_E_SERVICES', submissionLabel: expect.stringContaining('Finistère') });
    }
    expect(new Set(calls.map((c) => c.department.code))).toEqual(new Set(['18', '29']));
  });
});

describe('the events list filters by department, period and kind, and pages', () => {
  const LIST = `query($filter: EventFilter, $first: Int = 100, $after: String) {
    events(filter: $filter, first: $first, after: $after) { totalCount nodes { code } pageInfo { hasNextPage endCursor } }
  }`;
  const codes = async (filter: object) => {
    const { data, errors } = await stack.query(LIST, { variables: { filter } });
    expect(errors).toBeUndefined();
    return data.events.nodes.map((n: { code: string }) => n.code);
  };

  it.each([
    [{ departmentCodes: ['29'] }, ['29-SEMINAIRE-2023', '29-EXPLORCAMP-2024']],
    [{ period: { schoolYear: '2022-2023' } }, ['18-WEBIDEE-2022', '18-EXPLORCAMP-2022', '18-TERRE-NUMERIQUE-2022']],
    // An event is in a period when one of its days is: the seminar's second day alone finds it.
    [{ period: { from: '2022-11-17', to: '2022-11-30' } }, ['18-EXPLORCAMP-2022', '18-TERRE-NUMERIQUE-2022']],
    [{ period: { from: '2022-10-06', to: '2022-11-15' } }, []],
    [{ kinds: ['EXPLORCAMP'] }, ['18-EXPLORCAMP-2022', '29-EXPLORCAMP-2024']],
    [{ departmentCodes: ['18'], kinds: ['WEBINAR', 'SEMINAR'] }, ['18-WEBIDEE-2022', '18-TERRE-NUMERIQUE-2022']],
    [{ departmentCodes: ['75'] }, []],
  ])('%j gives %j', async (filter, expected) => {
    expect(await codes(filter)).toEqual(expected);
  });

  it('pages with cursors, every event once, totalCount the whole list', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const { data, errors }: GraphQLResponse = await stack.query(LIST, { variables: { first: 2, after } });
      expect(errors).toBeUndefined();
      expect(data.events.totalCount).toBe(5);
      seen.push(...data.events.nodes.map((n: { code: string }) => n.code));
      if (!data.events.pageInfo.hasNextPage) break;
      after = data.events.pageInfo.endCursor;
    }
    expect(seen).toEqual(await codes({}));
    expect(seen).toHaveLength(5);
  });

  it('refuses a malformed department code and an event ending before it starts (database check)', async () => {
    const bad = await stack.query(LIST, { variables: { filter: { departmentCodes: ['1X'] } } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await expect(
      sql(`insert into event (id, code, department_code, title, kind, format, starts_on, ends_on, audiences)
           values (gen_random_uuid(), 'X', '18', 'X', 'SEMINAR', 'ON_SITE', '2023-11-21', '2023-11-20', '{}')`),
    ).rejects.toThrow(/event_dates_in_order/);
  });
});

describe('the events list with its trainings costs a constant number of SQL statements', () => {
  const LIST = `query($filter: EventFilter) { events(filter: $filter, first: 100) { totalCount nodes {
    title department { name } commune { name epci { name } } contributionCall { title campaigns { name } }
    trainings { title sessions { date } parent { title } }
  } } }`;

  it('is the same for the two events of the Vierzon days as for all five', async () => {
    const count = (filter: object | null, size: number) =>
      stack.countSql(async () => {
        const { data, errors } = await stack.query(LIST, { variables: { filter } });
        expect(errors).toBeUndefined();
        expect(data.events.nodes).toHaveLength(size);
        expect(data.events.nodes.some((n: any) => n.contributionCall && n.trainings.some((t: any) => t.parent))).toBe(true);
      });
    const few = await count({ period: { from: '2022-11-16', to: '2022-11-17' } }, 2);
    const all = await count(null, 5);
    expect(all).toEqual(few);
    // The page, its total, then one statement per kind of thing loaded: departments, communes, EPCIs, calls, campaigns, trainings, sessions, parents.
    expect(all.pedagogy).toBeLessThanOrEqual(10);
  });
});

describe('staff publish a call with its submission channel', () => {
  const CREATE_CALL = `mutation($input: CreateCallInput!) { createCall(input: $input) { call { code submissionChannel submissionUrl submissionLabel owner } } }`;
  const base = { departmentCode: '29', title: 'AMI TNE 2026', kind: 'AMI', themes: ['INCLUSION'] };

  it('records channel, link, label and owner; refuses a plain http link or a link without channel, writing nothing', async () => {
    const staff29 = await tokenFor('DEPARTMENT_STAFF', ['29']);
    const submission = {
      submissionChannel: 'DEPARTMENT_E_SERVICES',
      submissionUrl: 'https://e-services.example.org/tne-2026',
      submissionLabel: 'TNE — AMI 2026',
      owner: 'Conseil départemental du Finistère',
    };
    const created = await stack.query(CREATE_CALL, { token: staff29, variables: { input: { ...base, code: '29-AMI-2026', ...submission } } });
    expect(created.errors).toBeUndefined();
    expect(created.data.createCall.call).toEqual({ code: '29-AMI-2026', ...submission });

    const http = { ...base, code: '29-AMI-HTTP', ...submission, submissionUrl: 'http://e-services.example.org/tne' };
    const refused = await stack.query(CREATE_CALL, { token: staff29, variables: { input: http } });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'submissionUrl' });
    const noChannel = { ...base, code: '29-AMI-NOCHANNEL', submissionUrl: 'https://e-services.example.org/tne' };
    const refusedToo = await stack.query(CREATE_CALL, { token: staff29, variables: { input: noChannel } });
    expect(refusedToo.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'submissionChannel' });
    expect(await sql(`select code from call where code in ('29-AMI-HTTP', '29-AMI-NOCHANNEL')`)).toEqual([]);
  });
});

describe('one event by id', () => {
  const ONE = `query($id: ID!) { event(id: $id) { code startsOn trainings { title } } }`;

  it('answers a seeded event, NOT_FOUND for an unknown id, BAD_USER_INPUT for a malformed one', async () => {
    const [row] = await sql<{ id: string }>(`select id from event where code = '29-SEMINAIRE-2023'`);
    const { data, errors } = await stack.query(ONE, { variables: { id: row!.id } });
    expect(errors).toBeUndefined();
    expect(data.event).toMatchObject({ code: '29-SEMINAIRE-2023', startsOn: '2023-11-20' });
    expect(data.event.trainings.length).toBe(5);
    const unknown = await stack.query(ONE, { variables: { id: '00000000-0000-4000-8000-000000000000' } });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await stack.query(ONE, { variables: { id: 'seminaire' } });
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('a database seeded before calls had channels', () => {
  it("gives the demonstration calls their department's channel and leaves a call staff published without one as it is", async () => {
    const staff18 = await tokenFor('DEPARTMENT_STAFF', ['18']);
    const input = { departmentCode: '18', code: '18-SANS-CANAL', title: 'Appel sans canal', kind: 'SPECIFIC', themes: ['INCLUSION'] };
    const created = await stack.query(`mutation($input: CreateCallInput!) { createCall(input: $input) { call { code } } }`, {
      token: staff18,
      variables: { input },
    });
    expect(created.errors).toBeUndefined();
    await sql(`update call set submission_channel = null, submission_url = null, submission_label = null, owner = null where code in ('18-ORAL', '29-AMI')`);
    const em = stack.subgraphs.pedagogy.orm.em.fork();
    expect(await callSubmissionsSeed.done(em)).toBe(false);
    await em.transactional((tx) => callSubmissionsSeed.run(tx, { demo: true }));
    expect(await callSubmissionsSeed.done(em.fork())).toBe(true);
    const rows = await sql<{ code: string; submission_channel: string | null; submission_label: string | null }>(
      `select code, submission_channel, submission_label from call where code in ('18-ORAL', '29-AMI', '18-SANS-CANAL') order by code`,
    );
    expect(rows).toEqual([
      { code: '18-ORAL', submission_channel: 'ACADEMY_FORM', submission_label: null },
      { code: '18-SANS-CANAL', submission_channel: null, submission_label: null },
      { code: '29-AMI', submission_channel: 'DEPARTMENT_E_SERVICES', submission_label: "TNE Finistère — Appel à manifestation d'intérêt" },
    ]);
  });
});
