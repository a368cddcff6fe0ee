import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * Entity stubs for subgraphs that contribute fields to Department and School (owned by pedagogy).
 * They carry the key and, as `@external`, the sizes that normalise KPIs (pupils, inhabitants),
 * which the contributing fields `@requires`. A factory, so that each subgraph has its own classes.
 */
/** Descriptions shared by the owner's types and the stubs, so that composition has one text. */
export const DESCRIPTIONS = {
  department: 'A French department (département). Every department exists, so that TNE departments compare with the others.',
  departmentCode: 'INSEE code (code officiel géographique): "18", "29", "2A", "971".',
  population: 'Municipal population (population municipale, INSEE): sum over its communes.',
  departmentPupils: "Pupils of the department's schools recorded in the graph (élèves).",
  school: 'A school (établissement scolaire), identified by its UAI.',
  uai: 'UAI (unité administrative immatriculée): 7 digits and a check letter.',
  schoolPupils: "Number of pupils (effectif d'élèves).",
  commune: 'A commune, with its official INSEE code (code commune).',
  communeCode: 'INSEE code (code commune), e.g. "29019" for Brest.',
  epci: "A grouping of communes (EPCI: communauté de communes, d'agglomération, urbaine, métropole).",
  epciSiren: 'SIREN of the EPCI.',
  departmentYear:
    'One department in one school year (année scolaire): the point of a time series, whose indicators each subgraph contributes. Normalised values use the current pupils and population.',
  schoolYear: 'School year (année scolaire), "2023-2024": 1 September to 31 August.',
} as const;

/**
 * Declares a department's sizes (population, pupils) on a stub as `@external` fields of pedagogy,
 * which the contributing fields `@requires` to normalise their KPIs.
 */
function externalSizes(stub: new () => { population: number; pupils: number }): void {
  for (const [name, description] of [
    ['population', DESCRIPTIONS.population],
    ['pupils', DESCRIPTIONS.departmentPupils],
  ] as const) {
    Directive('@external')(stub.prototype, name);
    Field(() => Int, { description })(stub.prototype, name);
  }
}

export function departmentStub() {
  @Directive('@key(fields: "code")')
  @ObjectType('Department', { description: DESCRIPTIONS.department })
  class DepartmentStub {
    @Field(() => ID, { description: DESCRIPTIONS.departmentCode })
    code!: string;

    population!: number;
    pupils!: number;
  }
  externalSizes(DepartmentStub);
  return DepartmentStub;
}

export function schoolStub() {
  @Directive('@key(fields: "uai")')
  @ObjectType('School', { description: DESCRIPTIONS.school })
  class SchoolStub {
    @Field(() => ID, { description: DESCRIPTIONS.uai })
    uai!: string;

    @Directive('@external')
    @Field(() => Int, { description: DESCRIPTIONS.schoolPupils })
    pupils!: number;
  }
  return SchoolStub;
}

/** A department in a school year, with the sizes that normalise its KPIs (external, required). */
export function departmentYearStub() {
  @Directive('@key(fields: "departmentCode schoolYear")')
  @ObjectType('DepartmentYear', { description: DESCRIPTIONS.departmentYear })
  class DepartmentYearStub {
    @Field(() => ID, { description: DESCRIPTIONS.departmentCode })
    departmentCode!: string;

    @Field({ description: DESCRIPTIONS.schoolYear })
    schoolYear!: string;

    population!: number;
    pupils!: number;
  }
  externalSizes(DepartmentYearStub);
  return DepartmentYearStub;
}

/** Pedagogy's Commune, by its INSEE code only (e.g. a commune that funds a project). */
export function communeStub() {
  @Directive('@key(fields: "code")')
  @ObjectType('Commune', { description: DESCRIPTIONS.commune })
  class CommuneStub {
    @Field(() => ID, { description: DESCRIPTIONS.communeCode })
    code!: string;
  }
  return CommuneStub;
}

/** Pedagogy's Epci, by its SIREN only. */
export function epciStub() {
  @Directive('@key(fields: "siren")')
  @ObjectType('Epci', { description: DESCRIPTIONS.epci })
  class EpciStub {
    @Field(() => ID, { description: DESCRIPTIONS.epciSiren })
    siren!: string;
  }
  return EpciStub;
}

/** Reference resolvers of stubs: the representation (key + required fields) is the object. */
export const stubReference = { __resolveReference: <T>(representation: T) => representation };
