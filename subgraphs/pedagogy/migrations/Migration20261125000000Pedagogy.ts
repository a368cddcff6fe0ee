import { Migration } from '@mikro-orm/migrations';

/** Reference data of pedagogy: departments, EPCIs, communes, schools. */
export class Migration20261125000000Pedagogy extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "school_kind" as enum ('MATERNELLE', 'ELEMENTAIRE', 'PRIMAIRE', 'COLLEGE', 'LYCEE', 'LYCEE_PRO')`);
    this.addSql(`create type "school_sector" as enum ('PUBLIC', 'PRIVATE')`);
    this.addSql(
      `create table "department" ("code" varchar(3) not null, "name" varchar(255) not null, "region_code" varchar(2) not null, "region_name" varchar(255) not null, "academy" varchar(255) not null, "population" int not null, "tne_cohort_year" int null, "programme_start" date null, "programme_end" date null, primary key ("code"))`,
    );
    this.addSql(
      `create table "epci" ("siren" varchar(9) not null, "name" varchar(255) not null, "kind" varchar(8) not null, "population" int not null, primary key ("siren"))`,
    );
    this.addSql(
      `create table "commune" ("code" varchar(5) not null, "name" varchar(255) not null, "department_code" varchar(3) not null, "epci_siren" varchar(9) null, "siren" varchar(9) null, "population" int not null, primary key ("code"))`,
    );
    this.addSql(`create index "commune_department_code_index" on "commune" ("department_code")`);
    this.addSql(`create index "commune_epci_siren_index" on "commune" ("epci_siren")`);
    this.addSql(
      `create table "school" ("uai" varchar(8) not null, "name" varchar(255) not null, "kind" "school_kind" not null, "sector" "school_sector" not null, "department_code" varchar(3) not null, "commune_code" varchar(5) not null, "pupils" int not null, "tne_joined_year" int null, primary key ("uai"))`,
    );
    this.addSql(`create index "school_department_code_index" on "school" ("department_code")`);
    this.addSql(`create index "school_commune_code_index" on "school" ("commune_code")`);
    this.addSql(`alter table "department" add constraint "department_population_non_negative" check (population >= 0)`);
    this.addSql(`alter table "commune" add constraint "commune_department_code_foreign" foreign key ("department_code") references "department" ("code")`);
    this.addSql(`alter table "commune" add constraint "commune_epci_siren_foreign" foreign key ("epci_siren") references "epci" ("siren") on delete set null`);
    this.addSql(`alter table "school" add constraint "school_department_code_foreign" foreign key ("department_code") references "department" ("code")`);
    this.addSql(`alter table "school" add constraint "school_commune_code_foreign" foreign key ("commune_code") references "commune" ("code")`);
    this.addSql(`alter table "school" add constraint "school_pupils_non_negative" check (pupils >= 0)`);
    this.addSql(`alter table "school" add constraint "school_uai_shape" check (uai ~ '^[0-9]{7}[A-Z]$')`);
  }
}
