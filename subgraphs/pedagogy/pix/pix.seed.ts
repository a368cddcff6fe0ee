import { DEMO_DEPARTMENT_CODES } from '../../../platform/seeds/demo-schools.js';
import { seededRandom, type Random } from '../../../platform/seeds/random.js';
import type { SeedStep } from '../../../platform/seeds/steps.js';
import { School, SchoolKind } from '../schools/school.entity.js';
import { CRCN_COMPETENCE_CODES } from './crcn.data.js';
import { emptyGroup, type PixGroup } from './pix-aggregate.js';
import { PixGrade, PixResult } from './pix-result.entity.js';
import { refreshSummariesIn, SUMMARIES } from '../summaries.js';
import { writePixGroups } from './pix-write.js';

const SCHOOL_YEARS = ['2021-2022', '2022-2023', '2023-2024', '2024-2025'];

/** The certified grade of each kind of school: 3e in collèges, terminale in lycées. */
const GRADE_OF: Partial<Record<SchoolKind, PixGrade>> = {
  [SchoolKind.COLLEGE]: PixGrade.TROISIEME,
  [SchoolKind.LYCEE]: PixGrade.TERMINALE,
  [SchoolKind.LYCEE_PRO]: PixGrade.TERMINALE,
};

/**
 * Plausible sums for one school and year: most of the grade sits the certification, 60-90 % are
 * certified (a little more once the school has joined the TNE), mean levels 1.5-3.5 and a score
 * consistent with them (8 pix a level, 16 competences).
 */
function seededGroup(school: School, firstYear: number, random: Random): PixGroup {
  const grade = GRADE_OF[school.kind]!;
  const group = emptyGroup(school.uai, school.department.unwrap().code, grade);
  const cohort = school.pupils / (grade === PixGrade.TROISIEME ? 4 : 3); // grades in a collège / a lycée
  const tne = school.tneJoinedYear !== null && school.tneJoinedYear <= firstYear ? 0.05 : 0;
  group.candidates = Math.max(1, Math.round(cohort * (0.85 + random.next() * 0.12)));
  group.certified = Math.round(group.candidates * (0.6 + random.next() * 0.25 + tne));
  group.scored = group.candidates;
  let levels = 0;
  CRCN_COMPETENCE_CODES.forEach((_code, i) => {
    const meanLevel = Math.min(3.5, 1.5 + random.next() * 2 + tne * 2);
    group.assessed[i] = Math.max(0, group.candidates - random.int(0, 2));
    group.levelSums[i] = Math.round(group.assessed[i]! * meanLevel);
    levels += meanLevel;
  });
  group.scoreSum = Math.round(group.candidates * Math.max(0, levels * 8 + random.int(-12, 12)));
  return group;
}

/** Pix results of the collèges and lycées of Cher and Finistère, 2021-2022 to 2024-2025. */
export const pixSeed: SeedStep = {
  name: 'pix results',
  demo: true,
  done: async (em) => (await em.count(PixResult)) > 0,
  run: async (tx) => {
    const schools = await tx.find(
      School,
      { department: { $in: [...DEMO_DEPARTMENT_CODES] }, kind: { $in: Object.keys(GRADE_OF) as SchoolKind[] } },
      { orderBy: { uai: 'asc' } },
    );
    const random = seededRandom(2019); // the year of the CRCN
    for (const schoolYear of SCHOOL_YEARS) {
      const firstYear = Number(schoolYear.slice(0, 4));
      await writePixGroups(
        tx,
        schoolYear,
        schools.map((school) => seededGroup(school, firstYear, random)),
      );
    }
    await refreshSummariesIn(tx, SUMMARIES.pix);
  },
};
