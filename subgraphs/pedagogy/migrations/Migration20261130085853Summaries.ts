import { Migration } from '@mikro-orm/migrations';

export class Migration20261130085853Summaries extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create materialized view "school_department_summary" as select department_code, coalesce(tne_joined_year, 0) as joined_year, count(*)::int as schools, sum(pupils)::bigint as pupils\n  from school group by department_code, coalesce(tne_joined_year, 0) with data',
    );
    this.addSql('create unique index "school_department_summary_pkey" on "school_department_summary" ("department_code", "joined_year")');
    this.addSql(
      'create materialized view "pix_domain_year" as select s.department_code, r.school_year, c.domain_code, sum(pc.level_sum)::bigint as level_sum, sum(pc.assessed)::bigint as assessed\n  from pix_competence_result pc join pix_result r on r.id = pc.result_id join school s on s.uai = r.school_uai\n  join crcn_competence c on c.code = pc.competence_code group by s.department_code, r.school_year, c.domain_code with data',
    );
    this.addSql('create unique index "pix_domain_year_pkey" on "pix_domain_year" ("department_code", "school_year", "domain_code")');
    this.addSql(
      'create materialized view "pix_department_year" as select s.department_code, r.school_year, sum(r.candidates)::bigint as candidates, sum(r.certified)::bigint as certified,\n    sum(r.scored)::bigint as scored, sum(r.score_sum)::bigint as score_sum\n  from pix_result r join school s on s.uai = r.school_uai group by s.department_code, r.school_year with data',
    );
    this.addSql('create unique index "pix_department_year_pkey" on "pix_department_year" ("department_code", "school_year")');
  }
}
