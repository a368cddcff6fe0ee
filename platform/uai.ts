import { badInput } from './errors.js';

/** UAI (unité administrative immatriculée): 7 digits and a check letter. */
const LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';
export const UAI_SHAPE = /^(\d{7})([A-Z])$/;

/** The check letter of a UAI's 7 digits: LETTERS[digits mod 23] (0180005 → H). */
export function uaiCheckLetter(digits: string): string {
  return LETTERS[Number(digits) % 23]!;
}

/** Builds a valid UAI from 7 digits. */
export const makeUai = (digits: string) => `${digits}${uaiCheckLetter(digits)}`;

/**
 * Department code encoded by a UAI: its first three digits ("018" → "18"); 620 and 720 stand for
 * Corsica's two departments (2A, 2B), 97x for the overseas ones.
 */
export function departmentOfUai(uai: string): string {
  const prefix = uai.slice(0, 3);
  if (prefix === '620') return '2A';
  if (prefix === '720') return '2B';
  if (prefix.startsWith('97')) return prefix;
  return prefix.slice(1);
}

/**
 * The same rule as a SQL expression over a UAI column (a column name from code, never from a
 * client), so that rows keyed by UAI group by department without joining every school.
 */
export const departmentOfUaiSql = (column: string) =>
  `(case left(${column}, 3) when '620' then '2A' when '720' then '2B' else case when left(${column}, 2) = '97' then left(${column}, 3) else substr(${column}, 2, 2) end end)`;

/** Normalises and checks a UAI; BAD_USER_INPUT says what is wrong. */
export function parseUai(input: string): string {
  const uai = input.trim().toUpperCase();
  const match = UAI_SHAPE.exec(uai);
  if (!match) throw badInput(`"${input}" is not a UAI: 7 digits and a check letter, such as 0180005H.`, 'uai');
  const expected = uaiCheckLetter(match[1]!);
  if (match[2] !== expected) {
    throw badInput(`UAI "${uai}" has the wrong check letter: expected ${match[1]}${expected}.`, 'uai');
  }
  return uai;
}
