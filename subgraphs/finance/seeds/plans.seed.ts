import { randomUUID } from 'node:crypto';
import { GraphUnavailableError } from '../../../platform/graph-client.js';
import { SEED_REFERENCE_DATE } from '../../../platform/programme.js';
import { loadDemoSchools } from '../../../platform/seeds/demo-schools.js';
import { seededRandom } from '../../../platform/seeds/random.js';
import type { SeedStep } from '../../../platform/seeds/steps.js';
import { Envelope, Volet } from '../envelopes/envelope.entity.js';
import { Funder, FunderKind } from '../funders/funder.entity.js';
import { FUNDED_DEPARTMENTS } from '../funders/funder.seed.js';
import { grantorOf as grantorKeyOf } from '../funders/grantor.js';
import { FundingPlan } from '../plans/funding-plan.entity.js';
import { funderFacts } from '../plans/funding-plan.data.js';
import type { FinanceServices } from '../services.js';
import { type DecidedProject, loadDecidedProjects, ownerOf } from './decided-projects.js';
import { Ledger } from './ledger.js';
import { writeLedger } from './ledger.write.js';
import { type ActivityCase, type EquipmentCase, fundActivities, fundEquipment, fundProjects, type ProjectCase } from './money-story.js';
import { fundingPeriodOf } from './funding-period.js';
import { loadHeldTrainings } from './trainings.js';

const EQUIPMENT_THEMES = new Set(['DIGITAL_FOUNDATION', 'ROBOTICS_CODING']);
const DEPARTMENTS: string[] = FUNDED_DEPARTMENTS.map((d) => d.code);

/**
 * Demonstration money, one story (docs/DOMAIN.md): plans of the projects submitted to pedagogy's
 * calls, with the decisions and payments of those decided on, equipment plans of the TNE schools, plans of the trainings that held
 * sessions and of each programme year's parentality workshops, envelopes for the communes and
 * EPCIs that commit — all through the rules of the API (Ledger). Projects and trainings are asked
 * through the graph: if pedagogy cannot be reached, the step waits for the next start.
 */
export const plansSeed: SeedStep = {
  name: 'funding plans and decisions',
  demo: true,
  done: async (em) => (await em.count(FundingPlan)) > 0,
  run: async (tx, options) => {
    const services = options.services as FinanceServices;
    let projects: DecidedProject[];
    let trainings: Awaited<ReturnType<typeof loadHeldTrainings>>;
    try {
      projects = await loadDecidedProjects(services.pedagogy);
      trainings = await loadHeldTrainings(services.pedagogy, DEPARTMENTS);
    } catch (error) {
      if (error instanceof GraphUnavailableError) return; // pedagogy is down: seeded at a later start
      throw error;
    }
    // The seeded history ends on the reference date, whatever the platform's clock says (TNE_TODAY).
    const now = SEED_REFERENCE_DATE;
    const funders = await tx.find(Funder, {});
    const envelopes = await tx.find(Envelope, {});
    const find = (kind: FunderKind, code: string | null) => funders.find((f) => f.kind === kind && f.territoryCode === code);
    const grantorOf = (code: string) => {
      const { kind, territoryCode } = grantorKeyOf(code);
      return find(kind, territoryCode)!.id;
    };
    const councilOf = (code: string) => find(FunderKind.DEPARTMENT_COUNCIL, code)!.id;
    const ledger = new Ledger(
      funders.map(funderFacts),
      envelopes.map((e) => ({ ...e, funderId: e.funder.id })),
      () => randomUUID(),
      fundingPeriodOf,
      now,
    );
    const random = seededRandom(20240201);
    const submitted: ProjectCase[] = projects
      .filter((p) => DEPARTMENTS.includes(p.department.code))
      .map((p) => ({
        id: p.id,
        departmentCode: p.department.code,
        volet: p.themes.some((t) => EQUIPMENT_THEMES.has(t)) ? Volet.EQUIPMENT : Volet.RESOURCES,
        totalCents: random.int(800, 6000) * 1000, // 8,000 € to 60,000 €
        ownerId: ownerOf(p, funders)?.id ?? councilOf(p.department.code),
        verdict: p.verdict,
        decidedOn: p.decidedOn,
        completedOn: p.completedOn,
        withdrawn: p.status === 'WITHDRAWN',
      }));
    fundProjects(ledger, { grantorOf, councilOf }, submitted, (code) => fundingPeriodOf(code).end, now);
    fundEquipment(ledger, { grantorOf, councilOf }, await equipmentCases(funders, councilOf), now);
    fundActivities(ledger, { grantorOf, councilOf }, activityCases(trainings), now);
    writeLedger(tx, ledger.finish());
  },
};

const FIRST_DEGREE = new Set(['MATERNELLE', 'ELEMENTAIRE', 'PRIMAIRE']);

/** The TNE schools' equipment: 60–160 € a pupil, granted in the autumn of the year they joined (never before the programme). */
async function equipmentCases(funders: Funder[], councilOf: (code: string) => string): Promise<EquipmentCase[]> {
  const random = seededRandom(2021);
  const find = (kind: FunderKind, code: string | null | undefined) => funders.find((f) => f.kind === kind && f.territoryCode === code)?.id;
  const regionOf = new Map<string, string>(FUNDED_DEPARTMENTS.map((d) => [d.code, d.region.code]));
  return (await loadDemoSchools())
    .filter((s) => s.tneJoinedYear !== null)
    .map((school) => {
      const day = `${school.tneJoinedYear}-${String(random.int(10, 12))}-${String(random.int(1, 28)).padStart(2, '0')}`;
      const code = school.departmentCode;
      const owner = FIRST_DEGREE.has(school.kind)
        ? find(FunderKind.COMMUNE, school.communeCode)
        : school.kind === 'COLLEGE'
          ? councilOf(code)
          : find(FunderKind.REGION, regionOf.get(code));
      return {
        uai: school.uai,
        departmentCode: code,
        totalCents: school.pupils * random.int(6_000, 16_000),
        ownerId: owner ?? councilOf(code),
        grantedOn: [day, fundingPeriodOf(code).start].sort()[1]!,
      };
    });
}

/** Trainings with sessions (about 1,200–2,400 € a session) and each programme year's parentality workshops (20,000 € to 40,000 €). */
function activityCases(trainings: Awaited<ReturnType<typeof loadHeldTrainings>>): ActivityCase[] {
  const random = seededRandom(2022);
  const cases: ActivityCase[] = trainings.map((t) => ({
    kind: 'training',
    key: t.id,
    departmentCode: t.departmentCode,
    totalCents: t.sessionCount * random.int(1_200, 2_400) * 100,
    startsOn: t.startsOn,
    endsOn: t.endsOn,
  }));
  for (const code of DEPARTMENTS) {
    const { start } = fundingPeriodOf(code);
    for (let year = Number(start.slice(0, 4)), i = 0; i < 3; i++, year++) {
      cases.push({
        kind: 'parentality',
        key: `${code}|${year}-${year + 1}`,
        departmentCode: code,
        totalCents: random.int(200, 400) * 10_000,
        startsOn: `${year}-10-01`,
        endsOn: `${year + 1}-06-30`,
      });
    }
  }
  return cases;
}
