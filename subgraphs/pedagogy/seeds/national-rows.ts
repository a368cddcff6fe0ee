import { cols, type TableRows } from '../../../platform/seeds/bulk.js';
import type { NationalDepartment } from '../../../platform/seeds/national.js';
import { boundsOf, nationalCalls, nationalProjects } from '../../../platform/seeds/national-projects.js';
import { Theme } from '../calls/theme.js';
import { checkHistory } from '../projects/project.history.js';
import { THEME_LABELS } from '../projects/theme-labels.js';

/** Reference rows of a department: its EPCIs (some already there, straddling a demo department), communes and schools. */
export function referenceRows(departments: readonly NationalDepartment[]): TableRows[] {
  const epcis = new Map(departments.flatMap((d) => d.epcis.map((e) => [e.code, e] as const)));
  return [
    {
      table: 'epci',
      columns: cols('siren', 'name', 'kind', 'population int'),
      onConflict: 'on conflict (siren) do nothing',
      rows: [...epcis.values()].sort((a, b) => a.code.localeCompare(b.code)).map((e) => [e.code, e.nom, e.type, e.populationMunicipale ?? 0]),
    },
    {
      table: 'commune',
      columns: cols('code', 'name', 'department_code', 'epci_siren', 'siren', 'population int'),
      rows: departments.flatMap((d) => d.communes.map((c) => [c.code, c.nom, d.code, d.epciOf.get(c.code) ?? null, c.siren ?? null, c.population ?? 0])),
    },
    {
      table: 'school',
      columns: cols('uai', 'name', 'kind school_kind', 'sector school_sector', 'department_code', 'commune_code', 'pupils int', 'tne_joined_year int'),
      rows: departments.flatMap((d) => d.schools.map((s) => [s.uai, s.name, s.kind, s.sector, s.departmentCode, s.communeCode, s.pupils, s.tneJoinedYear])),
    },
  ];
}

/** The themes of the national seed's calls: the programme's first nine (Finistère's later ones are its own). */
const ALL_THEMES = [
  Theme.ROBOTICS_CODING,
  Theme.DIGITAL_CREATION,
  Theme.MOVING_WITH_DIGITAL,
  Theme.ORAL_AND_DIGITAL,
  Theme.GIRLS_AND_DIGITAL,
  Theme.DIGITAL_FOUNDATION,
  Theme.INCLUSION,
  Theme.PARENTALITY,
  Theme.CITIZENSHIP,
];
const THEME_LABEL: Readonly<Record<string, string>> = THEME_LABELS;

/** Calls with their campaigns, projects with their lead and partner schools, and each project's status history. */
export function projectRows(departments: readonly NationalDepartment[], seed: number): TableRows[] {
  const calls: TableRows = {
    table: 'call',
    columns: cols(
      'id uuid',
      'code',
      'department_code',
      'title',
      'kind call_kind',
      'themes text[]',
      'eligible_kinds text[]',
      'partnerships_allowed bool',
      'funding_requested bool',
    ),
    rows: [],
  };
  const campaigns: TableRows = {
    table: 'call_campaign',
    columns: cols('id uuid', 'call_id uuid', 'name', 'opens_on date', 'closes_on date', 'eligibility eligibility'),
    rows: [],
  };
  const projects: TableRows = {
    table: 'project',
    columns: cols(
      'id uuid',
      'call_id uuid',
      'campaign_id uuid',
      'department_code',
      'lead_school_uai',
      'title',
      'summary',
      'themes text[]',
      'status project_status',
      'submitted_on date',
      'pupils_reached int',
      'teachers_reached int',
      'girls_reached int',
      'special_needs_reached int',
    ),
    rows: [],
  };
  const partners: TableRows = { table: 'project_partner', columns: cols('project_id uuid', 'school_uai'), rows: [] };
  const history: TableRows = {
    table: 'project_status_change',
    columns: cols(
      'id uuid',
      'project_id uuid',
      'from_status project_status',
      'to_status project_status',
      'effective_on date',
      'recorded_at timestamptz',
      'recorded_by',
      'recorded_by_role',
      'reason',
    ),
    rows: [],
  };
  for (const department of departments) {
    const departmentCalls = nationalCalls(department, seed);
    for (const call of departmentCalls) {
      calls.rows.push([call.id, call.code, department.code, call.title, call.kind, ALL_THEMES, [], call.partnershipsAllowed, true]);
      for (const c of call.campaigns) campaigns.rows.push([c.id, call.id, c.name, c.opensOn, c.closesOn, 'ALL_SCHOOLS']);
    }
    const campaignOf = new Map(departmentCalls.flatMap((call) => call.campaigns.map((c) => [c.id, c] as const)));
    for (const p of nationalProjects(department, departmentCalls, seed)) {
      // The history's rules, as for the demonstration's projects: a generated row the API would refuse stops the seed.
      checkHistory(p.history, boundsOf(department, campaignOf.get(p.campaignId)!), p.submittedOn);
      const title = `${THEME_LABEL[p.theme]} — ${p.lead.name}`.slice(0, 255);
      const summary = `Projet « ${THEME_LABEL[p.theme]!.toLowerCase()} » porté par l'établissement ${p.lead.uai}.`;
      projects.rows.push([
        p.id,
        p.callId,
        p.campaignId,
        p.departmentCode,
        p.lead.uai,
        title,
        summary,
        [p.theme],
        p.status,
        p.submittedOn,
        p.pupilsReached,
        p.teachersReached,
        // As the demonstration seed derives them, on every accepted project: girls (60 % on girls-and-digital
        // projects, 48 % elsewhere), pupils with special needs (10 % on inclusion projects, 3 % elsewhere).
        p.pupilsReached > 0 ? Math.round(p.pupilsReached * (p.theme === 'GIRLS_AND_DIGITAL' ? 0.6 : 0.48)) : null,
        p.pupilsReached > 0 ? Math.round(p.pupilsReached * (p.theme === 'INCLUSION' ? 0.1 : 0.03)) : null,
      ]);
      for (const uai of p.partners) partners.rows.push([p.id, uai]);
      // Recorded when it took effect (not now()), so that two runs write identical rows.
      for (const h of p.history) history.rows.push([h.id, p.id, h.from, h.to, h.on, `${h.on}T12:00:00Z`, 'seed:national', 'ADMIN', h.reason]);
    }
  }
  return [calls, campaigns, projects, partners, history];
}
