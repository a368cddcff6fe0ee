import { Migration } from '@mikro-orm/migrations';

export class Migration20261204050556Structure extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "bassin" ("code" varchar(10) not null, "name" varchar(255) not null, "department_code" varchar(3) not null, primary key ("code"))',
    );
    this.addSql('create index "bassin_department_code_index" on "bassin" ("department_code")');
    this.addSql(
      'alter table "department" add "dsden_name" varchar(255) null, add "dsden_address" varchar(255) null, add "dsden_postal_code" varchar(5) null, add "dsden_commune_code" varchar(5) null',
    );
    this.addSql('alter table "school" add "bassin_code" varchar(10) null');
    this.addSql('alter table "school" add constraint "school_bassin_code_foreign" foreign key ("bassin_code") references "bassin" ("code") on delete set null');
    this.addSql('create index "school_bassin_code_index" on "school" ("bassin_code")');
    this.addSql('alter table "bassin" add constraint "bassin_department_code_foreign" foreign key ("department_code") references "department" ("code")');
    this.addSql('alter table "bassin" add constraint "bassin_code_shape" check (code ~ \'^[0-9A-Z]{2,10}$\')');
  }
}
