import { Migration } from '@mikro-orm/migrations';

export class Migration20261125213410Families extends Migration {
  override async up(): Promise<void> {
    this.addSql("create type \"partner_kind\" as enum ('SOCIAL_CENTRE', 'FEDERATION', 'ASSOCIATION', 'LIBRARY', 'OTHER')");
    this.addSql("create type \"device_kind\" as enum ('LAPTOP', 'TABLET', 'ROUTER_4G')");
    this.addSql("create type \"device_status\" as enum ('IN_SERVICE', 'IN_REPAIR', 'RETIRED')");
    this.addSql(
      'create table "household_access_log" ("id" uuid not null default gen_random_uuid(), "at" timestamptz not null default now(), "department_code" varchar(3) not null, "actor_subject" varchar(255) not null, "actor_role" varchar(255) not null, "operation" varchar(255) not null, "household_ids" uuid[] not null, primary key ("id"))',
    );
    this.addSql('create index "household_access_log_department_at" on "household_access_log" ("department_code", "at")');
    this.addSql(
      'create table "partner_organisation" ("id" uuid not null default gen_random_uuid(), "department_code" varchar(3) not null, "name" varchar(255) not null, "kind" "partner_kind" not null, "commune_code" varchar(5) null, primary key ("id"))',
    );
    this.addSql('create index "partner_organisation_department_code_index" on "partner_organisation" ("department_code")');
    this.addSql(
      'create table "household" ("id" uuid not null default gen_random_uuid(), "reference" varchar(40) not null, "partner_id" uuid not null, "department_code" varchar(3) not null, "commune_code" varchar(5) not null, "children_count" int not null, "children_school_uais" text[] not null, "no_computer" boolean not null default false, "no_internet" boolean not null default false, "mobile_only" boolean not null default false, "needs_support_with_online_procedures" boolean not null default false, "registered_on" date not null, primary key ("id"))',
    );
    this.addSql('create index "household_partner_id_index" on "household" ("partner_id")');
    this.addSql('create index "household_department_code_index" on "household" ("department_code")');
    this.addSql('create index "household_commune_code_index" on "household" ("commune_code")');
    this.addSql('alter table "household" add constraint "household_partner_reference_unique" unique ("partner_id", "reference")');
    this.addSql(
      'create table "device" ("id" uuid not null default gen_random_uuid(), "department_code" varchar(3) not null, "partner_id" uuid not null, "kind" "device_kind" not null, "label" varchar(40) not null, "status" "device_status" not null default \'IN_SERVICE\', primary key ("id"))',
    );
    this.addSql('create index "device_department_code_index" on "device" ("department_code")');
    this.addSql('alter table "device" add constraint "device_label_unique" unique ("label")');
    this.addSql(
      'create table "loan" ("id" uuid not null default gen_random_uuid(), "device_id" uuid not null, "household_id" uuid not null, "department_code" varchar(3) not null, "starts_on" date not null, "due_on" date not null, "returned_on" date null, primary key ("id"))',
    );
    this.addSql('create index "loan_device_id_index" on "loan" ("device_id")');
    this.addSql('create index "loan_household_id_index" on "loan" ("household_id")');
    this.addSql('create index "loan_department_code_index" on "loan" ("department_code")');
    this.addSql('create unique index "loan_one_open_per_device" on "loan" ("device_id") where "returned_on" is null');
    this.addSql(
      'create table "workshop_participation" ("household_id" uuid not null, "workshop_id" uuid not null, primary key ("household_id", "workshop_id"))',
    );
    this.addSql('alter table "workshop" add "partner_id" uuid null');
    this.addSql(
      'alter table "workshop" add constraint "workshop_partner_id_foreign" foreign key ("partner_id") references "partner_organisation" ("id") on delete set null',
    );
    this.addSql('create index "workshop_partner_id_index" on "workshop" ("partner_id")');
    this.addSql('alter table "household" add constraint "household_partner_id_foreign" foreign key ("partner_id") references "partner_organisation" ("id")');
    this.addSql('alter table "household" add constraint "household_reference_opaque" check (reference ~ \'^[A-Za-z0-9_-]{4,40}$\')');
    this.addSql('alter table "household" add constraint "household_children_count" check (children_count >= 0 and children_count <= 20)');
    this.addSql('alter table "device" add constraint "device_partner_id_foreign" foreign key ("partner_id") references "partner_organisation" ("id")');
    this.addSql('alter table "loan" add constraint "loan_device_id_foreign" foreign key ("device_id") references "device" ("id")');
    this.addSql('alter table "loan" add constraint "loan_household_id_foreign" foreign key ("household_id") references "household" ("id")');
    this.addSql('alter table "loan" add constraint "loan_dates" check (starts_on <= due_on and (returned_on is null or returned_on >= starts_on))');
    this.addSql(
      'alter table "workshop_participation" add constraint "workshop_participation_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "workshop_participation" add constraint "workshop_participation_workshop_id_foreign" foreign key ("workshop_id") references "workshop" ("id") on update cascade on delete cascade',
    );
  }
}
