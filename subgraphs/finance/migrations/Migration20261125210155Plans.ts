import { Migration } from '@mikro-orm/migrations';

export class Migration20261125210155Plans extends Migration {
  override async up(): Promise<void> {
    // The first balance check read `new.plan_id` on funding_plan rows too, which have no such field,
    // so that no plan could be inserted; databases migrated with it get the corrected function here
    // (each table names its own key, a line's delete its old row, a line's update both plans).
    this.addSql(`create or replace function funding_plan_balanced() returns trigger language plpgsql as $$
      declare plans uuid[];
      begin
        if tg_table_name = 'funding_plan' then plans := array[new.id];
        elsif tg_op = 'DELETE' then plans := array[old.plan_id];
        elsif tg_op = 'UPDATE' then plans := array[new.plan_id, old.plan_id];
        else plans := array[new.plan_id];
        end if;
        if exists (select 1 from funding_plan p where p.id = any(plans) and p.total_cost_cents <>
                   coalesce((select sum(l.amount_cents) from funding_line l where l.plan_id = p.id), 0)) then
          raise exception 'funding plan % lines do not add up to its total cost', plans[1] using errcode = '23514';
        end if;
        return null;
      end $$`);
    this.addSql('alter table "funding_plan" add "updated_at" timestamptz not null default now()');
    this.addSql('alter table "funding_plan" add constraint "funding_plan_subsidy_within_cost" check (requested_subsidy_cents <= total_cost_cents)');
    // Committed and paid lines never exceed their envelope: checked at commit, after locking the
    // envelope row, so that two transactions committing on one envelope are checked one after the
    // other (the service checks first, with a clear message, under the same lock).
    this.addSql(`create function funding_line_within_envelope() returns trigger language plpgsql as $$
      declare budget bigint; used bigint;
      begin
        select amount_cents into budget from envelope where id = new.envelope_id for update;
        select coalesce(sum(amount_cents), 0) into used from funding_line
         where envelope_id = new.envelope_id and status in ('COMMITTED', 'PAID');
        if used > budget then
          raise exception 'envelope % would be overspent: % cents committed for % cents', new.envelope_id, used, budget
            using errcode = '23514';
        end if;
        return null;
      end $$`);
    this.addSql(
      "create constraint trigger funding_line_within_envelope after insert or update on funding_line\n      deferrable initially deferred for each row when (new.status <> 'PLEDGED' and new.envelope_id is not null)\n      execute function funding_line_within_envelope()",
    );
  }
}
