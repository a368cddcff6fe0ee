import { describe, expect, it } from '@jest/globals';
import { signViewer, verifyViewer } from './signature.js';

const secret = 's'.repeat(40);

describe('viewer signature between gateway and subgraphs', () => {
  it('round-trips the viewer', async () => {
    const viewer = { role: 'DEPARTMENT_STAFF' as const, departments: ['18'], subject: 'u1' };
    expect(await verifyViewer(await signViewer(viewer, secret, 30), secret)).toEqual(viewer);
  });

  it('refuses a missing, foreign or expired signature', async () => {
    await expect(verifyViewer(undefined, secret)).rejects.toThrow();
    await expect(verifyViewer(await signViewer({ role: 'ADMIN', departments: [] }, 'o'.repeat(40), 30), secret)).rejects.toThrow();
    const expired = await signViewer({ role: 'ADMIN', departments: [] }, secret, -1);
    await expect(verifyViewer(expired, secret)).rejects.toThrow();
  });
});
