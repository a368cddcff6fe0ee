import { Migration } from '@mikro-orm/migrations';

/** Projects record the girls among the pupils they reach (the GIRLS_REACHED indicator). */
export class Migration20261203190000GirlsReached extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "project" add column "girls_reached" int null');
    this.addSql('alter table "project" add constraint "project_girls_within_pupils" check (girls_reached >= 0 and girls_reached <= pupils_reached)');
  }
}
