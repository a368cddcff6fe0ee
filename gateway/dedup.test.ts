import { describe, expect, it } from '@jest/globals';
import type { Viewer } from '../platform/viewer.js';
import { deduplicateInFlight, stringifyOncePerAnswer } from './dedup.js';

interface Context {
  viewer: Viewer;
  shared?: string;
}

/** An executor whose executions end when the test says so, and that counts them. */
function controlledExecutor() {
  const pending: Array<() => void> = [];
  let runs = 0;
  const executor = async (request: { context: Context }) => {
    runs += 1;
    const run = runs;
    await new Promise<void>((resolve) => pending.push(resolve));
    return { data: { run, role: request.context.viewer.role } };
  };
  const finishAll = () => {
    for (const finish of pending.splice(0)) finish();
  };
  return { executor, finishAll, runs: () => runs };
}

const PUBLIC: Viewer = { role: 'PUBLIC', departments: [] };
const STAFF_18: Viewer = { role: 'DEPARTMENT_STAFF', departments: ['18'], subject: 'u1' };
const STAFF_29: Viewer = { role: 'DEPARTMENT_STAFF', departments: ['29'], subject: 'u2' };

const request = (viewer: Viewer, options: { operation?: string; variables?: Record<string, unknown> } = {}) =>
  ({
    context: { viewer } as Context,
    operation: { operation: options.operation ?? 'query' },
    queryHash: 'hash-of-the-document',
    operationName: 'CompareDepartments',
    request: { variables: options.variables ?? { codes: ['18'] } },
  }) as never;

function setUp() {
  const control = controlledExecutor();
  const execute = deduplicateInFlight<Context>(control.executor as never, {
    viewerOf: (context) => context.viewer,
    share: (leader, follower) => {
      follower.shared = `from ${leader.viewer.role}`;
    },
  });
  return { ...control, execute };
}

describe('in-flight deduplication of identical queries', () => {
  it('runs identical queries of one viewer once while the first runs, and gives each the answer', async () => {
    const { execute, finishAll, runs } = setUp();
    const followerRequest = request(PUBLIC);
    const answers = Promise.all([execute(request(PUBLIC)), execute(followerRequest), execute(request(PUBLIC))]);
    finishAll();
    expect((await answers).map((a) => a.data)).toEqual([
      { run: 1, role: 'PUBLIC' },
      { run: 1, role: 'PUBLIC' },
      { run: 1, role: 'PUBLIC' },
    ]);
    expect(runs()).toBe(1);
    expect((followerRequest as { context: Context }).context.shared).toBe('from PUBLIC');
  });

  it('never shares an answer between two different viewers, even of the same role', async () => {
    const { execute, finishAll, runs } = setUp();
    const answers = Promise.all([execute(request(STAFF_18)), execute(request(STAFF_29)), execute(request(PUBLIC))]);
    finishAll();
    expect((await answers).map((a) => a.data!.run)).toEqual([1, 2, 3]);
    expect(runs()).toBe(3);
  });

  it('does not share between different variables, nor for mutations, nor once the execution has ended', async () => {
    const { execute, finishAll, runs } = setUp();
    const first = Promise.all([
      execute(request(PUBLIC, { variables: { codes: ['18'] } })),
      execute(request(PUBLIC, { variables: { codes: ['29'] } })),
      execute(request(PUBLIC, { operation: 'mutation' })),
      execute(request(PUBLIC, { operation: 'mutation' })),
    ]);
    finishAll();
    await first;
    expect(runs()).toBe(4);
    const later = execute(request(PUBLIC, { variables: { codes: ['18'] } }));
    finishAll();
    expect((await later).data!.run).toBe(5);
  });

  it('never shares the queries of who may read households, whose every read is logged', async () => {
    for (const viewer of [
      { role: 'PARENTALITY_COORDINATOR', departments: ['29'], subject: 'c1' },
      { role: 'ADMIN', departments: [], subject: 'a1' },
    ] as Viewer[]) {
      const { execute, finishAll, runs } = setUp();
      const both = Promise.all([execute(request(viewer)), execute(request(viewer))]);
      await new Promise((resolve) => setImmediate(resolve));
      finishAll();
      await both;
      expect(runs()).toBe(2);
    }
  });
});

describe('writing answers once', () => {
  it("writes Apollo's text, once per shared answer, and answers with errors each time", () => {
    const stringify = stringifyOncePerAnswer();
    const data = { departments: [{ code: '18' }] };
    const first = stringify({ errors: undefined, data, extensions: undefined });
    expect(first).toBe(`${JSON.stringify({ data })}\n`);
    expect(stringify({ data })).toBe(first);
    data.departments.push({ code: '29' }); // never done to an answer: shows the text is the one written first
    expect(stringify({ data })).toBe(first);
    expect(stringify({ data: { ...data } })).toContain('"29"');
    const withErrors = { data, errors: [{ message: 'partial' }] };
    expect(stringify(withErrors)).toBe(`${JSON.stringify(withErrors)}\n`);
  });
});
