import { describe, expect, it } from '@jest/globals';

describe('the test runner', () => {
  // Without --experimental-vm-modules, @swc/jest quietly falls back to CommonJS and tests still pass.
  it('runs the suite as ES modules, like production', () => {
    expect(typeof require).toBe('undefined');
    expect(import.meta.url).toMatch(/^file:/);
  });
});
