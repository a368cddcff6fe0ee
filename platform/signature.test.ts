import { describe, expect, it } from '@jest/globals';
import { ReplayGuard, signViewer, verifyViewer } from './signature.js';

const secret = 's'.repeat(40);
const viewer = { role: 'DEPARTMENT_STAFF' as const, departments: ['18'], subject: 'u1' };

describe('viewer signature between gateway and subgraphs', () => {
  it('round-trips the viewer for the subgraph it was made for', async () => {
    expect(await verifyViewer(await signViewer(viewer, secret, 30, 'pedagogy'), secret, 'pedagogy', new ReplayGuard())).toEqual(viewer);
  });

  it('refuses a missing, foreign or expired signature', async () => {
    const replays = new ReplayGuard();
    await expect(verifyViewer(undefined, secret, 'pedagogy', replays)).rejects.toThrow();
    await expect(verifyViewer(await signViewer(viewer, 'o'.repeat(40), 30, 'pedagogy'), secret, 'pedagogy', replays)).rejects.toThrow();
    await expect(verifyViewer(await signViewer(viewer, secret, -1, 'pedagogy'), secret, 'pedagogy', replays)).rejects.toThrow();
  });

  it('refuses a signature made for another subgraph', async () => {
    const forFinance = await signViewer(viewer, secret, 30, 'finance');
    await expect(verifyViewer(forFinance, secret, 'pedagogy', new ReplayGuard())).rejects.toThrow();
  });

  it('accepts a signature once: a second use is a replay', async () => {
    const replays = new ReplayGuard();
    const signature = await signViewer(viewer, secret, 30, 'pedagogy');
    await expect(verifyViewer(signature, secret, 'pedagogy', replays)).resolves.toEqual(viewer);
    await expect(verifyViewer(signature, secret, 'pedagogy', replays)).rejects.toThrow('replayed');
    // Each request gets a signature of its own, accepted in turn.
    await expect(verifyViewer(await signViewer(viewer, secret, 30, 'pedagogy'), secret, 'pedagogy', replays)).resolves.toEqual(viewer);
  });
});

describe('the replay guard', () => {
  it('forgets ids once they expired, when it sweeps', () => {
    const guard = new ReplayGuard();
    for (let i = 0; i < 1001; i++) expect(guard.accept(`old-${i}`, 100, 50)).toBe(true);
    expect(guard.accept('old-0', 100, 60)).toBe(false);
    // Later, the old ids have expired: swept on the next arrival, the map does not grow for ever.
    expect(guard.accept('new', 300, 200)).toBe(true);
    expect((guard as unknown as { seen: Map<string, number> }).seen.size).toBe(1);
  });
});
