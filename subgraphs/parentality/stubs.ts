import { communeStub, departmentStub, schoolStub } from '../common/stubs.js';

/** Parentality's views of pedagogy's Department and School (key and sizes only). */
export const DepartmentStub = departmentStub();
export const SchoolStub = schoolStub();
/** Pedagogy's Commune, by its INSEE code only (a household's commune). */
export const CommuneStub = communeStub();
