import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Stack, tokenFor, type GraphQLResponse } from '../stack.js';

let stack: Stack;
let staff18: string;
let staff29: string;
let admin: string;
beforeAll(async () => {
  stack = await Stack.start();
  [staff18, staff29, admin] = await Promise.all([tokenFor('DEPARTMENT_STAFF', ['18']), tokenFor('DEPARTMENT_STAFF', ['29']), tokenFor('ADMIN')]);
});
afterAll(() => stack?.stop());

/** Independent reads of the pedagogy database, to check what the graph answers. */
const sql = <T = Record<string, unknown>>(text: string, params: unknown[] = []) => stack.sql<T>('pedagogy', text, params);

const errorCode = (response: GraphQLResponse) => response.errors?.[0]?.extensions?.code;

/** Every row of the training tables, to prove that a refused mutation changed nothing. */
const snapshot = async () => ({
  trainings: await sql('select * from training order by id'),
  sessions: await sql('select * from training_session order by id'),
  competences: await sql('select * from training_competence order by training_id, competence_code'),
});

async function aTrainingOf(departmentCode: string) {
  const [row] = await sql<{ id: string; version: number }>(
    `select id, version from training where department_code = ? and format = 'EAFC_COURSE' order by id limit 1`,
    [departmentCode],
  );
  return row!;
}

const CREATE = `mutation($input: CreateTrainingInput!) { createTraining(input: $input) { training { id version title department { code } competences { code } parent { id } } } }`;
const UPDATE = `mutation($input: UpdateTrainingInput!) { updateTraining(input: $input) { training { id version title competences { code } } } }`;
const ADD = `mutation($input: AddTrainingSessionInput!) { addTrainingSession(input: $input) {
  session { id version capacity registered attended commune { name } } training { hoursDelivered teachersTrained sessionCount } } }`;
const UPDATE_SESSION = `mutation($input: UpdateTrainingSessionInput!) { updateTrainingSession(input: $input) {
  session { id version registered attended } training { teachersTrained } } }`;

const newTraining = (departmentCode: string) => ({
  departmentCode,
  title: 'Robotique au cycle 2',
  audience: 'FIRST_DEGREE',
  format: 'EAFC_COURSE',
  provider: 'EAFC',
  competenceCodes: ['3.4', '5.1'],
});

describe('staff record trainings and sessions', () => {
  it('creates a training, adds a session, records attendance and edits it with its version', async () => {
    const created = await stack.query(CREATE, { token: staff18, variables: { input: newTraining('18') } });
    expect(created.errors).toBeUndefined();
    const training = created.data.createTraining.training;
    expect(training).toMatchObject({ version: 1, department: { code: '18' }, competences: [{ code: '3.4' }, { code: '5.1' }] });

    const input = { trainingId: training.id, date: '2024-03-13', communeCode: '18033', hours: 3, capacity: 20, registered: 18 };
    const added = await stack.query(ADD, { token: staff18, variables: { input } });
    expect(added.errors).toBeUndefined();
    expect(added.data.addTrainingSession).toMatchObject({
      session: { commune: { name: 'Bourges' }, attended: 0 },
      training: { hoursDelivered: 3, teachersTrained: 0, sessionCount: 1 },
    });
    const session = added.data.addTrainingSession.session;
    const counted = await stack.query(UPDATE_SESSION, { token: staff18, variables: { input: { id: session.id, version: session.version, attended: 16 } } });
    expect(counted.data.updateTrainingSession).toMatchObject({ session: { attended: 16, version: session.version + 1 }, training: { teachersTrained: 16 } });

    const edited = await stack.query(UPDATE, { token: staff18, variables: { input: { id: training.id, version: 1, competenceCodes: ['3.4'] } } });
    expect(edited.data.updateTraining.training).toMatchObject({ version: 2, competences: [{ code: '3.4' }] });
  });

  it('lets ADMIN record in any department, and a workshop under a seminar of the same department', async () => {
    const [seminar] = await sql<{ id: string }>(`select id from training where department_code = '29' and format = 'SEMINAR'`);
    const input = { ...newTraining('29'), format: 'EXPLORCAMP_WORKSHOP', parentId: seminar!.id };
    const created = await stack.query(CREATE, { token: admin, variables: { input } });
    expect(created.errors).toBeUndefined();
    expect(created.data.createTraining.training.parent.id).toBe(seminar!.id);
  });
});

