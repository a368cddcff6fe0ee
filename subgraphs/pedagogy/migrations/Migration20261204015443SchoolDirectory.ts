import { Migration } from '@mikro-orm/migrations';

/** What the national school directory gives schools: circonscriptions, priority education, coordinates, state. */
export class Migration20261204015443SchoolDirectory extends Migration {
  override async up(): Promise<void> {
    this.addSql("create type \"priority_education\" as enum ('REP', 'REP_PLUS')");
    this.addSql("create type \"school_state\" as enum ('OPEN', 'OPENING', 'CLOSING', 'CLOSED')");
    this.addSql(
      'create table "circonscription" ("code" varchar(8) not null, "name" varchar(255) not null, "department_code" varchar(3) not null, primary key ("code"))',
    );
    this.addSql('create index "circonscription_department_code_index" on "circonscription" ("department_code")');
    this.addSql(
      'alter table "school" add "circonscription_code" varchar(8) null, add "priority_education" "priority_education" null, add "latitude" double precision null, add "longitude" double precision null, add "state" "school_state" not null default \'OPEN\'',
    );
    this.addSql(
      'alter table "school" add constraint "school_circonscription_code_foreign" foreign key ("circonscription_code") references "circonscription" ("code") on delete set null',
    );
    this.addSql('create index "school_circonscription_code_index" on "school" ("circonscription_code")');
    this.addSql(
      'alter table "school" add constraint "school_coordinates" check ((latitude is null) = (longitude is null) and abs(latitude)::numeric <= 90 and abs(longitude)::numeric <= 180)',
    );
    this.addSql(
      'alter table "circonscription" add constraint "circonscription_department_code_foreign" foreign key ("department_code") references "department" ("code")',
    );
    this.addSql('alter table "circonscription" add constraint "circonscription_code_shape" check (code ~ \'^[0-9]{7}[A-Z]$\')');
  }
}
