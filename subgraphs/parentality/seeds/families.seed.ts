import type { EntityManager } from '@mikro-orm/postgresql';
import { loadDemoSchools } from '../../../platform/seeds/demo-schools.js';
import { seededRandom, type Random } from '../../../platform/seeds/random.js';
import type { SeedStep } from '../../../platform/seeds/steps.js';
import { Device, DeviceKind, DeviceStatus, Loan } from '../devices/device.entity.js';
import { Household } from '../households/household.entity.js';
import { checkLoanDates, checkReturn } from '../devices/loan.rules.js';
import { SEED_REFERENCE_DATE } from '../../../platform/programme.js';
import { PartnerKind, PartnerOrganisation } from '../partners/partner.entity.js';
import { Workshop } from '../workshops/workshop.entity.js';

/**
 * Workshops in an order of their own facts, not of their random ids: the random draws that follow
 * then give every database the same partners and participations (the demo data are deterministic).
 */
const WORKSHOP_ORDER = { heldOn: 'asc', communeCode: 'asc', kind: 'asc', topic: 'asc', capacity: 'asc', attendance: 'asc' } as const;

/** Partner organisations per department: name, kind, commune, and the prefix of their references. */
const PARTNERS: Record<string, Array<[string, PartnerKind, string | null, string]>> = {
  '18': [
    ["Centre social du Val d'Auron (Bourges)", PartnerKind.SOCIAL_CENTRE, '18033', 'CS-BRG'],
    ['Centre social Équinoxe (Vierzon)', PartnerKind.SOCIAL_CENTRE, '18279', 'CS-VRZ'],
    ['Association Berry Numérique Solidaire', PartnerKind.ASSOCIATION, '18033', 'AS-BNS'],
    ['Médiathèque de Bourges', PartnerKind.LIBRARY, '18033', 'MD-BRG'],
  ],
  '29': [
    ['Fédération des centres sociaux de Bretagne', PartnerKind.FEDERATION, null, 'FD-CSB'],
    ['Trousse à projets', PartnerKind.ASSOCIATION, null, 'TP-BZH'],
    ['Centre social de Kerourien (Brest)', PartnerKind.SOCIAL_CENTRE, '29019', 'CS-BRS'],
    ['Centre social de Kerfeunteun (Quimper)', PartnerKind.SOCIAL_CENTRE, '29232', 'CS-QMP'],
    ['Bibliothèques de Brest', PartnerKind.LIBRARY, '29019', 'BI-BRS'],
  ],
};
const PREFIX = new Map(
  Object.values(PARTNERS)
    .flat()
    .map(([name, , , prefix]) => [name, prefix]),
);

const byDepartment = async (tx: EntityManager) => {
  const partners = await tx.find(PartnerOrganisation, {}, { orderBy: { name: 'asc' } });
  return (code: string) => partners.filter((p) => p.departmentCode === code);
};

/** Partner organisations, and a partner for each workshop of their department. */
export const partnersSeed: SeedStep = {
  name: 'partners',
  demo: true,
  done: async (em) => (await em.count(PartnerOrganisation)) > 0,
  run: async (tx) => {
    const random = seededRandom(1817);
    for (const [departmentCode, rows] of Object.entries(PARTNERS)) {
      for (const [name, kind, communeCode] of rows) tx.create(PartnerOrganisation, { departmentCode, name, kind, communeCode });
    }
    await tx.flush();
    const partnersOf = await byDepartment(tx);
    for (const workshop of await tx.find(Workshop, { partner: null }, { orderBy: WORKSHOP_ORDER })) {
      const partners = partnersOf(workshop.departmentCode);
      if (partners.length) workshop.partner = tx.getReference(PartnerOrganisation, random.pick(partners).id) as never;
    }
  },
};

/** How many households a commune gets: some below the secrecy threshold of 11, on purpose. */
const householdsIn = (random: Random) => random.pick([2, 3, 5, 8, 12, 14, 18, 24]);

