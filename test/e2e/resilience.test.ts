import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Stack } from '../stack.js';

const QUERY = `{
  departments(codes: ["18", "29"]) {
    code name
    finance { grants { value } }
    parentality { workshopsHeld { value } }
  }
}`;

let stack: Stack;
const readiness = async () => {
  const response = await fetch(new URL('/health/ready', stack.gatewayUrl));
  return [response.status, await response.json()];
};
beforeAll(async () => {
  stack = await Stack.start();
});
afterAll(() => stack?.stop());

describe('a subgraph goes down and comes back', () => {
  it("answers with the other subgraphs' data and an error for the missing part, then recovers without a restart", async () => {
    const before = await stack.query(QUERY);
    expect(before.errors).toBeUndefined();

    await stack.stopSubgraph('finance');
    const during = await stack.query(QUERY);
    expect(during.status).toBe(200);
    expect(during.errors).toEqual([expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'finance' } })]);
    for (const department of during.data.departments) {
      expect(department.name).toBeTruthy();
      expect(department.finance).toBeNull();
      expect(department.parentality.workshopsHeld.value).toBeGreaterThan(0);
    }

    // The gateway stays ready, and its readiness names the subgraph that is out.
    expect(await readiness()).toEqual([200, { status: 'ok', subgraphs: { pedagogy: 'ok', finance: 'unavailable', parentality: 'ok' } }]);

    await stack.restartSubgraph('finance');
    const after = await stack.query(QUERY);
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual(before.data);
    expect(await readiness()).toEqual([200, { status: 'ok', subgraphs: { pedagogy: 'ok', finance: 'ok', parentality: 'ok' } }]);
  });
});

describe('a ranking while pedagogy is down', () => {
  it('is SERVICE_UNAVAILABLE in finance and parentality (the sizes of the departments come from pedagogy), then works again', async () => {
    const ranking = `{ financeRanking(indicator: GRANTS, options: { first: 3 }) { rank value department { code } } }`;
    await stack.stopSubgraph('pedagogy');
    try {
      const during = await stack.query(`{ financeRanking(indicator: GRANTS) { rank value } parentalityRanking(indicator: WORKSHOPS_HELD) { rank } }`);
      expect(during.errors?.map((e) => e.extensions?.code).sort()).toEqual(['SERVICE_UNAVAILABLE', 'SERVICE_UNAVAILABLE']);
      expect(during.errors?.[0]?.message).toMatch(/pedagogy/);
    } finally {
      await stack.restartSubgraph('pedagogy');
    }
    const after = await stack.query(ranking);
    expect(after.errors).toBeUndefined();
    expect(after.data.financeRanking).toHaveLength(3);
  });
});
