import { badInput } from './errors.js';

/**
 * The TNE programme of a department: its cohort and the three school years it runs
 * (docs/DOMAIN.md), declared here once: pedagogy stores them on its departments
 * (`subgraphs/pedagogy/departments/department.facts.ts`), finance and parentality read them here, as
 * a subgraph never reads another's tables.
 */
export interface Programme {
  cohortYear: number;
  programmeStart: string;
  programmeEnd: string;
}

const run = (cohortYear: number, programmeStart: string, programmeEnd: string): Programme => ({ cohortYear, programmeStart, programmeEnd });

/** The pilots of 2020, the cohort of 2021, and Cher, of the 2021 cohort but started in September 2022. */
export const PROGRAMMES: ReadonlyMap<string, Programme> = new Map([
  ['02', run(2020, '2020-09-01', '2023-08-31')],
  ['95', run(2020, '2020-09-01', '2023-08-31')],
  ...['13', '2A', '25', '29', '971', '34', '38', '86', '88'].map((code) => [code, run(2021, '2021-09-01', '2024-08-31')] as const),
  ['18', run(2021, '2022-09-01', '2025-08-31')],
]);

/** A department's programme, or null when it is not a TNE department. */
export const programmeOf = (departmentCode: string): Programme | null => PROGRAMMES.get(departmentCode) ?? null;

/**
 * The day the seeded data describe: the end of the 2025-2026 school year, after every programme
 * ended (Cher's last, on 2025-08-31). Seeds date nothing after it; a project of a programme that
 * ended before it has reached a final status (COMPLETED, REJECTED or WITHDRAWN). Only departments
 * outside the programme keep projects under way (their calls of 2025-2026).
 */
export const SEED_REFERENCE_DATE = '2026-08-31';

/** Whether a day lies within a programme (both ends included). */
export const withinProgramme = (programme: Pick<Programme, 'programmeStart' | 'programmeEnd'>, date: string): boolean =>
  programme.programmeStart <= date && date <= programme.programmeEnd;

/** Refuses a day outside the department's programme (no rule when the department has none). */
export function checkWithinProgramme(programme: Pick<Programme, 'programmeStart' | 'programmeEnd'> | null, date: string, what: string, field = 'date'): void {
  if (programme && !withinProgramme(programme, date)) {
    throw badInput(`${what} (${date}) falls outside the programme (${programme.programmeStart} → ${programme.programmeEnd}).`, field);
  }
}
