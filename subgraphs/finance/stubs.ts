import { departmentStub, schoolStub } from '../common/stubs.js';

/** Finance's views of pedagogy's Department and School (key and sizes only). */
export const DepartmentStub = departmentStub();
export const SchoolStub = schoolStub();
