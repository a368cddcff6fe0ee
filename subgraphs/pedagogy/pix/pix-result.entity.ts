import { PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { School } from '../schools/school.entity.js';
import { CrcnCompetence } from './crcn.entity.js';

/** Grades in which pupils take the Pix certification (niveaux certifiés). */
export enum PixGrade {
  TROISIEME = 'TROISIEME',
  TERMINALE = 'TERMINALE',
  CAP = 'CAP',
}

/** Highest Pix score: 16 competences × 8 levels × 8 pix. */
export const PIX_MAX_SCORE = 1024;

/**
 * Certification results of one school, school year and grade, as sums only (no pupil-level row):
 * sums add up exactly across schools, departments and years, so every mean is sum / count in SQL.
 */
@Entity({ tableName: 'pix_result' })
@Unique({ name: 'pix_result_group_unique', properties: ['school', 'schoolYear', 'grade'] })
@Check({ name: 'pix_result_school_year_shape', expression: `school_year ~ '^[0-9]{4}-[0-9]{4}$'` })
@Check({ name: 'pix_result_counts', expression: 'certified >= 0 and certified <= candidates and scored >= 0 and scored <= candidates' })
@Check({ name: 'pix_result_score_sum', expression: `score_sum >= 0 and score_sum <= ${PIX_MAX_SCORE} * scored` })
export class PixResult {
  [PrimaryKeyProp]?: 'id';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => School, { ref: true, fieldName: 'school_uai' })
  school!: Ref<School>;

  /** "2023-2024". */
  @Property({ type: 'string', length: 9 })
  schoolYear!: string;

  @Enum({ items: () => PixGrade, nativeEnumName: 'pix_grade' })
  grade!: PixGrade;

  /** Pupils who took the certification (candidats). */
  @Property({ type: 'integer' })
  candidates!: number;

  /** Candidates who were certified (certifiés). */
  @Property({ type: 'integer' })
  certified!: number;

  /** Candidates with a Pix score (a rejected certification may have none). */
  @Property({ type: 'integer' })
  scored!: number;

  /** Sum of the scores of the `scored` candidates. */
  @Property({ type: 'integer' })
  scoreSum!: number;
}

/** Levels of one competence in one result group: the sum of the levels and how many were assessed. */
@Entity({ tableName: 'pix_competence_result' })
@Check({ name: 'pix_competence_result_levels', expression: 'assessed >= 0 and level_sum >= 0 and level_sum <= 6 * assessed' })
export class PixCompetenceResult {
  [PrimaryKeyProp]?: ['result', 'competence'];

  @ManyToOne(() => PixResult, { primary: true, ref: true, fieldName: 'result_id', deleteRule: 'cascade' })
  result!: Ref<PixResult>;

  // Reference data: removing a competence must not silently delete results.
  @ManyToOne(() => CrcnCompetence, { primary: true, ref: true, fieldName: 'competence_code', deleteRule: 'restrict' })
  competence!: Ref<CrcnCompetence>;

  @Property({ type: 'integer' })
  levelSum!: number;

  @Property({ type: 'integer' })
  assessed!: number;
}
