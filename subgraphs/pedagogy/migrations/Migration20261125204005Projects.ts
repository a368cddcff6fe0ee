import { Migration } from '@mikro-orm/migrations';

export class Migration20261125204005Projects extends Migration {
  override async up(): Promise<void> {
    this.addSql("create type \"call_kind\" as enum ('INNOVATION', 'SPECIFIC', 'AMI', 'SEMINAR_CONTRIBUTION', 'EXISTING_PRACTICE')");
    this.addSql("create type \"eligibility\" as enum ('ALL_SCHOOLS', 'PRIORITY_TERRITORIES')");
    this.addSql(
      "create type \"project_status\" as enum ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN')",
    );
    this.addSql(
      'create table "call" ("id" uuid not null default gen_random_uuid(), "code" varchar(40) not null, "department_code" varchar(3) not null, "title" varchar(255) not null, "kind" "call_kind" not null, "themes" text[] not null, "eligible_kinds" text[] not null, "partnerships_allowed" boolean not null default false, "funding_requested" boolean not null default true, primary key ("id"))',
    );
    this.addSql('alter table "call" add constraint "call_code_unique" unique ("code")');
    this.addSql('create index "call_department_code_index" on "call" ("department_code")');
    this.addSql(
      'create table "call_campaign" ("id" uuid not null default gen_random_uuid(), "call_id" uuid not null, "name" varchar(255) not null, "opens_on" date not null, "closes_on" date not null, "eligibility" "eligibility" not null, primary key ("id"))',
    );
    this.addSql('create index "call_campaign_call_id_index" on "call_campaign" ("call_id")');
    this.addSql(
      'create table "priority_territory" ("code" varchar(16) not null, "name" varchar(255) not null, "department_code" varchar(3) not null, primary key ("code"))',
    );
    this.addSql('create index "priority_territory_department_code_index" on "priority_territory" ("department_code")');
    this.addSql(
      'create table "project" ("id" uuid not null default gen_random_uuid(), "call_id" uuid not null, "campaign_id" uuid null, "department_code" varchar(3) not null, "lead_school_uai" varchar(8) not null, "title" varchar(255) not null, "summary" text not null default \'\', "themes" text[] not null, "status" "project_status" not null default \'DRAFT\', "submitted_on" date null, "pupils_reached" int not null default 0, "teachers_reached" int not null default 0, "version" int not null default 1, primary key ("id"))',
    );
    this.addSql('create index "project_call_id_index" on "project" ("call_id")');
    this.addSql('create index "project_campaign_id_index" on "project" ("campaign_id")');
    this.addSql('create index "project_department_code_index" on "project" ("department_code")');
    this.addSql('create index "project_lead_school_uai_index" on "project" ("lead_school_uai")');
    this.addSql('create index "project_status_index" on "project" ("status")');
    this.addSql(
      'create table "project_status_change" ("id" uuid not null default gen_random_uuid(), "project_id" uuid not null, "from_status" "project_status" null, "to_status" "project_status" not null, "effective_on" date not null, "recorded_at" timestamptz not null default now(), "recorded_by" varchar(255) not null, "recorded_by_role" varchar(255) not null, "reason" text null, primary key ("id"))',
    );
    this.addSql('create index "project_status_change_project_id_index" on "project_status_change" ("project_id")');
    this.addSql('create table "project_partner" ("project_id" uuid not null, "school_uai" varchar(8) not null, primary key ("project_id", "school_uai"))');
    this.addSql('alter table "commune" add "priority_territory_code" varchar(16) null');
    this.addSql(
      'alter table "commune" add constraint "commune_priority_territory_code_foreign" foreign key ("priority_territory_code") references "priority_territory" ("code") on delete set null',
    );
    this.addSql('create index "commune_priority_territory_code_index" on "commune" ("priority_territory_code")');
    this.addSql('alter table "call" add constraint "call_department_code_foreign" foreign key ("department_code") references "department" ("code")');
    this.addSql(
      "alter table \"call\" add constraint \"call_themes_check\" check (\"themes\" <@ array['ROBOTICS_CODING'::text, 'DIGITAL_CREATION'::text, 'MOVING_WITH_DIGITAL'::text, 'ORAL_AND_DIGITAL'::text, 'GIRLS_AND_DIGITAL'::text, 'DIGITAL_FOUNDATION'::text, 'INCLUSION'::text, 'PARENTALITY'::text, 'CITIZENSHIP'::text])",
    );
    this.addSql(
      "alter table \"call\" add constraint \"call_eligible_kinds_check\" check (\"eligible_kinds\" <@ array['MATERNELLE'::text, 'ELEMENTAIRE'::text, 'PRIMAIRE'::text, 'COLLEGE'::text, 'LYCEE'::text, 'LYCEE_PRO'::text])",
    );
    this.addSql('alter table "call_campaign" add constraint "call_campaign_call_id_foreign" foreign key ("call_id") references "call" ("id")');
    this.addSql('alter table "call_campaign" add constraint "call_campaign_window" check (opens_on <= closes_on)');
    this.addSql(
      'alter table "priority_territory" add constraint "priority_territory_department_code_foreign" foreign key ("department_code") references "department" ("code")',
    );
    this.addSql('alter table "project" add constraint "project_call_id_foreign" foreign key ("call_id") references "call" ("id")');
    this.addSql(
      'alter table "project" add constraint "project_campaign_id_foreign" foreign key ("campaign_id") references "call_campaign" ("id") on delete set null',
    );
    this.addSql('alter table "project" add constraint "project_department_code_foreign" foreign key ("department_code") references "department" ("code")');
    this.addSql('alter table "project" add constraint "project_lead_school_uai_foreign" foreign key ("lead_school_uai") references "school" ("uai")');
    this.addSql('alter table "project" add constraint "project_reach_non_negative" check (pupils_reached >= 0 and teachers_reached >= 0)');
    this.addSql(
      "alter table \"project\" add constraint \"project_themes_check\" check (\"themes\" <@ array['ROBOTICS_CODING'::text, 'DIGITAL_CREATION'::text, 'MOVING_WITH_DIGITAL'::text, 'ORAL_AND_DIGITAL'::text, 'GIRLS_AND_DIGITAL'::text, 'DIGITAL_FOUNDATION'::text, 'INCLUSION'::text, 'PARENTALITY'::text, 'CITIZENSHIP'::text])",
    );
    this.addSql(
      'alter table "project_status_change" add constraint "project_status_change_project_id_foreign" foreign key ("project_id") references "project" ("id")',
    );
    this.addSql(
      'alter table "project_partner" add constraint "project_partner_project_id_foreign" foreign key ("project_id") references "project" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "project_partner" add constraint "project_partner_school_uai_foreign" foreign key ("school_uai") references "school" ("uai") on update cascade on delete cascade',
    );
  }
}
