import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupRows, placeholders, totalsByPeriod } from '../../../platform/loaders.js';
import { CRCN_DOMAINS } from './crcn.data.js';
import type { PixCompetenceLevelType } from './pix-result.type.js';

/**
 * Pix aggregates computed by PostgreSQL from the stored sums (mean = sum / count), one statement
 * per kind and distinct period for all the departments or schools of a request.
 */

/** A school year counts in a period when its 1 September lies in the period (ISO text compares as dates). */
const YEAR_START = "(left(r.school_year, 4) || '-09-01')";

export interface PixTotals {
  candidates: number;
  certified: number;
  certificationRate: number | null;
  meanScore: number | null;
}

const TOTALS = `sum(r.candidates)::int as candidates, sum(r.certified)::int as certified,
  sum(r.certified)::float8 / nullif(sum(r.candidates), 0) as certification_rate,
  sum(r.score_sum)::float8 / nullif(sum(r.scored), 0) as mean_score`;

const orNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));

const readTotals = (row: Record<string, unknown>): PixTotals => ({
  candidates: Number(row.candidates),
  certified: Number(row.certified),
  certificationRate: orNull(row.certification_rate),
  meanScore: orNull(row.mean_score),
});
const noTotals = (): PixTotals => ({ candidates: 0, certified: 0, certificationRate: null, meanScore: null });

/** Mean level per domain code ("1" … "5"); null where nothing was assessed. */
export type DomainLevels = Record<string, number | null>;

// Domain codes come from the framework in code, never from clients.
const DOMAIN_LEVELS = CRCN_DOMAINS.map(({ code }) => {
  const only = `filter (where r.domain_code = '${code}')`;
  return `(sum(r.level_sum) ${only})::float8 / nullif(sum(r.assessed) ${only}, 0) as level_${code}`;
}).join(',\n  ');

const readLevels = (row: Record<string, unknown>): DomainLevels => Object.fromEntries(CRCN_DOMAINS.map(({ code }) => [code, orNull(row[`level_${code}`])]));

export const pixLoaders = (em: EntityManager) => ({
  /** Keys: `periodKey(departmentCode, range)`; from the per-department summary (pix-summary.entity.ts). */
  pixTotals: totalsByPeriod(em, {
    table: 'pix_department_year r',
    key: 'r.department_code',
    date: YEAR_START,
    select: TOTALS,
    read: readTotals,
    empty: noTotals,
  }),
  /** Keys: `periodKey(departmentCode, range)`; from the per-department summary. */
  pixDomainLevels: totalsByPeriod(em, {
    table: 'pix_domain_year r',
    key: 'r.department_code',
    date: YEAR_START,
    select: DOMAIN_LEVELS,
    read: readLevels,
    empty: () => readLevels({}),
  }),
  /** Keys: `periodKey(uai, range)`. */
  pixSchoolTotals: totalsByPeriod(em, { table: 'pix_result r', key: 'r.school_uai', date: YEAR_START, select: TOTALS, read: readTotals, empty: noTotals }),
  /** Keys: result ids; the 16 competences of each, in order. */
  pixCompetenceLevels: new DataLoader<string, PixCompetenceLevelType[]>(async (ids) => {
    const rows = await em.getConnection('read').execute<Array<Record<string, unknown>>>(
      `select result_id, competence_code, assessed, level_sum::float8 / nullif(assessed, 0) as mean_level
         from pix_competence_result where result_id in (${placeholders(ids)}) order by result_id, competence_code`,
      ids.map(Number),
    );
    const levels = rows.map((r) => ({
      resultId: String(r.result_id),
      competenceCode: String(r.competence_code),
      assessed: Number(r.assessed),
      meanLevel: orNull(r.mean_level),
    }));
    return groupRows(ids, levels, (l) => l.resultId);
  }),
});
