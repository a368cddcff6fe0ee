// Why: every input a client can get wrong — a number that is not one, too large or fractional, an
// unknown enum value, a date that does not exist, a malformed id — must come back as the client's
// mistake (BAD_USER_INPUT naming the field) and change nothing, in every mutation and every filter.
// The cases are derived from the API schema, so a new mutation or filter field is covered by itself.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
} from 'graphql';
import { SUBGRAPH_NAMES } from '../../platform/config.js';
import { Stack, tokenFor } from '../stack.js';
import { CASES } from './department-scope.cases.js';
import { documentOf, Fixtures } from './department-scope.fixtures.js';

const schema = buildSchema(readFileSync(new URL('../../schema/api.graphql', import.meta.url), 'utf8'));

/** Wrong values by type; texts have their own test (bad-inputs.test.ts). */
const BAD: Record<string, unknown[]> = {
  Int: [1.5, 2 ** 31, '12'],
  SafeInt: [1.5, 2 ** 53, '100'],
  Float: ['abc'],
  Boolean: ['yes'],
  LocalDate: ['2023-02-30', 'demain'],
  ID: ['not-an-id'],
};
const badValues = (type: GraphQLInputType) => (isEnumType(getNamedType(type)) ? ['NOT_A_VALUE'] : (BAD[getNamedType(type).name] ?? []));

interface BadCase {
  /** Dotted path of the field in the variable ("input.lines.0.amountCents"). */
  path: string;
  field: string;
  value: unknown;
}

/** Every bad value of every field reachable in `value` (nested inputs where the valid value has one). */
function badCases(type: GraphQLInputObjectType, value: Record<string, unknown>, path: string): BadCase[] {
  return Object.values(type.getFields()).flatMap((field) => {
    const inner = getNullableType(field.type);
    const named = getNamedType(field.type);
    const here = `${path}.${field.name}`;
    if (isInputObjectType(named)) {
      const nested = isListType(inner) ? (value[field.name] as unknown[] | undefined)?.[0] : value[field.name];
      return nested ? badCases(named, nested as Record<string, unknown>, isListType(inner) ? `${here}.0` : here) : [];
    }
    return badValues(field.type).map((bad) => ({ path: here, field: field.name, value: isListType(inner) ? [bad] : bad }));
  });
}

/** `root` with the value at a dotted path replaced (lists copied, nothing shared with the original). */
function withValue(root: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const [key, ...rest] = path as [string, ...string[]];
  const copy: Record<string, unknown> = Array.isArray(root) ? ([...root] as unknown as Record<string, unknown>) : { ...root };
  copy[key] = rest.length ? withValue(root[key] as Record<string, unknown>, rest, value) : value;
  return copy;
}

let stack: Stack;
let fixtures: Fixtures;
beforeAll(async () => {
  stack = await Stack.start();
  fixtures = new Fixtures(stack);
});
afterAll(() => stack?.stop());

/** Every table of the three databases: its row count and a checksum of its rows. */
async function checksums(): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const name of SUBGRAPH_NAMES) {
    const tables = await stack.sql<{ t: string }>(
      name,
      `select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    for (const { t } of tables) {
      const [row] = await stack.sql<{ n: number; h: string }>(
        name,
        `select count(*)::int as n, coalesce(md5(string_agg(x::text, ',' order by x::text)), '') as h from "${t}" x`,
      );
      sums[`${name}.${t}`] = `${row!.n} ${row!.h}`;
    }
  }
  return sums;
}

/** What is wrong with an answer to a bad value: nothing when it is one BAD_USER_INPUT naming the field. */
function misanswer(answer: { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }, bad: BadCase, where: string): string[] {
  const errors = answer.errors ?? [];
  const named = (e: { message: string; extensions?: Record<string, unknown> }) => `${e.message} ${String(e.extensions?.field ?? '')}`.includes(bad.field);
  if (errors.length === 1 && errors[0]!.extensions?.code === 'BAD_USER_INPUT' && named(errors[0]!)) return [];
  const got = errors.length ? errors.map((e) => `${String(e.extensions?.code)}: ${e.message}`).join(' | ') : 'accepted';
  return [`${where} ${bad.path}=${JSON.stringify(bad.value)} → ${got}`];
}

describe('bad values in every mutation and filter', () => {
  it('every mutation refuses each bad value of each field as BAD_USER_INPUT naming it, and no table changes', async () => {
    // The valid inputs first (their fixtures are written now), then the tables' state to keep.
    const aimed = [];
    for (const [mutation, scope] of Object.entries(CASES)) {
      const { input } = await scope.aim(fixtures);
      const token = scope.acceptedAs ? await tokenFor(scope.acceptedAs) : await tokenFor(scope.role, ['29']);
      const type = getNamedType(
        schema
          .getMutationType()!
          .getFields()
          [mutation]!.args.find((a) => a.name === 'input')!.type,
      ) as GraphQLInputObjectType;
      aimed.push({ mutation, input, token, cases: badCases(type, input, 'input') });
    }
    const before = await checksums();
    let tried = 0;
    const wrong: string[] = [];
    for (const { mutation, input, token, cases } of aimed) {
      for (const bad of cases) {
        const variables = withValue({ input }, bad.path.split('.'), bad.value);
        wrong.push(...misanswer(await stack.query(documentOf(mutation), { token, variables }), bad, mutation));
        tried++;
      }
    }
    expect(wrong).toEqual([]);
    expect(await checksums()).toEqual(before);
    expect(tried).toBeGreaterThan(100);
  });

  it('every filter refuses each bad value of each field as BAD_USER_INPUT naming it, and so do page sizes', async () => {
    const token = await tokenFor('ADMIN');
    let tried = 0;
    const wrong: string[] = [];
    for (const [name, field] of Object.entries(schema.getQueryType()!.getFields())) {
      const filter = field.args.find((a) => a.name === 'filter');
      if (!filter) continue;
      const returned = getNamedType(field.type);
      const selection = isObjectType(returned) && returned.getFields().totalCount ? 'totalCount' : '__typename';
      const paged = field.args.some((a) => a.name === 'first');
      const query = `query($filter: ${filter.type}${paged ? ', $first: Int' : ''}) { ${name}(filter: $filter${paged ? ', first: $first' : ''}) { ${selection} } }`;
      const cases = badCases(getNamedType(filter.type) as GraphQLInputObjectType, {}, 'filter');
      if (paged) cases.push(...[-1, 2 ** 31, 1.5].map((value) => ({ path: 'first', field: 'first', value })));
      for (const bad of cases) {
        wrong.push(...misanswer(await stack.query(query, { token, variables: withValue({ filter: {} }, bad.path.split('.'), bad.value) }), bad, name));
        tried++;
      }
    }
    expect(wrong).toEqual([]);
    expect(tried).toBeGreaterThan(50);
  });
});
