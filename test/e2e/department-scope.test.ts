// Why: a write must check the department of the record it touches, not only the viewer's role. For
// every mutation of the API, the write's role held for 18 sends a valid input aimed at a record of 29:
// FORBIDDEN, and the owning database is unchanged. The same role held for 29 then sends the same input
// and is accepted, which shows that the refusal was the department check and no other rule's.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { SubgraphName } from '../../platform/config.js';
import { DECLARED_MUTANTS } from '../../scripts/mutants/declared.js';
import { eventually } from '../commissions.fixtures.js';
import { Stack, tokenFor } from '../stack.js';
import { CASES } from './department-scope.cases.js';
import { documentOf, Fixtures, MUTATIONS } from './department-scope.fixtures.js';

let stack: Stack;
let fixtures: Fixtures;
beforeAll(async () => {
  stack = await Stack.start();
  fixtures = new Fixtures(stack);
});
afterAll(() => stack?.stop());

/** Every table of a subgraph's database as its row count and a hash of its rows (the outbox without its delivery state). */
async function digest(owner: SubgraphName) {
  const sql = fixtures.sql(owner);
  const tables = await sql<{ name: string }>(
    `select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const columns = (name: string) => (name === 'outbox_message' ? 'id, topic, payload, created_at' : '*');
  return sql(
    tables
      .map(
        ({ name }) =>
          `select '${name}' as name, count(*)::int as rows, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest
       from (select ${columns(name)} from "${name}") t`,
      )
      .join(' union all '),
  );
}

/** Undelivered decisions, once finance's relay is done: none may land in pedagogy while a case compares its tables. */
const undelivered = () =>
  eventually(
    () => fixtures.count('finance', 'outbox_message where delivered_at is null'),
    (n) => n === 0,
  );

describe('every write checks the department of the record it touches', () => {
  it('has one case per mutation of schema/api.graphql', () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(MUTATIONS).sort());
  });

  it('has, per mutation, a declared mutant that breaks its check and runs its case alone (npm run test:mutation:e2e)', () => {
    const named = DECLARED_MUTANTS.filter((m) => m.tests.includes('test/e2e/department-scope.test.ts')).map((m) => m.name?.replace(/: staff of 18$/, ''));
    expect(named.sort()).toEqual(Object.keys(MUTATIONS).sort());
  });

  it.each(Object.entries(CASES))('%s: staff of 18 is refused on a record of 29, staff of 29 is not', async (mutation, scope) => {
    const { input, probe, after } = await scope.aim(fixtures);
    const document = documentOf(mutation);
    expect(await undelivered()).toBe(0);
    const [tables, record] = [await digest(scope.owner), await probe()];

    const refused = await stack.query(document, { token: await tokenFor(scope.role, ['18']), variables: { input } });
    expect({ codes: refused.errors?.map((e) => e.extensions?.code), data: refused.data ?? null }).toEqual({ codes: ['FORBIDDEN'], data: null });
    expect(await probe()).toEqual(record);
    expect(await digest(scope.owner)).toEqual(tables);

    const writer = scope.acceptedAs ? await tokenFor(scope.acceptedAs) : await tokenFor(scope.role, ['29']);
    const accepted = await stack.query(document, { token: writer, variables: { input } });
    expect(accepted.errors).toBeUndefined();
    expect(await probe()).toEqual(after);
    expect(after).not.toEqual(record);
  });
});
