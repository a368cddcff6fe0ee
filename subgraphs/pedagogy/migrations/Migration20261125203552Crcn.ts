import { Migration } from '@mikro-orm/migrations';

export class Migration20261125203552Crcn extends Migration {
  override async up(): Promise<void> {
    this.addSql('create table "crcn_domain" ("code" varchar(1) not null, "name" varchar(255) not null, primary key ("code"))');
    this.addSql(
      'create table "crcn_competence" ("code" varchar(3) not null, "name" varchar(255) not null, "domain_code" varchar(1) not null, primary key ("code"))',
    );
    this.addSql(
      'alter table "crcn_competence" add constraint "crcn_competence_domain_code_foreign" foreign key ("domain_code") references "crcn_domain" ("code")',
    );
  }
}
