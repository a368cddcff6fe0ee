import { badInput, notFound } from '../../common/errors.js';
import type { PedagogyLoaders } from '../loaders.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Department } from './department.entity.js';

const DEPARTMENT_CODE = /^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/;

/** Checks the shape of a department code ("01"…"95", "2A", "2B", "971"…"976"). */
export function parseDepartmentCode(input: string): string {
  const code = input.trim().toUpperCase();
  if (!DEPARTMENT_CODE.test(code)) {
    throw badInput(`"${input}" is not a department code such as "18", "29", "2A" or "971".`, 'code');
  }
  return code;
}

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
