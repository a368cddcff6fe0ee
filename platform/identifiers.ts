/**
 * Every kind of identifier the API takes (its `ID` arguments and input fields), declared once: the
 * shape each must have, and which kind each field holds. The gateway checks them all before planning
 * (gateway/identifier-guard.ts), so a malformed one never reaches a subgraph or SQL; subgraphs parse
 * the same way where they read them. A test fails when an `ID` of the schema has no kind.
 */
import { UAI_SHAPE, uaiCheckLetter } from './uai.js';

export type IdentifierKind = 'uuid' | 'department' | 'uai' | 'commune' | 'siren' | 'territory' | 'competence' | 'resource';

/** Each kind's shape (after trimming and upper-casing where the kind is upper-case), how to say it, and a check beyond the shape (its flaw, or null). */
export const IDENTIFIER_SHAPES: Record<IdentifierKind, { shape: RegExp; upper: boolean; says: string; check?: (normal: string) => string | null }> = {
  uuid: { shape: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, upper: false, says: 'an identifier of this API (a UUID)' },
  department: { shape: /^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/, upper: true, says: 'a department code such as "18", "29", "2A" or "971"' },
  uai: {
    shape: UAI_SHAPE,
    upper: true,
    says: 'a UAI: 7 digits and a check letter, such as 0180005H',
    check: (uai) => {
      const expected = `${uai.slice(0, 7)}${uaiCheckLetter(uai.slice(0, 7))}`;
      return uai === expected ? null : `UAI "${uai}" has the wrong check letter: expected ${expected}`;
    },
  },
  commune: { shape: /^(\d{5}|2[AB]\d{3})$/, upper: true, says: 'an INSEE commune code such as "18033" or "2A004"' },
  siren: { shape: /^\d{9}$/, upper: false, says: 'a SIREN: 9 digits' },
  territory: { shape: /^(\d{2}|2[AB]|97\d)-T\d{1,3}$/, upper: true, says: 'a priority territory code such as "29-T1"' },
  competence: { shape: /^[1-5]\.[1-9]$/, upper: false, says: 'a CRCN competence code such as "3.2"' },
  resource: { shape: /^[A-Z0-9_]{1,32}$/, upper: true, says: 'a resource code such as "PRIMOT"' },
};

/**
 * The kind of an `ID` field or argument, from its name, and for the two names used for two kinds
 * (`code`), from where it is (`Query.commune`). Undefined: not declared (the schema test says so).
 */
export function identifierKind(name: string, coordinate: string): IdentifierKind | undefined {
  if (name === 'code') return coordinate === 'Query.commune' ? 'commune' : coordinate === 'Query.department' ? 'department' : undefined;
  if (name === 'codes' || /^departmentCodes?$/.test(name)) return 'department';
  if (name === 'id' || /Ids?$/.test(name)) return 'uuid';
  if (/^(uai|\w*Uais?)$/.test(name)) return 'uai';
  if (/^communeCodes?$/.test(name)) return 'commune';
  if (name === 'siren') return 'siren';
  if (name === 'priorityTerritoryCodes') return 'territory';
  if (/^competenceCodes?$/.test(name)) return 'competence';
  if (/^resourceCodes?$/.test(name)) return 'resource';
  return undefined;
}

/** Why a value is not an identifier of its kind, or null when it is one. */
export function identifierFlaw(kind: IdentifierKind, value: string): string | null {
  const { shape, upper, says, check } = IDENTIFIER_SHAPES[kind];
  const normal = upper ? value.trim().toUpperCase() : value.trim();
  if (!shape.test(normal)) return `"${value}" is not ${says}`;
  return check?.(normal) ?? null;
}
