import { PrimaryKeyProp } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Pre-aggregated Pix sums per department and school year (materialised views): the department
 * KPIs read a few thousand summary rows instead of joining ~1,000,000 competence rows to the
 * schools on every request. Sums only, so every mean is still sum / count, exactly. Refreshed by
 * the transaction that writes Pix results (`refreshSummaries`, summaries.ts).
 */
@Entity({
  tableName: 'pix_department_year',
  view: { materialized: true },
  expression: `select s.department_code, r.school_year, sum(r.candidates)::bigint as candidates, sum(r.certified)::bigint as certified,
    sum(r.scored)::bigint as scored, sum(r.score_sum)::bigint as score_sum
  from pix_result r join school s on s.uai = r.school_uai group by s.department_code, r.school_year`,
})
export class PixDepartmentYear {
  [PrimaryKeyProp]?: ['departmentCode', 'schoolYear'];

  @PrimaryKey({ type: 'string' })
  departmentCode!: string;

  @PrimaryKey({ type: 'string' })
  schoolYear!: string;

  @Property({ type: 'bigint' })
  candidates!: string;

  @Property({ type: 'bigint' })
  certified!: string;

  @Property({ type: 'bigint' })
  scored!: string;

  @Property({ type: 'bigint' })
  scoreSum!: string;
}

/** Competence levels summed per department, school year and CRCN domain. */
@Entity({
  tableName: 'pix_domain_year',
  view: { materialized: true },
  expression: `select s.department_code, r.school_year, c.domain_code, sum(pc.level_sum)::bigint as level_sum, sum(pc.assessed)::bigint as assessed
  from pix_competence_result pc join pix_result r on r.id = pc.result_id join school s on s.uai = r.school_uai
  join crcn_competence c on c.code = pc.competence_code group by s.department_code, r.school_year, c.domain_code`,
})
export class PixDomainYear {
  [PrimaryKeyProp]?: ['departmentCode', 'schoolYear', 'domainCode'];

  @PrimaryKey({ type: 'string' })
  departmentCode!: string;

  @PrimaryKey({ type: 'string' })
  schoolYear!: string;

  @PrimaryKey({ type: 'string' })
  domainCode!: string;

  @Property({ type: 'bigint' })
  levelSum!: string;

  @Property({ type: 'bigint' })
  assessed!: string;
}
