import { communeStub, departmentStub, departmentYearStub, schoolStub } from '../../platform/stubs.js';

/** Parentality's views of pedagogy's Department and School (key and sizes only). */
export const DepartmentStub = departmentStub();
export const SchoolStub = schoolStub();
/** A department in a school year: the point of a time series, owned by pedagogy. */
export const DepartmentYearStub = departmentYearStub();
/** Pedagogy's Commune, by its INSEE code only (a household's commune). */
export const CommuneStub = communeStub();
