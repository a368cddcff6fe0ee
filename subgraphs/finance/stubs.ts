import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { communeStub, departmentStub, departmentYearStub, epciStub, schoolStub } from '../../platform/stubs.js';

/** Finance's views of pedagogy's Department and School (key and sizes only). */
export const DepartmentStub = departmentStub();
export const SchoolStub = schoolStub();
/** A department in a school year: the point of a time series, owned by pedagogy. */
export const DepartmentYearStub = departmentYearStub();

/** Pedagogy's Commune and Epci by key only: the territory a funder governs. */
export const CommuneStub = communeStub();
export const EpciStub = epciStub();

/** Finance's view of pedagogy's Project: its key only (funding plans and decisions hold the id). */
@Directive('@key(fields: "id")')
@ObjectType('Project', { description: 'A pedagogical project (projet) answering a call, led by a school.' })
export class ProjectStub {
  @Field(() => ID, { description: 'Identifier.' })
  id!: string;
}
