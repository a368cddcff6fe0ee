import { Migration } from '@mikro-orm/migrations';

export class Migration20261125210435Receipts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      'create table "commission_decision_receipt" ("decision_id" uuid not null, "project_id" uuid not null, "received_at" timestamptz not null default now(), primary key ("decision_id"))',
    );
    this.addSql('create index "commission_decision_receipt_project_id_index" on "commission_decision_receipt" ("project_id")');
    this.addSql(
      'alter table "commission_decision_receipt" add constraint "commission_decision_receipt_project_id_foreign" foreign key ("project_id") references "project" ("id")',
    );
  }
}
