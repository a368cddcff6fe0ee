import { Migration } from '@mikro-orm/migrations';

/**
 * Trainings with their sessions and targeted CRCN competences (count rule as a check constraint),
 * and resource deployments in schools.
 */
export class Migration20261125204508Training extends Migration {
  override async up(): Promise<void> {
    this.addSql("create type \"resource_kind\" as enum ('ENT', 'ROBOTICS_KIT', 'VR_SET', 'TABLET_CLASS_SET', 'TEACHER_RESOURCE_ACCOUNT', 'OTHER')");
    this.addSql("create type \"training_audience\" as enum ('FIRST_DEGREE', 'SECOND_DEGREE', 'TRAINERS', 'MANAGEMENT')");
    this.addSql("create type \"training_format\" as enum ('EAFC_COURSE', 'COMMUNITY_OF_PRACTICE', 'SEMINAR', 'WEBINAR', 'EXPLORCAMP_WORKSHOP')");
    this.addSql("create type \"training_provider\" as enum ('DRANE', 'RESEAU_CANOPE', 'EAFC', 'INSPE', 'OTHER')");
    this.addSql('create table "resource" ("code" varchar(32) not null, "name" varchar(255) not null, "kind" "resource_kind" not null, primary key ("code"))');
    this.addSql(
      'create table "resource_deployment" ("id" uuid not null default gen_random_uuid(), "school_uai" varchar(8) not null, "resource_code" varchar(32) not null, "since" date not null, "units" int not null, "recorded_at" timestamptz not null, primary key ("id"))',
    );
    this.addSql('create index "resource_deployment_school_uai_index" on "resource_deployment" ("school_uai")');
    this.addSql('create index "resource_deployment_resource_code_index" on "resource_deployment" ("resource_code")');
    this.addSql('create index "resource_deployment_since_index" on "resource_deployment" ("since")');
    this.addSql(
      'alter table "resource_deployment" add constraint "resource_deployment_school_resource_since_unique" unique ("school_uai", "resource_code", "since")',
    );
    this.addSql(
      'create table "training" ("id" uuid not null default gen_random_uuid(), "department_code" varchar(3) not null, "title" varchar(255) not null, "description" text null, "audience" "training_audience" not null, "format" "training_format" not null, "provider" "training_provider" not null, "parent_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"))',
    );
    this.addSql('create index "training_department_code_index" on "training" ("department_code")');
    this.addSql('create index "training_parent_id_index" on "training" ("parent_id")');
    this.addSql(
      'create table "training_competence" ("training_id" uuid not null, "competence_code" varchar(3) not null, primary key ("training_id", "competence_code"))',
    );
    this.addSql(
      'create table "training_session" ("id" uuid not null default gen_random_uuid(), "training_id" uuid not null, "date" date not null, "commune_code" varchar(5) null, "venue" varchar(255) null, "hours" numeric(5,2) not null, "capacity" int not null, "registered" int not null, "attended" int not null, "version" int not null default 1, primary key ("id"))',
    );
    this.addSql('create index "training_session_training_id_index" on "training_session" ("training_id")');
    this.addSql('create index "training_session_date_index" on "training_session" ("date")');
    this.addSql('create index "training_session_commune_code_index" on "training_session" ("commune_code")');
    this.addSql(
      'alter table "resource_deployment" add constraint "resource_deployment_school_uai_foreign" foreign key ("school_uai") references "school" ("uai")',
    );
    this.addSql(
      'alter table "resource_deployment" add constraint "resource_deployment_resource_code_foreign" foreign key ("resource_code") references "resource" ("code")',
    );
    this.addSql('alter table "resource_deployment" add constraint "resource_deployment_units_positive" check (units > 0)');
    this.addSql('alter table "training" add constraint "training_department_code_foreign" foreign key ("department_code") references "department" ("code")');
    this.addSql('alter table "training" add constraint "training_parent_id_foreign" foreign key ("parent_id") references "training" ("id") on delete set null');
    this.addSql('alter table "training" add constraint "training_not_own_parent" check (parent_id is null or parent_id <> id)');
    this.addSql(
      'alter table "training_competence" add constraint "training_competence_training_id_foreign" foreign key ("training_id") references "training" ("id") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "training_competence" add constraint "training_competence_competence_code_foreign" foreign key ("competence_code") references "crcn_competence" ("code") on update cascade on delete cascade',
    );
    this.addSql(
      'alter table "training_session" add constraint "training_session_training_id_foreign" foreign key ("training_id") references "training" ("id")',
    );
    this.addSql(
      'alter table "training_session" add constraint "training_session_commune_code_foreign" foreign key ("commune_code") references "commune" ("code") on delete set null',
    );
    this.addSql('alter table "training_session" add constraint "training_session_place" check (commune_code is not null or venue is not null)');
    this.addSql('alter table "training_session" add constraint "training_session_hours_positive" check (hours > 0)');
    this.addSql(
      'alter table "training_session" add constraint "training_session_counts" check (0 <= attended and attended <= registered and registered <= capacity)',
    );
  }
}
