import { Migration } from '@mikro-orm/migrations';

/** Finance: equipment grants to schools. */
export class Migration20261125000000Finance extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "funder_kind" as enum ('STATE', 'REGION', 'DEPARTMENT_COUNCIL', 'EPCI', 'COMMUNE', 'OTHER')`);
    this.addSql(
      `create table "equipment_grant" ("id" uuid not null default gen_random_uuid(), "department_code" varchar(3) not null, "school_uai" varchar(8) not null, "funder_kind" "funder_kind" not null, "amount_cents" bigint not null, "granted_on" date not null, "label" varchar(255) not null, primary key ("id"))`,
    );
    this.addSql(`create index "equipment_grant_department_code_index" on "equipment_grant" ("department_code")`);
    this.addSql(`create index "equipment_grant_school_uai_index" on "equipment_grant" ("school_uai")`);
    this.addSql(`alter table "equipment_grant" add constraint "equipment_grant_amount_non_negative" check (amount_cents >= 0)`);
  }
}
