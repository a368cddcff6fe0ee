import type { DemoSchool } from './demo-schools.js';

type DemoSchoolKind = DemoSchool['kind'];
type DemoSchoolSector = DemoSchool['sector'];

/**
 * How many schools of a kind and sector a demonstration department has, and their pupils in all.
 * `minPopulation`: only communes of at least that many inhabitants receive one (a lycée goes to a
 * town, a primary school to a village).
 */
export interface SchoolPlanRow {
  kind: DemoSchoolKind;
  sector: DemoSchoolSector;
  schools: number;
  pupils: number;
  minPopulation: number;
}

const row = (kind: DemoSchoolKind, sector: DemoSchoolSector, schools: number, pupils: number, minPopulation: number): SchoolPlanRow => ({
  kind,
  sector,
  schools,
  pupils,
  minPopulation,
});

/**
 * The declared proportions of the demonstration schools, per department: every school of the real
 * department is seeded (no sample), with pupil totals close to the real ones, so that per-pupil
 * indicators compare as they would on the national directory.
 *
 * Cher (about 300,000 inhabitants). Published: 24,333 public and 1,893 private first-degree pupils,
 * 20,164 public and 2,321 private second-degree pupils at the 2018 rentrée (académie
 * d'Orléans-Tours); 25,426 and 21,258 in 2020; 27 public and 4 private collèges in 2008-2009
 * (Conseil général du Cher). The counts below follow their decline to about 2023 (24,300 and 20,800).
 * Chosen where no figure was found: the number of écoles by kind (about 245, a third of them in
 * RPIs, hence small primaires), and the lycées (7 public general and technological, 5 public
 * vocational, 2 and 2 private, in Bourges, Vierzon and Saint-Amand-Montrond).
 *
 * Finistère (about 920,000 inhabitants). Published: 112 collèges and about 43,000 collégiens
 * (ADEUPa, Observatoire de la vie collégienne), 57 % of them in public collèges and 54.7 % of
 * lycéens in public lycées at the 2022 rentrée (SNES académie de Rennes, from the rectorat's
 * figures); 63 public collèges in 2012; 64 % of first-degree pupils in public écoles (inspection
 * académique); 238 lycées and 119,100 lycéens in Brittany in 2023 (Insee), of which Finistère's
 * share is taken as about 30,000 in Éducation nationale lycées. Chosen: about 79,000 first-degree
 * pupils in 720 écoles (470 public, 250 private) and the split of lycées by kind; about 44 % of
 * second-degree pupils are then in private schools.
 */
export const DEMO_SCHOOL_PLANS: Readonly<Record<string, readonly SchoolPlanRow[]>> = {
  '18': [
    row('MATERNELLE', 'PUBLIC', 38, 3300, 2000),
    row('ELEMENTAIRE', 'PUBLIC', 45, 5900, 2000),
    row('PRIMAIRE', 'PUBLIC', 150, 13300, 150),
    row('PRIMAIRE', 'PRIVATE', 13, 1800, 2500),
    row('COLLEGE', 'PUBLIC', 26, 11200, 1500),
    row('COLLEGE', 'PRIVATE', 4, 1300, 5000),
    row('LYCEE', 'PUBLIC', 7, 5000, 5000),
    row('LYCEE_PRO', 'PUBLIC', 5, 2400, 5000),
    row('LYCEE', 'PRIVATE', 2, 600, 20000),
    row('LYCEE_PRO', 'PRIVATE', 2, 300, 20000),
  ],
  '29': [
    row('MATERNELLE', 'PUBLIC', 75, 7500, 3000),
    row('ELEMENTAIRE', 'PUBLIC', 95, 13000, 3000),
    row('PRIMAIRE', 'PUBLIC', 300, 30000, 300),
    row('MATERNELLE', 'PRIVATE', 6, 500, 8000),
    row('ELEMENTAIRE', 'PRIVATE', 12, 1500, 8000),
    row('PRIMAIRE', 'PRIVATE', 232, 26500, 500),
    row('COLLEGE', 'PUBLIC', 61, 24500, 2000),
    row('COLLEGE', 'PRIVATE', 51, 18500, 2000),
    row('LYCEE', 'PUBLIC', 18, 12600, 5000),
    row('LYCEE_PRO', 'PUBLIC', 10, 3800, 5000),
    row('LYCEE', 'PRIVATE', 15, 9600, 5000),
    row('LYCEE_PRO', 'PRIVATE', 10, 4000, 5000),
  ],
};
