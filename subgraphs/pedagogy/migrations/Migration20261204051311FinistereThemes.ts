import { Migration } from '@mikro-orm/migrations';

export class Migration20261204051311FinistereThemes extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "call" drop constraint "call_themes_check"');
    this.addSql(
      "alter table \"call\" add constraint \"call_themes_check\" check (\"themes\" <@ array['ROBOTICS_CODING'::text, 'DIGITAL_CREATION'::text, 'MOVING_WITH_DIGITAL'::text, 'ORAL_AND_DIGITAL'::text, 'GIRLS_AND_DIGITAL'::text, 'DIGITAL_FOUNDATION'::text, 'INCLUSION'::text, 'PARENTALITY'::text, 'CITIZENSHIP'::text, 'RESPONSIBLE_DIGITAL'::text, 'PEDAGOGICAL_CONTINUITY'::text, 'SCHOOL_NETWORKS'::text])",
    );
    this.addSql('alter table "project" drop constraint "project_themes_check"');
    this.addSql(
      "alter table \"project\" add constraint \"project_themes_check\" check (\"themes\" <@ array['ROBOTICS_CODING'::text, 'DIGITAL_CREATION'::text, 'MOVING_WITH_DIGITAL'::text, 'ORAL_AND_DIGITAL'::text, 'GIRLS_AND_DIGITAL'::text, 'DIGITAL_FOUNDATION'::text, 'INCLUSION'::text, 'PARENTALITY'::text, 'CITIZENSHIP'::text, 'RESPONSIBLE_DIGITAL'::text, 'PEDAGOGICAL_CONTINUITY'::text, 'SCHOOL_NETWORKS'::text])",
    );
  }
}
