import { PROGRAMMES, type Programme } from '../../../platform/programme.js';
/**
 * Public facts about departments that the administrative division data does not carry:
 * the académie each belongs to, and the TNE programme's cohorts (docs/DOMAIN.md).
 */

/** Académie (education authority) → department codes. */
const ACADEMIES: Record<string, string[]> = {
  'Aix-Marseille': ['04', '05', '13', '84'],
  Amiens: ['02', '60', '80'],
  Besançon: ['25', '39', '70', '90'],
  Bordeaux: ['24', '33', '40', '47', '64'],
  'Clermont-Ferrand': ['03', '15', '43', '63'],
  Corse: ['2A', '2B'],
  Créteil: ['77', '93', '94'],
  Dijon: ['21', '58', '71', '89'],
  Grenoble: ['07', '26', '38', '73', '74'],
  Guadeloupe: ['971'],
  Martinique: ['972'],
  Guyane: ['973'],
  'La Réunion': ['974'],
  Mayotte: ['976'],
  Lille: ['59', '62'],
  Limoges: ['19', '23', '87'],
  Lyon: ['01', '42', '69'],
  Montpellier: ['11', '30', '34', '48', '66'],
  'Nancy-Metz': ['54', '55', '57', '88'],
  Nantes: ['44', '49', '53', '72', '85'],
  Nice: ['06', '83'],
  Normandie: ['14', '27', '50', '61', '76'],
  'Orléans-Tours': ['18', '28', '36', '37', '41', '45'],
  Paris: ['75'],
  Poitiers: ['16', '17', '79', '86'],
  Reims: ['08', '10', '51', '52'],
  Rennes: ['22', '29', '35', '56'],
  Strasbourg: ['67', '68'],
  Toulouse: ['09', '12', '31', '32', '46', '65', '81', '82'],
  Versailles: ['78', '91', '92', '95'],
};

export const ACADEMY_OF: ReadonlyMap<string, string> = new Map(
  Object.entries(ACADEMIES).flatMap(([academy, codes]) => codes.map((code) => [code, academy] as const)),
);

/** A department's part in the programme: its cohort and programme dates. */
export type TneFacts = Programme;

/**
 * The programme's departments: pilots of 2020 and the cohort of 2021, declared once in
 * `platform/programme.ts` (finance and parentality read them there too); pedagogy stores them on its
 * departments, where the API shows them.
 */
export const TNE_DEPARTMENTS: ReadonlyMap<string, TneFacts> = PROGRAMMES;
