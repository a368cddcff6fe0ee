// Why: a text a database would choke on (NUL, invalid Unicode) or that no form needs (over
// MAX_STRING_LENGTH) must be refused as the client's mistake — BAD_USER_INPUT naming its field —
// and before any subgraph is asked, for every mutation and filter; a text over its column's
// length is refused when written, and changes nothing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Stack, tokenFor } from '../stack.js';
import { CASES } from './department-scope.cases.js';
import { documentOf, Fixtures } from './department-scope.fixtures.js';

let stack: Stack;
let fixtures: Fixtures;
beforeAll(async () => {
  stack = await Stack.start();
  fixtures = new Fixtures(stack);
});
afterAll(() => stack?.stop());

const BAD_TEXTS: Array<[string, string, RegExp]> = [
  ['a NUL character', 'Atelier\u0000', /contains a NUL character/],
  ['a lone surrogate', 'Atelier \uD800', /is not valid Unicode/],
  ['10,001 characters', 'x'.repeat(10_001), /is longer than 10000 characters/],
];

/** The first text field of an input but a file's content (bounded by MAX_UPLOAD_BYTES, not by length). */
const textField = (input: Record<string, unknown>) => Object.entries(input).find(([key, value]) => typeof value === 'string' && key !== 'csv')?.[0];

describe('bad texts in every mutation', () => {
  it.each(Object.entries(CASES))('%s: refused as BAD_USER_INPUT naming the field, before any subgraph', async (mutation, scope) => {
    const { input } = await scope.aim(fixtures);
    const field = textField(input);
    expect(field).toBeDefined();
    const token = scope.acceptedAs ? await tokenFor(scope.acceptedAs) : await tokenFor(scope.role, ['29']);
    for (const [, text, reason] of BAD_TEXTS) {
      const { answer, reached } = await stack.traced((headers) =>
        stack.query(documentOf(mutation), { token, headers, variables: { input: { ...input, [field!]: text } } }),
      );
      expect(answer.status).toBe(400);
      expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', `input.${field}`]]);
      expect(answer.errors?.[0]?.message).toMatch(reason);
      expect(reached).toBe(0);
    }
  });
});

describe('bad texts in queries and filters', () => {
  it.each([
    ['a literal argument', '{ department(code: "1\\u00008") { name } }', {}, 'code'],
    [
      'a filter variable',
      'query($f: SchoolFilter) { schools(filter: $f, first: 5) { totalCount } }',
      { f: { communeCodes: ['29\uDC00'] } },
      'f.communeCodes.0',
    ],
    ['a list of codes', 'query($c: [ID!]) { departments(codes: $c) { name } }', { c: ['18', 'x'.repeat(10_001)] }, 'c.1'],
  ])('%s', async (_case, query, variables, field) => {
    const { answer, reached } = await stack.traced((headers) => stack.query(query, { variables, headers }));
    expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', field]]);
    expect(reached).toBe(0);
  });
});

describe('a file upload', () => {
  it('may be long, but not hold a NUL character', async () => {
    const { input } = await CASES.importPixResults!.aim(fixtures);
    const token = await tokenFor('DEPARTMENT_STAFF', ['29']);
    const { answer, reached } = await stack.traced((headers) =>
      stack.query(documentOf('importPixResults'), { token, headers, variables: { input: { ...input, csv: `${input.csv}\u0000` } } }),
    );
    expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'input.csv']]);
    expect(reached).toBe(0);
  });
});

describe('bad numbers', () => {
  it.each([
    ['fractional cents', 'disburse', 'amountCents', 1.5],
    ['cents above 2^53', 'disburse', 'amountCents', 2 ** 53],
    ['a string for cents', 'disburse', 'amountCents', '100'],
    ['a string for an Int', 'createProject', 'pupilsReached', '12'],
    ['an Int above 2^31', 'createProject', 'pupilsReached', 2 ** 31],
  ] as const)('%s: BAD_USER_INPUT naming the field, and nothing written', async (_case, mutation, field, value) => {
    const scope = CASES[mutation]!;
    const { input, probe } = await scope.aim(fixtures);
    const before = await probe();
    const answer = await stack.query(documentOf(mutation), { token: await tokenFor(scope.role, ['29']), variables: { input: { ...input, [field]: value } } });
    expect(answer.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(answer.errors?.[0]?.message).toContain(field);
    expect(await probe()).toEqual(before);
  });
});

describe('a text over its column', () => {
  it('is refused when written (BAD_USER_INPUT naming the field and the length allowed), and the tables are unchanged', async () => {
    const { input } = await CASES.createProject!.aim(fixtures);
    const before = await fixtures.count('pedagogy', 'project', []);
    const answer = await stack.query(documentOf('createProject'), {
      token: await tokenFor('DEPARTMENT_STAFF', ['29']),
      variables: { input: { ...input, title: 'Projet '.repeat(60) } },
    });
    expect(answer.errors?.map((e) => [e.extensions?.code, e.extensions?.field, e.message])).toEqual([
      ['BAD_USER_INPUT', 'input.title', 'title is longer than its field allows (255 characters at most).'],
    ]);
    expect(await fixtures.count('pedagogy', 'project', [])).toBe(before);
  });
});
