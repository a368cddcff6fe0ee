import type pg from 'pg';
import {
  cols,
  seedDepartments,
  silentProgress,
  writeWithProgress,
  type NationalReport,
  type ProgressFactory,
  type Row,
  type TableRows,
} from '../../../platform/seeds/bulk.js';
import { checkWithinProgramme, programmeOf } from '../../../platform/programme.js';
import { randomFor, seedUuid, type NationalDepartment, type NationalRun } from '../../../platform/seeds/national.js';
import { anchorSchools, familyRows } from './national-families.js';
import { seededReach } from './workshop-reach.js';

const TOPICS: Record<string, string[]> = {
  E_PARENTALITY: ['Les écrans en famille', "Suivre la scolarité avec l'ENT", 'Contrôle parental'],
  DIGITAL_CAFE: ['Café numérique : démarches en ligne', 'Café numérique : réseaux sociaux'],
  FAMILY_SUPPORT: ['Accompagnement des familles éloignées du numérique'],
  MOBILE_MULTIMEDIA: ['Escale multimédia itinérante'],
  HOMEWORK_ONLINE: ['E-devoirs faits'],
};
const KINDS = Object.keys(TOPICS);

/** A department's partners: social centres and a library in its largest towns, an association, a federation where the TNE runs. */
function partners(department: NationalDepartment, seed: number): Row[] {
  const towns = [...department.communes].sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.code.localeCompare(b.code));
  const town = (i: number) => towns[Math.min(i, towns.length - 1)]!;
  const list: Array<[string, string, string | null]> = [
    [`Centre social de ${town(0).nom}`, 'SOCIAL_CENTRE', town(0).code],
    [`Médiathèque de ${town(1).nom}`, 'LIBRARY', town(1).code],
    [`Association ${department.name} numérique solidaire`, 'ASSOCIATION', null],
  ];
  if (department.tneCohort !== null) {
    list.push([`Centre social de ${town(2).nom}`, 'SOCIAL_CENTRE', town(2).code], [`Fédération des centres sociaux — ${department.name}`, 'FEDERATION', null]);
  }
  return list.map(([name, kind, commune], i) => [seedUuid(seed, 'partner', department.code, i), department.code, name, kind, commune]);
}

/**
 * Workshops at the TNE schools in programme departments (0 to 4 each, over the two years after
 * joining, as the demonstration seed), elsewhere in the communes of the largest towns' schools;
 * attendance never above capacity, small groups included (statistical secrecy has work to do).
 */
function workshops(department: NationalDepartment, seed: number, partnerIds: readonly string[]): Row[] {
  const random = randomFor(seed, department.code, 'workshops');
  const rows: Row[] = [];
  const tne = department.tneCohort !== null;
  for (const school of anchorSchools(department)) {
    const count = tne ? random.int(0, 4) : random.int(0, 3) === 0 ? 1 : 0;
    for (let i = 0; i < count; i++) {
      const kind = random.pick(KINDS);
      const capacity = random.pick([8, 12, 15, 20, 25]);
      // The school year a TNE school joined or the next, never after the programme's last school year.
      const drawn = (school.tneJoinedYear ?? random.int(2022, 2024)) + random.int(0, 1);
      const programme = programmeOf(department.code);
      const year = programme ? Math.min(drawn, Number(programme.programmeEnd.slice(0, 4)) - 1) : drawn;
      const heldOn = `${year + (i % 2)}-${i % 2 ? '03' : '11'}-${String(random.int(1, 28)).padStart(2, '0')}`;
      checkWithinProgramme(programme, heldOn, 'A workshop', 'heldOn');
      // Drawn in the order they always were (topic, attendance, partner), so the rows stay the same.
      const topic = random.pick(TOPICS[kind]!);
      const attendance = random.int(2, capacity);
      const reach = seededReach(kind, attendance);
      rows.push([
        seedUuid(seed, 'workshop', school.uai, i),
        department.code,
        school.communeCode,
        tne ? school.uai : null,
        kind,
        topic,
        heldOn,
        capacity,
        attendance,
        random.pick(partnerIds),
        reach.girlsReached,
        reach.specialNeedsReached,
      ]);
    }
  }
  return rows;
}

/**
 * Parentality's national rows, in one transaction: partners, workshops, households with their
 * participations, devices and loans. Departments that already have partner organisations (only
 * seeds add them) are left alone.
 */
export function seedNationalParentality(pool: pg.Pool, run: NationalRun, progress: ProgressFactory = silentProgress): Promise<NationalReport> {
  return seedDepartments(pool, run.departments, 'partner_organisation', async (client, todo, counts) => {
    const partnerRows: TableRows = {
      table: 'partner_organisation',
      columns: cols('id uuid', 'department_code', 'name', 'kind partner_kind', 'commune_code'),
      rows: [],
    };
    const workshopRows: TableRows = {
      table: 'workshop',
      rows: [],
      columns: cols(
        'id uuid',
        'department_code',
        'commune_code',
        'school_uai',
        'kind workshop_kind',
        'topic',
        'held_on date',
        'capacity int',
        'attendance int',
        'partner_id uuid',
        'girls_reached int',
        'special_needs_reached int',
      ),
    };
    const families: TableRows[] = [];
    for (const department of todo) {
      const own = partners(department, run.seed);
      const held = workshops(
        department,
        run.seed,
        own.map((p) => p[0] as string),
      );
      partnerRows.rows.push(...own);
      workshopRows.rows.push(...held);
      families.push(
        ...familyRows(
          department,
          run.seed,
          own.map((p) => p[0] as string),
          held.map((w) => ({ id: w[0] as string, communeCode: w[2] as string })),
        ),
      );
    }
    // Parents first: every household, then every participation, device and loan.
    const order = ['household', 'workshop_participation', 'device', 'loan'];
    const merged = order.map((table) => ({
      ...families.find((t) => t.table === table)!,
      rows: families.filter((t) => t.table === table).flatMap((t) => t.rows),
    }));
    const tables = [partnerRows, workshopRows, ...(todo.length ? merged : [])];
    await writeWithProgress(client, tables, counts, progress, 'parentality');
  });
}
