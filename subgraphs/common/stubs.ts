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
} as const;

export function departmentStub() {
  @Directive('@key(fields: "code")')
  @ObjectType('Department', { description: DESCRIPTIONS.department })
  class DepartmentStub {
    @Field(() => ID, { description: DESCRIPTIONS.departmentCode })
    code!: string;

    @Directive('@external')
    @Field(() => Int, { description: DESCRIPTIONS.population })
    population!: number;

    @Directive('@external')
    @Field(() => Int, { description: DESCRIPTIONS.departmentPupils })
    pupils!: number;
  }
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

/** Reference resolvers of stubs: the representation (key + required fields) is the object. */
export const stubReference = { __resolveReference: <T>(representation: T) => representation };
