import type pg from 'pg';
import { cols, insertRows, type Progress, type RowCounts } from '../../../platform/seeds/bulk.js';
import type { DemoSchool } from '../../../platform/seeds/demo-schools.js';
import { randomFor, type NationalDepartment } from '../../../platform/seeds/national.js';
import { CRCN_COMPETENCE_CODES } from '../pix/crcn.data.js';

/** School years of the national Pix aggregates. */
export const NATIONAL_PIX_YEARS = ['2020-2021', '2021-2022', '2022-2023', '2023-2024', '2024-2025', '2025-2026'];

const GRADE_OF: Partial<Record<DemoSchool['kind'], string>> = { COLLEGE: 'TROISIEME', LYCEE: 'TERMINALE', LYCEE_PRO: 'TERMINALE' };

interface Group {
  uai: string;
  year: string;
  grade: string;
  candidates: number;
  certified: number;
  scoreSum: number;
  levelSums: number[];
  assessed: number[];
}

/**
 * The same plausible sums as the demonstration seed (pix.seed.ts): most of the grade sits the
 * certification, 60-90 % are certified, a little more once the school has joined the TNE.
 */
function group(school: DemoSchool, year: string, random: ReturnType<typeof randomFor>): Group {
  const grade = GRADE_OF[school.kind]!;
  const firstYear = Number(year.slice(0, 4));
  const cohort = school.pupils / (grade === 'TROISIEME' ? 4 : 3);
  const tne = school.tneJoinedYear !== null && school.tneJoinedYear <= firstYear ? 0.05 : 0;
  const candidates = Math.max(1, Math.round(cohort * (0.85 + random.next() * 0.12)));
  const certified = Math.round(candidates * (0.6 + random.next() * 0.25 + tne));
  const levelSums: number[] = [];
  const assessed: number[] = [];
  let levels = 0;
  for (let i = 0; i < CRCN_COMPETENCE_CODES.length; i++) {
    const meanLevel = Math.min(3.5, 1.5 + random.next() * 2 + tne * 2);
    assessed.push(Math.max(0, candidates - random.int(0, 2)));
    levelSums.push(Math.round(assessed[i]! * meanLevel));
    levels += meanLevel;
  }
  return {
    uai: school.uai,
    year,
    grade,
    candidates,
    certified,
    scoreSum: Math.round(candidates * Math.max(0, levels * 8 + random.int(-12, 12))),
    levelSums,
    assessed,
  };
}

/** One department's aggregates: each collège and lycée, every school year. */
export function pixGroups(department: NationalDepartment, seed: number): Group[] {
  const random = randomFor(seed, department.code, 'pix');
  const schools = department.schools.filter((s) => GRADE_OF[s.kind]);
  return NATIONAL_PIX_YEARS.flatMap((year) => schools.map((school) => group(school, year, random)));
}

/** Rows a list of groups makes (result rows and their 16 competence rows each), for the progress bar. */
export const pixRowCount = (groups: readonly Group[]) => groups.length * (1 + CRCN_COMPETENCE_CODES.length);

const RESULT = cols('school_uai', 'school_year', 'grade pix_grade', 'candidates int', 'certified int', 'scored int', 'score_sum int');
const COMPETENCE = cols('result_id int', 'competence_code', 'level_sum int', 'assessed int');
const CHUNK = 2_500;

/** Result rows first (their serial ids come back), then their competence rows, chunk by chunk. */
export async function writePix(client: pg.ClientBase, groups: readonly Group[], counts: RowCounts, progress: Progress): Promise<void> {
  for (let at = 0; at < groups.length; at += CHUNK) {
    const chunk = groups.slice(at, at + CHUNK);
    const { count, returned } = await insertRows<{ id: number; school_uai: string; school_year: string }>(
      client,
      'pix_result',
      RESULT,
      chunk.map((g) => [g.uai, g.year, g.grade, g.candidates, g.certified, g.candidates, g.scoreSum]),
      { returning: 'id, school_uai, school_year', progress },
    );
    counts.add('pix_result', count);
    const idOf = new Map(returned.map((r) => [`${r.school_uai}|${r.school_year}`, r.id]));
    const rows = chunk.flatMap((g) => {
      const id = idOf.get(`${g.uai}|${g.year}`)!;
      return CRCN_COMPETENCE_CODES.map((code, c) => [id, code, g.levelSums[c]!, g.assessed[c]!]);
    });
    counts.add('pix_competence_result', (await insertRows(client, 'pix_competence_result', COMPETENCE, rows, { progress })).count);
  }
}
