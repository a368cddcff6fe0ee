import { Migration } from '@mikro-orm/migrations';

/** Parentality: workshops. */
export class Migration20261125000000Parentality extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "workshop_kind" as enum ('E_PARENTALITY', 'DIGITAL_CAFE', 'FAMILY_SUPPORT', 'MOBILE_MULTIMEDIA', 'HOMEWORK_ONLINE')`);
    this.addSql(
      `create table "workshop" ("id" uuid not null default gen_random_uuid(), "department_code" varchar(3) not null, "commune_code" varchar(5) not null, "school_uai" varchar(8) null, "kind" "workshop_kind" not null, "topic" varchar(255) not null, "held_on" date not null, "capacity" int not null, "attendance" int not null, primary key ("id"))`,
    );
    this.addSql(`create index "workshop_department_code_index" on "workshop" ("department_code")`);
    this.addSql(`create index "workshop_school_uai_index" on "workshop" ("school_uai")`);
    this.addSql(`alter table "workshop" add constraint "workshop_attendance_within_capacity" check (attendance >= 0 and attendance <= capacity)`);
  }
}
