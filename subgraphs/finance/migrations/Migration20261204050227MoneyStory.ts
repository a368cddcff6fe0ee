import { Migration } from '@mikro-orm/migrations';

/**
 * One money story: funding lines carry their commitment and payment days; a plan funds a project,
 * a school's equipment, a training or a year of parentality workshops; equipment grants become
 * the lines of schools' equipment plans (the old table's rows are turned into plans first, so a
 * database with data keeps its money), and `equipment_grant` is now a view of those lines.
 */
export class Migration20261204050227MoneyStory extends Migration {
  override async up(): Promise<void> {
    this.addSql('alter table "funding_plan" add "school_uai" varchar(8) null, add "training_id" uuid null, add "parentality_year" varchar(9) null');
    this.addSql('alter table "funding_plan" alter column "project_id" drop not null');
    this.addSql('alter table "funding_plan" add constraint "funding_plan_school_uai_unique" unique ("school_uai")');
    this.addSql('alter table "funding_plan" add constraint "funding_plan_training_id_unique" unique ("training_id")');
    this.addSql('alter table "funding_plan" add constraint "funding_plan_parentality_year_unique" unique ("department_code", "parentality_year")');
    this.addSql('alter table "funding_line" add "committed_on" date null, add "paid_on" date null');
    this.addSql('create index "funding_line_committed_on_index" on "funding_line" ("committed_on")');

    // Lines engaged before they had dates: committed on their project's decision (else on the
    // plan's last change), paid on the last payment of the subsidy (never before the commitment).
    this.addSql(`update funding_line l set committed_on = coalesce(
        (select s.decided_on from funding_plan p join subsidy s on s.project_id = p.project_id where p.id = l.plan_id),
        (select p.updated_at::date from funding_plan p where p.id = l.plan_id))
      where l.status in ('COMMITTED', 'PAID')`);
    this.addSql(`update funding_line l set paid_on = greatest(l.committed_on, coalesce(
        (select max(d.paid_on) from funding_plan p join subsidy s on s.project_id = p.project_id
           join disbursement d on d.subsidy_id = s.id where p.id = l.plan_id), l.committed_on))
      where l.status = 'PAID'`);

    // Equipment grants become one plan per school, a line per grant. The old rows named the
    // funder's kind only: the State, the department council and the region are unique per
    // department; a commune's or EPCI's share goes to the first such funder of the department
    // (the commune is not known to finance). A line is committed on its grant day when its
    // funder has an EQUIPMENT envelope with room left (the envelope trigger still holds), else pledged.
    this.addSql(`insert into funding_plan (id, school_uai, department_code, total_cost_cents, requested_subsidy_cents)
      select gen_random_uuid(), school_uai, min(department_code), sum(amount_cents),
             coalesce(sum(amount_cents) filter (where funder_kind = 'STATE'), 0)
        from equipment_grant group by school_uai`);
    this.addSql(`with grant_line as (
        select g.*, p.id as plan_id,
               row_number() over (partition by g.school_uai order by g.granted_on, g.funder_kind, g.id) - 1 as position,
               (select f.id from funder f where f.kind = g.funder_kind and g.department_code = any(f.department_codes)
                 order by (f.territory_code = g.department_code) desc, f.territory_code, f.id limit 1) as funder_id
          from equipment_grant g join funding_plan p on p.school_uai = g.school_uai),
      placed as (
        select gl.*, e.id as envelope_id, e.amount_cents - coalesce((select sum(x.amount_cents) from funding_line x
                 where x.envelope_id = e.id and x.status in ('COMMITTED', 'PAID')), 0) as room,
               sum(gl.amount_cents) over (partition by e.id order by gl.granted_on, gl.id) as running
          from grant_line gl left join envelope e
            on e.funder_id = gl.funder_id and e.department_code = gl.department_code and e.volet = 'EQUIPMENT')
      insert into funding_line (id, plan_id, position, funder_id, volet, envelope_id, amount_cents, status, committed_on)
      select id, plan_id, position, funder_id, 'EQUIPMENT',
             case when envelope_id is not null and running <= room then envelope_id end, amount_cents,
             case when envelope_id is not null and running <= room then 'COMMITTED' else 'PLEDGED' end::line_status,
             case when envelope_id is not null and running <= room then granted_on end
        from placed`);
    // The balance and envelope triggers are deferred: run them now, before the tables are altered.
    this.addSql('set constraints all immediate');
    this.addSql('drop table "equipment_grant" cascade');
    this.addSql(
      'alter table "funding_plan" add constraint "funding_plan_one_subject" check (num_nonnulls(project_id, school_uai, training_id, parentality_year) = 1)',
    );
    this.addSql(
      `alter table "funding_line" add constraint "funding_line_dates" check ((status = 'PLEDGED' and committed_on is null and paid_on is null) or (status = 'COMMITTED' and committed_on is not null and paid_on is null) or (status = 'PAID' and committed_on is not null and paid_on >= committed_on))`,
    );
    this.addSql(`create view "equipment_grant" as select l.id, p.department_code, p.school_uai, f.kind as funder_kind, l.amount_cents, l.committed_on as granted_on
    from funding_line l join funding_plan p on p.id = l.plan_id join funder f on f.id = l.funder_id
    where p.school_uai is not null and l.volet = 'EQUIPMENT' and l.status in ('COMMITTED', 'PAID')`);
  }
}
