import type { EntityManager } from '@mikro-orm/postgresql';
import { CRCN_COMPETENCE_CODES } from './crcn.data.js';
import type { PixGroup } from './pix-aggregate.js';

/** Groups per statement: 16 competence rows × 4 values each stays far below PostgreSQL's 65,535 parameters. */
const CHUNK = 500;

const tuples = (count: number, width: number) => Array.from({ length: count }, () => `(${Array.from({ length: width }, () => '?').join(', ')})`).join(', ');

/**
 * Upserts the sums of each group for a school year: a group already imported (same school, year and
 * grade) is replaced, never added to. Two statements per 500 groups, in the caller's transaction.
 * Returns the ids of the result rows, in the order of the groups.
 */
export async function writePixGroups(em: EntityManager, schoolYear: string, groups: readonly PixGroup[]): Promise<{ ids: number[]; replaced: number }> {
  const ids: number[] = [];
  let replaced = 0;
  for (let at = 0; at < groups.length; at += CHUNK) {
    const chunk = groups.slice(at, at + CHUNK);
    // xmax is non-zero on a row the upsert updated rather than inserted: an earlier import's.
    const rows = await em.execute<Array<{ id: number; school_uai: string; grade: string; replaced: boolean }>>(
      `insert into pix_result (school_uai, school_year, grade, candidates, certified, scored, score_sum)
       values ${tuples(chunk.length, 7)}
       on conflict (school_uai, school_year, grade) do update set candidates = excluded.candidates,
         certified = excluded.certified, scored = excluded.scored, score_sum = excluded.score_sum
       returning id, school_uai, grade, (xmax <> 0) as replaced`,
      chunk.flatMap((g) => [g.uai, schoolYear, g.grade, g.candidates, g.certified, g.scored, g.scoreSum]),
    );
    replaced += rows.filter((r) => r.replaced).length;
    const idOf = new Map(rows.map((r) => [`${r.school_uai}|${r.grade}`, Number(r.id)]));
    const chunkIds = chunk.map((g) => idOf.get(`${g.uai}|${g.grade}`)!);
    await em.execute(
      `insert into pix_competence_result (result_id, competence_code, level_sum, assessed)
       values ${tuples(chunk.length * CRCN_COMPETENCE_CODES.length, 4)}
       on conflict (result_id, competence_code) do update set level_sum = excluded.level_sum, assessed = excluded.assessed`,
      chunk.flatMap((g, i) => CRCN_COMPETENCE_CODES.flatMap((code, c) => [chunkIds[i], code, g.levelSums[c], g.assessed[c]])),
    );
    ids.push(...chunkIds);
  }
  return { ids, replaced };
}
