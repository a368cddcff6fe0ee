import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Stack, tokenFor } from '../stack.js';

/** Households are for coordinators of their department only: the answer depends on who asks. */
const QUERY = `{ households(first: 500) { nodes { id departmentCode } } }`;

let stack: Stack;
beforeAll(async () => {
  stack = await Stack.start();
});
afterAll(() => stack?.stop());

describe('in-flight deduplication through the gateway', () => {
  it('gives each viewer its own answer when different viewers send the same query at once', async () => {
    const viewers = [
      { label: 'coordinator 18', token: await tokenFor('PARENTALITY_COORDINATOR', ['18']), departments: ['18'] },
      { label: 'coordinator 29', token: await tokenFor('PARENTALITY_COORDINATOR', ['29']), departments: ['29'] },
      { label: 'public', token: undefined, departments: [] },
    ];
    // Several identical requests per viewer, all in flight together: same-viewer ones may share.
    const requests = viewers.flatMap((viewer) => Array.from({ length: 4 }, () => viewer));
    const answers = await Promise.all(requests.map((viewer) => stack.query(QUERY, { token: viewer.token })));
    answers.forEach((answer, i) => {
      const viewer = requests[i]!;
      if (viewer.departments.length === 0) {
        expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
        return;
      }
      expect(answer.errors).toBeUndefined();
      const seen = new Set(answer.data.households.nodes.map((node: { departmentCode: string }) => node.departmentCode));
      expect([viewer.label, [...seen]]).toEqual([viewer.label, viewer.departments]);
    });
  });

  it('logs every read of household records, even of identical requests in flight together', async () => {
    const token = await tokenFor('PARENTALITY_COORDINATOR', ['29']);
    const logged = async () => Number((await stack.sql('parentality', 'select count(*)::int as n from household_access_log'))[0].n);
    const start = await logged();
    await stack.query(QUERY, { token });
    const one = (await logged()) - start;
    expect(one).toBeGreaterThan(0);
    const before = await logged();
    await Promise.all(Array.from({ length: 4 }, () => stack.query(QUERY, { token })));
    expect((await logged()) - before).toBe(4 * one);
  });
});
