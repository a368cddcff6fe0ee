import { Migration } from '@mikro-orm/migrations';

export class Migration20261204025755Events extends Migration {
  override async up(): Promise<void> {
    this.addSql("create type \"submission_channel\" as enum ('ACADEMY_FORM', 'DEPARTMENT_E_SERVICES', 'EMAIL')");
    this.addSql("create type \"event_kind\" as enum ('SEMINAR', 'EXPLORCAMP', 'WEBINAR', 'CONFERENCE')");
    this.addSql("create type \"event_format\" as enum ('ON_SITE', 'ONLINE', 'HYBRID')");
    this.addSql(
      'create table "event" ("id" uuid not null, "code" varchar(40) not null, "department_code" varchar(3) not null, "title" varchar(255) not null, "description" text null, "kind" "event_kind" not null, "format" "event_format" not null, "starts_on" date not null, "ends_on" date not null, "venue" varchar(255) null, "commune_code" varchar(5) null, "audiences" text[] not null, "contribution_call_id" uuid null, primary key ("id"))',
    );
    this.addSql('alter table "event" add constraint "event_code_unique" unique ("code")');
    this.addSql('create index "event_department_code_index" on "event" ("department_code")');
    this.addSql('create index "event_starts_on_index" on "event" ("starts_on")');
    this.addSql('create table "event_training" ("event_id" uuid not null, "training_id" uuid not null, primary key ("event_id", "training_id"))');
    this.addSql(
      'alter table "call" add "submission_channel" "submission_channel" null, add "submission_url" varchar(500) null, add "submission_label" varchar(255) null, add "owner" varchar(255) null',
    );
    this.addSql('alter table "event" add constraint "event_department_code_foreign" foreign key ("department_code") references "department" ("code")');
    this.addSql(
      'alter table "event" add constraint "event_commune_code_foreign" foreign key ("commune_code") references "commune" ("code") on delete set null',
    );
    this.addSql(
      'alter table "event" add constraint "event_contribution_call_id_foreign" foreign key ("contribution_call_id") references "call" ("id") on delete set null',
    );
    this.addSql('alter table "event" add constraint "event_dates_in_order" check (starts_on <= ends_on)');
    this.addSql(
      "alter table \"event\" add constraint \"event_audiences_check\" check (\"audiences\" <@ array['TEACHERS'::text, 'SCHOOL_HEADS'::text, 'INSPECTORS'::text, 'DIGITAL_ADVISERS'::text, 'ELECTED_OFFICIALS'::text, 'PARENTS'::text, 'PARTNERS'::text])",
    );
    this.addSql(
      'alter table "event_training" add constraint "event_training_event_id_foreign" foreign key ("event_id") references "event" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "event_training" add constraint "event_training_training_id_foreign" foreign key ("training_id") references "training" ("id") on update cascade on delete cascade',
    );
  }
}
