import { Migration } from '@mikro-orm/migrations';

export class Migration20261203160000Synthetic extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "department" add column "synthetic" boolean not null default false');
  }
}
