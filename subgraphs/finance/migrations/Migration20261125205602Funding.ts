import { Migration } from '@mikro-orm/migrations';

export class Migration20261125205602Funding extends Migration {
  override async up(): Promise<void> {
    this.addSql("create type \"volet\" as enum ('EQUIPMENT', 'TRAINING', 'RESOURCES', 'PARENTALITY')");
    this.addSql("create type \"line_status\" as enum ('PLEDGED', 'COMMITTED', 'PAID')");
    this.addSql("create type \"verdict\" as enum ('ACCEPTED', 'REJECTED')");
    this.addSql(
      'create table "audit_entry" ("id" uuid not null default gen_random_uuid(), "at" timestamptz not null default now(), "department_code" varchar(3) not null, "entity_type" varchar(255) not null, "entity_id" uuid not null, "action" varchar(255) not null, "actor_subject" varchar(255) not null, "actor_role" varchar(255) not null, "before" jsonb null, "after" jsonb null, primary key ("id"))',
    );
    this.addSql('create index "audit_entry_entity_id_index" on "audit_entry" ("entity_id")');
    this.addSql('create index "audit_entry_department_at" on "audit_entry" ("department_code", "at")');
    this.addSql(
      'create table "commission" ("id" uuid not null default gen_random_uuid(), "department_code" varchar(3) not null, "name" varchar(255) not null, "meets_on" date not null, primary key ("id"))',
    );
    this.addSql('create index "commission_department_code_index" on "commission" ("department_code")');
    this.addSql(
      'create table "funder" ("id" uuid not null default gen_random_uuid(), "kind" "funder_kind" not null, "name" varchar(255) not null, "territory_code" varchar(9) null, "department_codes" text[] not null, primary key ("id"))',
    );
    this.addSql('alter table "funder" add constraint "funder_territory_unique" unique ("kind", "territory_code")');
    this.addSql(
      'create table "envelope" ("id" uuid not null default gen_random_uuid(), "funder_id" uuid not null, "department_code" varchar(3) not null, "volet" "volet" not null, "amount_cents" bigint not null, "starts_on" date not null, "ends_on" date not null, primary key ("id"))',
    );
    this.addSql('create index "envelope_department_code_index" on "envelope" ("department_code")');
    this.addSql('alter table "envelope" add constraint "envelope_funder_department_volet_unique" unique ("funder_id", "department_code", "volet")');
    this.addSql(
      'create table "funding_plan" ("id" uuid not null default gen_random_uuid(), "project_id" uuid not null, "department_code" varchar(3) not null, "total_cost_cents" bigint not null, "requested_subsidy_cents" bigint not null, "version" int not null default 1, primary key ("id"))',
    );
    this.addSql('alter table "funding_plan" add constraint "funding_plan_project_id_unique" unique ("project_id")');
    this.addSql('create index "funding_plan_department_code_index" on "funding_plan" ("department_code")');
    this.addSql(
      'create table "funding_line" ("id" uuid not null default gen_random_uuid(), "plan_id" uuid not null, "position" int not null, "funder_id" uuid not null, "volet" "volet" not null, "envelope_id" uuid null, "amount_cents" bigint not null, "status" "line_status" not null default \'PLEDGED\', primary key ("id"))',
    );
    this.addSql('create index "funding_line_plan_id_index" on "funding_line" ("plan_id")');
    this.addSql('create index "funding_line_funder_id_index" on "funding_line" ("funder_id")');
    this.addSql('create index "funding_line_envelope_id_index" on "funding_line" ("envelope_id")');
    this.addSql(
      'create table "outbox_message" ("id" uuid not null default gen_random_uuid(), "topic" varchar(255) not null, "payload" jsonb not null, "created_at" timestamptz not null default now(), "delivered_at" timestamptz null, "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(), "last_error" text null, primary key ("id"))',
    );
    this.addSql('create index "outbox_message_pending" on "outbox_message" ("delivered_at", "next_attempt_at")');
    this.addSql(
      'create table "subsidy" ("id" uuid not null default gen_random_uuid(), "commission_id" uuid not null, "project_id" uuid not null, "department_code" varchar(3) not null, "verdict" "verdict" not null, "amount_cents" bigint not null, "reason" text null, "decided_on" date not null, "version" int not null default 1, primary key ("id"))',
    );
    this.addSql('create index "subsidy_commission_id_index" on "subsidy" ("commission_id")');
    this.addSql('alter table "subsidy" add constraint "subsidy_project_id_unique" unique ("project_id")');
    this.addSql('create index "subsidy_department_code_index" on "subsidy" ("department_code")');
    this.addSql(
      'create table "disbursement" ("id" uuid not null default gen_random_uuid(), "subsidy_id" uuid not null, "amount_cents" bigint not null, "paid_on" date not null, primary key ("id"))',
    );
    this.addSql('create index "disbursement_subsidy_id_index" on "disbursement" ("subsidy_id")');
    this.addSql('alter table "envelope" add constraint "envelope_funder_id_foreign" foreign key ("funder_id") references "funder" ("id")');
    this.addSql('alter table "envelope" add constraint "envelope_period" check (starts_on <= ends_on)');
    this.addSql('alter table "envelope" add constraint "envelope_amount_non_negative" check (amount_cents >= 0)');
    this.addSql('alter table "funding_plan" add constraint "funding_plan_amounts_non_negative" check (total_cost_cents >= 0 and requested_subsidy_cents >= 0)');
    this.addSql(
      'alter table "funding_line" add constraint "funding_line_plan_id_foreign" foreign key ("plan_id") references "funding_plan" ("id") on delete cascade',
    );
    this.addSql('alter table "funding_line" add constraint "funding_line_funder_id_foreign" foreign key ("funder_id") references "funder" ("id")');
    this.addSql(
      'alter table "funding_line" add constraint "funding_line_envelope_id_foreign" foreign key ("envelope_id") references "envelope" ("id") on delete set null',
    );
    this.addSql('alter table "funding_line" add constraint "funding_line_committed_has_envelope" check (status = \'PLEDGED\' or envelope_id is not null)');
    this.addSql('alter table "funding_line" add constraint "funding_line_amount_non_negative" check (amount_cents >= 0)');
    this.addSql('alter table "subsidy" add constraint "subsidy_commission_id_foreign" foreign key ("commission_id") references "commission" ("id")');
    this.addSql(
      'alter table "subsidy" add constraint "subsidy_verdict_amount" check ((verdict = \'ACCEPTED\' and amount_cents > 0) or (verdict = \'REJECTED\' and amount_cents = 0 and reason is not null))',
    );
    this.addSql('alter table "disbursement" add constraint "disbursement_subsidy_id_foreign" foreign key ("subsidy_id") references "subsidy" ("id")');
    this.addSql('alter table "disbursement" add constraint "disbursement_amount_positive" check (amount_cents > 0)');
    // Lines add up to the plan's total cost: checked at commit (deferred), so a transaction may
    // change a plan and its lines in any order. The service checks it first, with a clear message.
    this.addSql(`create function funding_plan_balanced() returns trigger language plpgsql as $$
      declare plan uuid;
      begin
        if tg_table_name = 'funding_plan' then plan := new.id;
        elsif tg_op = 'DELETE' then plan := old.plan_id;
        else plan := new.plan_id;
        end if;
        if exists (select 1 from funding_plan p where p.id = plan and p.total_cost_cents <>
                   coalesce((select sum(l.amount_cents) from funding_line l where l.plan_id = p.id), 0)) then
          raise exception 'funding plan % lines do not add up to its total cost', plan using errcode = '23514';
        end if;
        return null;
      end $$`);
    this.addSql(`create constraint trigger funding_line_balanced after insert or update or delete on funding_line
      deferrable initially deferred for each row execute function funding_plan_balanced()`);
    this.addSql(`create constraint trigger funding_plan_balanced after insert or update on funding_plan
      deferrable initially deferred for each row execute function funding_plan_balanced()`);
  }
}