/** Households in the communes of the TNE schools, with participations in their department's workshops. */
export const householdsSeed: SeedStep = {
  name: 'households',
  demo: true,
  done: async (em) => (await em.count(Household)) > 0,
  run: async (tx) => {
    const random = seededRandom(2911);
    const partnersOf = await byDepartment(tx);
    const workshops = await tx.find(Workshop, {}, { orderBy: WORKSHOP_ORDER });
    const schools = (await loadDemoSchools()).filter((s) => s.tneJoinedYear !== null);
    const numbers = new Map<string, number>();
    for (const commune of [...new Set(schools.map((s) => s.communeCode))].sort()) {
      const local = schools.filter((s) => s.communeCode === commune);
      const departmentCode = local[0]!.departmentCode;
      const partners = partnersOf(departmentCode);
      const nearby = workshops.filter((w) => w.communeCode === commune);
      for (let i = householdsIn(random); i > 0; i--) {
        const partner = random.pick(partners);
        const number = (numbers.get(partner.id) ?? 0) + 1;
        numbers.set(partner.id, number);
        const household = tx.create(Household, {
          reference: `${PREFIX.get(partner.name) ?? 'HH-XXX'}-${String(number).padStart(4, '0')}`,
          partner,
          departmentCode,
          communeCode: commune,
          childrenCount: random.int(1, 4),
          childrenSchoolUais: [random.pick(local).uai],
          noComputer: random.next() < 0.5,
          noInternet: random.next() < 0.25,
          mobileOnly: random.next() < 0.35,
          needsSupportWithOnlineProcedures: random.next() < 0.6,
          registeredOn: `${random.pick([2022, 2023, 2024])}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
        });
        if (nearby.length && random.next() < 0.6) household.workshops.add(random.pick(nearby));
      }
    }
  },
};

/** A seeded loan, checked by the rules of the device service: dates in order, a school year at most. */
function lend(tx: EntityManager, loan: { device: Device; household: Household; departmentCode: string; startsOn: string; dueOn: string; returnedOn?: string }) {
  checkLoanDates(loan.startsOn, loan.dueOn);
  if (loan.returnedOn) checkReturn(loan.startsOn, loan.returnedOn, SEED_REFERENCE_DATE);
  if (loan.device.departmentCode !== loan.household.departmentCode) throw new Error(`Device ${loan.device.label} and its household are of two departments.`);
  tx.create(Loan, loan);
}

const KINDS = [DeviceKind.LAPTOP, DeviceKind.LAPTOP, DeviceKind.TABLET, DeviceKind.ROUTER_4G];

/** The device pools, with open loans (a few overdue) and returned ones. */
export const devicesSeed: SeedStep = {
  name: 'devices',
  demo: true,
  done: async (em) => (await em.count(Device)) > 0,
  run: async (tx) => {
    const random = seededRandom(4404);
    const partnersOf = await byDepartment(tx);
    for (const departmentCode of Object.keys(PARTNERS)) {
      const households = await tx.find(Household, { departmentCode }, { orderBy: { reference: 'asc' } });
      for (let i = 1; i <= 30; i++) {
        const kind = random.pick(KINDS);
        const status = i % 15 === 0 ? DeviceStatus.IN_REPAIR : DeviceStatus.IN_SERVICE;
        const device = tx.create(Device, {
          departmentCode,
          partner: random.pick(partnersOf(departmentCode)),
          kind,
          label: `PRET-${departmentCode}-${String(i).padStart(3, '0')}`,
          status,
        });
        if (status !== DeviceStatus.IN_SERVICE || !households.length) continue;
        lend(tx, { device, household: random.pick(households), departmentCode, startsOn: '2023-09-04', dueOn: '2024-06-28', returnedOn: '2024-06-25' });
        const open = i % 3;
        if (open === 0) continue;
        // Lent for the 2024-2025 school year and not back: due at its end, a few at the winter break.
        const overdue = i % 7 === 1;
        lend(tx, { device, household: random.pick(households), departmentCode, startsOn: '2024-09-02', dueOn: overdue ? '2025-01-31' : '2025-07-04' });
      }
    }
  },
};
