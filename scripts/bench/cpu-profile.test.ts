import { describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { placeOf, summariseProfile } from './cpu-profile.js';

describe('CPU profile summary', () => {
  it.each([
    ['file:///srv/app/node_modules/graphql/execution/execute.js', 'graphql'],
    ['file:///srv/app/node_modules/@apollo/gateway/dist/executeQueryPlan.js', '@apollo/gateway'],
    ['file:///srv/app/node_modules/a/node_modules/@scope/b/index.js', '@scope/b'],
    ['file:///srv/app/dist/platform/loaders.js', 'platform/loaders.js'],
    ['node:internal/streams/readable', 'node internals'],
    ['', '(native, GC, idle)'],
  ])('places %s in %s', (url, place) => {
    expect(placeOf(url)).toBe(place);
  });

  it('sums self time per place and function, idle excluded', async () => {
    const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 0 });
    const profile = {
      nodes: [
        { id: 1, callFrame: frame('(idle)', '') },
        { id: 2, callFrame: frame('execute', 'file:///x/node_modules/graphql/execute.js') },
        { id: 3, callFrame: frame('load', 'file:///x/dist/platform/loaders.js') },
      ],
      samples: [1, 2, 2, 3, 2],
      timeDeltas: [5000, 1000, 2000, 3000, 4000],
    };
    const dir = await mkdtemp(path.join(os.tmpdir(), 'profile-test-'));
    try {
      await writeFile(path.join(dir, 'p.cpuprofile'), JSON.stringify(profile));
      const summary = await summariseProfile(path.join(dir, 'p.cpuprofile'));
      expect(summary.totalMs).toBe(10);
      expect(summary.byPlace).toEqual([
        { place: 'graphql', ms: 7 },
        { place: 'platform/loaders.js', ms: 3 },
      ]);
      expect(summary.byFunction[0]).toEqual({ name: 'execute graphql:1', ms: 7 });
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
