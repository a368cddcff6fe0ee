import { Migration } from '@mikro-orm/migrations';

export class Migration20261204051140ProgrammeContacts extends Migration {
  override async up(): Promise<void> {
    this.addSql("create type \"programme_role\" as enum ('PROJECT_LEAD', 'ERUN_REFERENT', 'CHARGE_DE_MISSION', 'COUNCIL_REFERENT', 'PARENTALITY_COORDINATOR')");
    this.addSql("create type \"contact_organisation\" as enum ('DSDEN', 'DRANE', 'RECTORAT', 'DEPARTMENT_COUNCIL', 'PREFECTURE', 'CAF')");
    this.addSql(
      'create table "programme_contact" ("id" uuid not null, "department_code" varchar(3) not null, "role" "programme_role" not null, "organisation" "contact_organisation" not null, "label" varchar(255) not null, "mailbox" varchar(255) not null, primary key ("id"))',
    );
    this.addSql('create index "programme_contact_department_code_index" on "programme_contact" ("department_code")');
    this.addSql(
      'alter table "programme_contact" add constraint "programme_contact_department_role_mailbox_unique" unique ("department_code", "role", "mailbox")',
    );
    this.addSql(
      'alter table "programme_contact" add constraint "programme_contact_department_code_foreign" foreign key ("department_code") references "department" ("code")',
    );
    this.addSql(
      'alter table "programme_contact" add constraint "programme_contact_mailbox_shape" check (mailbox ~ \'^[a-z0-9._+-]+@[a-z0-9.-]+\\.[a-z]{2,}$\')',
    );
  }
}
