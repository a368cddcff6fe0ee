import { describe, expect, it } from '@jest/globals';
import type { GraphQLError } from 'graphql';
import { GraphAnswerError, GraphUnavailableError, type GraphClient } from '../../../platform/graph-client.js';
import { projectFacts } from './project-facts.js';

const ID = '00000000-0000-4000-8000-000000000001';
const answering = (answer: () => unknown): GraphClient => (async () => answer()) as GraphClient;
const codeOf = async (promise: Promise<unknown>) => ((await promise.catch((e: unknown) => e)) as GraphQLError).extensions?.code;

describe("a project's facts, asked of pedagogy", () => {
  it("reads the department, region and lead school's commune and EPCI", async () => {
    const client = answering(() => ({
      project: {
        id: ID,
        department: { code: '29', regionCode: '53' },
        leadSchool: { uai: '0290001A', kind: 'COLLEGE', commune: { code: '29019', epci: null } },
      },
    }));
    expect(await projectFacts(client, ID)).toEqual({
      id: ID,
      departmentCode: '29',
      regionCode: '53',
      leadSchool: { uai: '0290001A', kind: 'COLLEGE', communeCode: '29019', epciSiren: null },
    });
  });

  it('answers NOT_FOUND for a project pedagogy does not know', async () => {
    expect(
      await codeOf(
        projectFacts(
          answering(() => {
            throw new GraphAnswerError([{ message: 'no', extensions: { code: 'NOT_FOUND' } }]);
          }),
          ID,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      await codeOf(
        projectFacts(
          answering(() => ({ project: null })),
          ID,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('answers SERVICE_UNAVAILABLE when pedagogy cannot be reached', async () => {
    expect(
      await codeOf(
        projectFacts(
          answering(() => {
            throw new GraphUnavailableError('down');
          }),
          ID,
        ),
      ),
    ).toBe('SERVICE_UNAVAILABLE');
  });
});
