import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { identifierFlaw, identifierKind } from './identifiers.js';

const schema = buildSchema(readFileSync(new URL('../schema/api.graphql', import.meta.url), 'utf8'));

/** Every `ID` argument and input field of the API, as [name, coordinate]. */
function idInputs(): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isInputObjectType(type))
      for (const field of Object.values(type.getFields())) if (getNamedType(field.type).name === 'ID') found.push([field.name, type.name]);
    if (isObjectType(type) || isInterfaceType(type))
      for (const field of Object.values(type.getFields()))
        for (const arg of field.args) if (getNamedType(arg.type).name === 'ID') found.push([arg.name, `${type.name}.${field.name}`]);
  }
  return found;
}

describe('the identifiers the API takes', () => {
  it('declares the kind of every ID argument and input field of the schema', () => {
    const inputs = idInputs();
    expect(inputs.length).toBeGreaterThan(40);
    expect(inputs.filter(([name, coordinate]) => !identifierKind(name, coordinate)).map((i) => i.join(' of '))).toEqual([]);
    expect(identifierKind('code', 'Query.commune')).toBe('commune');
    expect(identifierKind('code', 'Query.department')).toBe('department');
    expect(identifierKind('childrenSchoolUais', 'RegisterHouseholdInput')).toBe('uai');
  });

  it('takes each kind in its shape, normalised, and says what a malformed one should be', () => {
    // Trimmed and upper-cased where the kind is, as the subgraphs normalise them.
    expect(identifierFlaw('department', ' 2a ')).toBeNull();
    expect(identifierFlaw('uai', '0180005h')).toBeNull();
    expect(identifierFlaw('commune', '2a004')).toBeNull();
    expect(identifierFlaw('territory', '29-t1')).toBeNull();
    expect(identifierFlaw('uuid', '0f8fad5b-d9cb-469f-a165-70867728950e')).toBeNull();
    expect(identifierFlaw('competence', '3.2')).toBeNull();
    expect(identifierFlaw('siren', '241800507')).toBeNull();
    expect(identifierFlaw('uai', '0180005A')).toBe('UAI "0180005A" has the wrong check letter: expected 0180005H');
    expect(identifierFlaw('uai', '018005H')).toBe('"018005H" is not a UAI: 7 digits and a check letter, such as 0180005H');
    for (const kind of ['uuid', 'department', 'uai', 'commune', 'siren', 'territory', 'competence'] as const)
      expect(identifierFlaw(kind, 'not-an-id')).not.toBeNull();
    expect(identifierFlaw('department', '999')).toBe('"999" is not a department code such as "18", "29", "2A" or "971"');
  });
});
