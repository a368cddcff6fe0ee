import { Migration } from '@mikro-orm/migrations';

/** Workshops record the girls and the children with special educational needs among those who came. */
export class Migration20261204050155WorkshopReach extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "workshop" add column "girls_reached" int null, add column "special_needs_reached" int null');
    this.addSql('alter table "workshop" add constraint "workshop_girls_within_attendance" check (girls_reached >= 0 and girls_reached <= attendance)');
    this.addSql(
      'alter table "workshop" add constraint "workshop_special_needs_within_attendance" check (special_needs_reached >= 0 and special_needs_reached <= attendance)',
    );
  }
}