describe('refused mutations leave the database unchanged', () => {
  const refusals: Array<[string, () => Promise<GraphQLResponse>, string]> = [
    [
      'a session with more registered than places',
      async () => {
        const { id } = await aTrainingOf('18');
        return stack.query(ADD, {
          token: staff18,
          variables: { input: { trainingId: id, date: '2024-01-10', venue: 'Classe virtuelle', hours: 2, capacity: 10, registered: 11 } },
        });
      },
      'BAD_USER_INPUT',
    ],
    [
      'counts with more present than registered',
      async () => {
        const [s] = await sql<{ id: string; version: number; registered: number }>(`select id, version, registered from training_session order by id limit 1`);
        return stack.query(UPDATE_SESSION, { token: admin, variables: { input: { id: s!.id, version: s!.version, attended: s!.registered + 1 } } });
      },
      'BAD_USER_INPUT',
    ],
    [
      'a session without a place',
      async () => {
        const { id } = await aTrainingOf('18');
        return stack.query(ADD, { token: staff18, variables: { input: { trainingId: id, date: '2024-01-10', hours: 2, capacity: 10 } } });
      },
      'BAD_USER_INPUT',
    ],
    ['a training in 29 created by staff of 18', () => stack.query(CREATE, { token: staff18, variables: { input: newTraining('29') } }), 'FORBIDDEN'],
    [
      'a training of 29 changed by staff of 18',
      async () => {
        const { id, version } = await aTrainingOf('29');
        return stack.query(UPDATE, { token: staff18, variables: { input: { id, version, title: 'Pris' } } });
      },
      'FORBIDDEN',
    ],
    [
      'a session added to a training of 29 by staff of 18',
      async () => {
        const { id } = await aTrainingOf('29');
        return stack.query(ADD, { token: staff18, variables: { input: { trainingId: id, date: '2024-01-10', communeCode: '29019', hours: 2, capacity: 10 } } });
      },
      'FORBIDDEN',
    ],
    [
      'a workshop of 29 under a seminar of 18',
      async () => {
        const [seminar] = await sql<{ id: string }>(`select id from training where department_code = '18' and format = 'SEMINAR'`);
        return stack.query(CREATE, { token: staff29, variables: { input: { ...newTraining('29'), parentId: seminar!.id } } });
      },
      'BAD_USER_INPUT',
    ],
    ['a training created without signing in', () => stack.query(CREATE, { variables: { input: newTraining('18') } }), 'UNAUTHENTICATED'],
    [
      'a session added without signing in',
      async () => {
        const { id } = await aTrainingOf('18');
        return stack.query(ADD, { variables: { input: { trainingId: id, date: '2024-01-10', venue: 'Classe virtuelle', hours: 2, capacity: 10 } } });
      },
      'UNAUTHENTICATED',
    ],
    [
      'a change made on a stale version',
      async () => {
        const { id, version } = await aTrainingOf('18');
        await stack.query(UPDATE, { token: staff18, variables: { input: { id, version, description: 'Mise à jour' } } });
        return stack.query(UPDATE, { token: staff18, variables: { input: { id, version, title: 'Écrasé' } } });
      },
      'CONFLICT',
    ],
    [
      'an unknown competence',
      () => stack.query(CREATE, { token: staff18, variables: { input: { ...newTraining('18'), competenceCodes: ['3.4', '9.9'] } } }),
      'BAD_USER_INPUT',
    ],
  ];

  it.each(refusals)('refuses %s', async (_label, attempt, code) => {
    const before = await snapshot();
    const response = await attempt();
    expect(errorCode(response)).toBe(code);
    expect(
      response.data?.createTraining ?? response.data?.updateTraining ?? response.data?.addTrainingSession ?? response.data?.updateTrainingSession ?? null,
    ).toBeNull();
    const after = await snapshot();
    if (code === 'CONFLICT') {
      // The attempt's own first (accepted) edit moved one row; the refused one changed nothing more.
      const changed = after.trainings.filter((row, i) => JSON.stringify(row) !== JSON.stringify(before.trainings[i]));
      expect(changed).toHaveLength(1);
      expect(changed[0]).toMatchObject({ description: 'Mise à jour' });
      expect((changed[0] as { title: string }).title).not.toBe('Écrasé');
    } else {
      expect(after).toEqual(before);
    }
  });

  it('is backed by the database: a row breaking the count rule is refused even by direct SQL', async () => {
    const { id } = await aTrainingOf('18');
    await expect(
      sql(`insert into training_session (training_id, date, venue, hours, capacity, registered, attended) values (?, '2024-01-10', 'x', 1, 5, 6, 0)`, [id]),
    ).rejects.toThrow(/training_session_counts/);
  });
});
