import { Migration } from '@mikro-orm/migrations';

/** Projects record the pupils with special educational needs among the pupils they reach (SPECIAL_NEEDS_PUPILS_REACHED). */
export class Migration20261204050150SpecialNeedsReached extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "project" add column "special_needs_reached" int null');
    this.addSql(
      'alter table "project" add constraint "project_special_needs_within_pupils" check (special_needs_reached >= 0 and special_needs_reached <= pupils_reached)',
    );
  }
}
