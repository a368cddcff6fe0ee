import { parseDepartmentCode as parseCode } from '../../../platform/department-code.js';
import { notFound } from '../../../platform/errors.js';
import type { PedagogyLoaders } from '../loaders.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Department } from './department.entity.js';

/** Checks the shape of a department code (common/department-code.ts), reported on `code`. */
export const parseDepartmentCode = (input: string): string => parseCode(input, 'code');

/** The department with this code, or NOT_FOUND. */
export async function getDepartment(loaders: PedagogyLoaders, input: string): Promise<Department> {
  const department = await loaders.department.load(parseDepartmentCode(input));
  if (!department) throw notFound(`No department has the code "${input}".`);
  return department;
}

/** The departments with these codes, in the order given; an unknown code is NOT_FOUND. */
export async function getDepartments(loaders: PedagogyLoaders, codes: readonly string[]): Promise<Department[]> {
  return Promise.all(codes.map((code) => getDepartment(loaders, code)));
}

/** Every department, by code; primes the loader so that references resolve without another query. */
export async function listDepartments(em: EntityManager, loaders: PedagogyLoaders): Promise<Department[]> {
  const all = await em.findAll(Department, { orderBy: { code: 'asc' } });
  for (const department of all) loaders.department.prime(department.code, department);
  return all;
}
