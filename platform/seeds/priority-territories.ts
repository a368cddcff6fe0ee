import type { RawCommune, RawEpci } from './administrative.js';
import type { DemoSchool } from './demo-schools.js';

/**
 * Which demonstration schools could join the TNE when. Finistère's campaigns took only schools of
 * its priority territories until 2022-2023 (docs/DOMAIN.md, calls/call.seed.ts), so a school that
 * joined in 2021 or 2022 lies in one. The territories are drawn by pedagogy's seed
 * (territories/priority-territory.seed.ts) from the same reference data: the seven least populated
 * EPCIs whose seeded communes all lie in the department. Finance and parentality read the schools
 * from here, never pedagogy's database, hence the same drawing in code.
 */
export const PRIORITY_ONLY_YEARS: Readonly<Record<string, readonly number[]>> = { '29': [2021, 2022] };
const TERRITORIES = 7;

/** Communes of the department's priority territories, among the seeded communes (all demonstration departments). */
export function priorityCommunes(departmentCode: string, communes: readonly RawCommune[], epcis: readonly RawEpci[]): Set<string> {
  const codes = new Set(communes.map((c) => c.code));
  const epciOf = new Map<string, RawEpci>();
  for (const epci of epcis) if (epci.membres.some((m) => codes.has(m.code))) for (const m of epci.membres) epciOf.set(m.code, epci);
  const members = new Map<RawEpci, RawCommune[]>();
  for (const commune of communes) {
    const epci = epciOf.get(commune.code);
    if (epci) members.set(epci, [...(members.get(epci) ?? []), commune]);
  }
  const chosen = [...members]
    .filter(([, list]) => list.every((c) => c.departement === departmentCode))
    .map(([epci]) => epci)
    .sort((a, b) => (a.populationMunicipale ?? 0) - (b.populationMunicipale ?? 0) || a.code.localeCompare(b.code))
    .slice(0, TERRITORIES);
  return new Set(chosen.flatMap((epci) => members.get(epci)!.map((c) => c.code)));
}

/**
 * A TNE school that joined in a priority-only year outside the priority territories hands its
 * membership to a school of a territory that has none (écoles and collèges, in UAI order), so each
 * year keeps its count; when no such school is left, it joins in the first year open to all.
 */
export function keepTneEligible(schools: DemoSchool[], priorityYears: readonly number[], priority: ReadonlySet<string>, allYears: readonly number[]): void {
  const spare = schools.filter((s) => s.tneJoinedYear === null && priority.has(s.communeCode) && s.kind !== 'LYCEE' && s.kind !== 'LYCEE_PRO');
  const openYear = allYears.find((year) => !priorityYears.includes(year));
  for (const school of schools) {
    if (school.tneJoinedYear === null || !priorityYears.includes(school.tneJoinedYear) || priority.has(school.communeCode)) continue;
    const heir = spare.shift();
    if (heir) heir.tneJoinedYear = school.tneJoinedYear;
    school.tneJoinedYear = heir ? null : (openYear ?? null);
  }
}
