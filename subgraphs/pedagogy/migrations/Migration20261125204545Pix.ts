import { Migration } from '@mikro-orm/migrations';

/**
 * Pix certification results as sums per school × school year × grade (no pupil-level rows), with
 * the sums of levels per CRCN competence; check constraints keep every sum consistent.
 */
export class Migration20261125204545Pix extends Migration {
  override async up(): Promise<void> {
    this.addSql("create type \"pix_grade\" as enum ('TROISIEME', 'TERMINALE', 'CAP')");
    this.addSql(
      'create table "pix_result" ("id" serial primary key, "school_uai" varchar(8) not null, "school_year" varchar(9) not null, "grade" "pix_grade" not null, "candidates" int not null, "certified" int not null, "scored" int not null, "score_sum" int not null)',
    );
    this.addSql('alter table "pix_result" add constraint "pix_result_group_unique" unique ("school_uai", "school_year", "grade")');
    this.addSql(
      'create table "pix_competence_result" ("result_id" int not null, "competence_code" varchar(3) not null, "level_sum" int not null, "assessed" int not null, primary key ("result_id", "competence_code"))',
    );
    this.addSql('alter table "pix_result" add constraint "pix_result_school_uai_foreign" foreign key ("school_uai") references "school" ("uai")');
    this.addSql('alter table "pix_result" add constraint "pix_result_score_sum" check (score_sum >= 0 and score_sum <= 1024 * scored)');
    this.addSql(
      'alter table "pix_result" add constraint "pix_result_counts" check (certified >= 0 and certified <= candidates and scored >= 0 and scored <= candidates)',
    );
    this.addSql('alter table "pix_result" add constraint "pix_result_school_year_shape" check (school_year ~ \'^[0-9]{4}-[0-9]{4}$\')');
    this.addSql(
      'alter table "pix_competence_result" add constraint "pix_competence_result_result_id_foreign" foreign key ("result_id") references "pix_result" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "pix_competence_result" add constraint "pix_competence_result_competence_code_foreign" foreign key ("competence_code") references "crcn_competence" ("code") on update cascade on delete restrict',
    );
    this.addSql(
      'alter table "pix_competence_result" add constraint "pix_competence_result_levels" check (assessed >= 0 and level_sum >= 0 and level_sum <= 6 * assessed)',
    );
  }
}
