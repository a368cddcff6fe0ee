import { describe, expect, it } from '@jest/globals';
import { RESOURCES } from './resource.data.js';
import { ResourceKind } from './resource.entity.js';
import { checkUnits, MAX_UNITS, parseResourceCode } from './resource.rules.js';

const badInput = expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) });

describe('resource deployments', () => {
  it('accepts whole units from 1', () => {
    for (const units of [1, 12, MAX_UNITS]) expect(() => checkUnits(units)).not.toThrow();
  });

  it.each([0, -3, 1.5, MAX_UNITS + 1])('refuses %p units with BAD_USER_INPUT', (units) => {
    expect(() => checkUnits(units)).toThrow(badInput);
  });

  it('normalises resource codes and refuses malformed ones', () => {
    expect(parseResourceCode(' primot ')).toBe('PRIMOT');
    expect(() => parseResourceCode('PRIM OT')).toThrow(badInput);
  });

  it('lists PrimOT as an ENT and every resource under a well-formed code', () => {
    expect(RESOURCES.find((r) => r.code === 'PRIMOT')?.kind).toBe(ResourceKind.ENT);
    for (const resource of RESOURCES) expect(parseResourceCode(resource.code)).toBe(resource.code);
  });
});

describe('units of a deployment: a whole number from 1 to 100 000', () => {
  it('caps a deployment at 100 000 units', () => {
    expect(MAX_UNITS).toBe(100_000);
  });

  it.each([1, 2, 99_999, 100_000])('accepts %p units', (units) => {
    expect(() => checkUnits(units)).not.toThrow();
  });

  it.each([
    [0, '0'],
    [-1, '-1'],
    [100_001, '100001'],
    [0.5, '0.5'],
    [1.5, '1.5'],
    [99_999.5, '99999.5'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('refuses %p units, saying what it got', (units, shown) => {
    expect(() => checkUnits(units)).toThrow(
      expect.objectContaining({
        message: `units must be a whole number from 1 to 100000 (got ${shown}).`,
        extensions: { code: 'BAD_USER_INPUT', field: 'units' },
      }),
    );
  });
});

describe('resource codes: 1 to 32 upper-case letters, digits or underscores', () => {
  it.each([
    ['PRIMOT', 'PRIMOT'],
    [' primot ', 'PRIMOT'],
    ['primot ', 'PRIMOT'],
    ['\tVr_Class_Set', 'VR_CLASS_SET'],
    ['A', 'A'],
    ['Z', 'Z'],
    ['0', '0'],
    ['9', '9'],
    ['_', '_'],
    ['az09_', 'AZ09_'],
    ['TNE2022', 'TNE2022'],
    ['X'.repeat(32), 'X'.repeat(32)],
    [` ${'x'.repeat(32)} `, 'X'.repeat(32)],
  ])('reads %p as %p', (input, code) => {
    expect(parseResourceCode(input)).toBe(code);
  });

  it.each(['', '   ', 'PRIM OT', 'PRIM-OT', 'PRIMOT!', '!PRIMOT', 'ÉCRAN', 'X'.repeat(33), `${'X'.repeat(32)}A`])('refuses %p, quoting it', (input) => {
    expect(() => parseResourceCode(input)).toThrow(
      expect.objectContaining({
        message: `"${input}" is not a resource code such as "PRIMOT".`,
        extensions: { code: 'BAD_USER_INPUT', field: 'resourceCode' },
      }),
    );
  });
});
