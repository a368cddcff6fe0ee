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
