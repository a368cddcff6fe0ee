import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { deriveDatabaseUrl } from './config.js';
import { dropDatabases, ensureDatabases } from './database/create.js';
import { AggregateSource } from './indicator-source.js';
import { openOrm, SqlCounter } from './orm.js';
import { ALL_TIME } from './period.js';

enum Stage {
  OPEN = 'OPEN',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}

/** A record of its own, so that the test depends on no subgraph's tables. */
@Entity({ tableName: 'sample_action' })
class SampleAction {
  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', fieldName: 'dept_code' })
  department!: string;

  @Property({ type: 'date' })
  happenedOn!: string;

  @Enum({ items: () => Stage })
  stage!: Stage;

  @Property({ type: 'text[]' })
  tags!: string[];

  @Property({ type: 'integer', nullable: true })
  people!: number | null;
}

const ACTIONS = [
  [1, '18', '2023-09-01', Stage.DONE, ['GIRLS'], 10],
  [2, '18', '2024-08-31', Stage.OPEN, ['GIRLS', 'ROBOTS'], 5],
  [3, '18', '2024-09-01', Stage.DONE, ['ROBOTS'], 7],
  [4, '29', '2023-10-10', Stage.DROPPED, [], null],
  [5, '29', '2023-11-10', Stage.DONE, ['GIRLS'], 3],
] as const;

const SOURCE = new AggregateSource(SampleAction, 'department', 'happenedOn');
const ACTIONS_COUNT = SOURCE.count();
const FINISHED = SOURCE.count({ stage: [Stage.DONE] });
const PEOPLE = SOURCE.sum('people');
const GIRLS_PEOPLE = SOURCE.sum('people', { tags: { holds: 'GIRLS' }, stage: [Stage.DONE, Stage.OPEN] });

const server = process.env.TEST_DATABASE_URL!;
const database = `tne_source_${randomBytes(4).toString('hex')}`;
const counter = new SqlCounter();
let orm: MikroORM;

beforeAll(async () => {
  await ensureDatabases(server, [database]);
  orm = await openOrm({ name: 'source', databaseUrl: deriveDatabaseUrl(server, database), entities: [SampleAction], migrations: [] }, counter);
  await orm.schema.create();
  const em = orm.em.fork();
  for (const [id, department, happenedOn, stage, tags, people] of ACTIONS)
    em.create(SampleAction, { id, department, happenedOn, stage, tags: [...tags], people });
  await em.flush();
});
afterAll(async () => {
  await orm?.close();
  await dropDatabases(server, [database]);
});

const YEAR_2023 = { from: '2023-09-01', to: '2024-08-31' };

describe('AggregateSource: measures declared on an entity, read in one statement', () => {
  it('counts, filters by enum values and array membership, sums (nulls left out), per department and period', async () => {
    const context = { em: orm.em.fork() };
    const read = (measure: typeof PEOPLE, code: string, range = ALL_TIME) => measure(context, code, range);
    counter.reset();
    const values = await Promise.all([
      read(ACTIONS_COUNT, '18'),
      read(FINISHED, '18'),
      read(PEOPLE, '18'),
      read(GIRLS_PEOPLE, '18'),
      read(ACTIONS_COUNT, '18', YEAR_2023),
      read(PEOPLE, '18', YEAR_2023),
      read(ACTIONS_COUNT, '29'),
      read(PEOPLE, '29'),
      read(GIRLS_PEOPLE, '29', YEAR_2023),
      read(ACTIONS_COUNT, '36'),
    ]);
    expect(values).toEqual([3, 2, 22, 15, 2, 15, 2, 3, 3, 0]);
    // Every measure, department and period of the tick: one statement.
    expect(counter.count).toBe(1);
  });

  it('binds the enum values and the departments as parameters', () => {
    const { text, params } = SOURCE.statement(orm.em, ['18', '29'], YEAR_2023);
    expect(text).toContain('from sample_action');
    expect(text).not.toContain("'DONE'");
    expect(params).toEqual([Stage.DONE, 'GIRLS', Stage.DONE, Stage.OPEN, '18', '29', YEAR_2023.from, YEAR_2023.to]);
  });
});
