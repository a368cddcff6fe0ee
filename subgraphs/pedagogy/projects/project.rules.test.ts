import { afterEach, describe, expect, it, jest } from '@jest/globals';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CallCampaign, Eligibility, type Call } from '../calls/call.entity.js';
import { Theme } from '../calls/theme.js';
import { School, SchoolKind } from '../schools/school.entity.js';
import type { Project } from './project.entity.js';
import { checkContent, checkReach, loadSchools, submit, today } from './project.rules.js';

/** A loaded reference: all the rules do with one is unwrap it. */
const loaded = <T>(value: T) => ({ unwrap: () => value });

const TITLE = 'Appel à projets innovation';
const call = (over: { themes?: Theme[]; eligibleKinds?: SchoolKind[]; partnershipsAllowed?: boolean } = {}): Call =>
  ({ title: TITLE, department: loaded({ code: '18' }), themes: [], eligibleKinds: [], partnershipsAllowed: false, ...over }) as unknown as Call;
const school = (uai: string, departmentCode = '18', kind = SchoolKind.PRIMAIRE, priorityTerritory: string | null = null): School =>
  ({
    uai,
    kind,
    department: loaded({ code: departmentCode }),
    commune: loaded({ priorityTerritory: priorityTerritory === null ? null : loaded({ code: priorityTerritory }) }),
  }) as unknown as School;
const campaign = (name: string, opensOn: string, closesOn: string, eligibility: Eligibility): CallCampaign =>
  ({ name, opensOn, closesOn, eligibility }) as unknown as CallCampaign;

const LEAD = school('0180005H');
const PARTNER = school('0180006J');
const OTHER_PARTNER = school('0180007K');
const IN_CHER = [LEAD, PARTNER, OTHER_PARTNER];

/** The BAD_USER_INPUT a rule throws: its exact message and the field it names. */
const refusal = (message: string, field: string) => expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT', field } });

/** An entity manager holding schools and campaigns, recording each find it is asked. */
function store(schools: readonly School[], campaigns: readonly CallCampaign[] = []) {
  const finds: unknown[][] = [];
  const em = {
    find: async (entity: unknown, where: unknown, options: unknown) => {
      finds.push([entity, where, options]);
      if (entity === School) {
        const wanted = (where as { uai: { $in: string[] } }).uai.$in;
        return schools.filter((s) => wanted.includes(s.uai));
      }
      if (entity === CallCampaign) return [...campaigns];
      throw new Error('unexpected entity');
    },
  };
  return { em: em as unknown as EntityManager, finds };
}

describe('today: the date a recorded change takes effect by default', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it.each([
    ['2023-03-15T10:30:00.000Z', '2023-03-15'],
    ['2023-12-31T22:59:59.999Z', '2023-12-31'],
    ['2023-12-31T23:00:00.000Z', '2024-01-01'],
    ['2024-07-14T21:59:59.999Z', '2024-07-14'],
    ['2024-07-14T22:00:00.000Z', '2024-07-15'],
  ])('at %s is %s (the ISO date in France)', (now, expected) => {
    jest.useFakeTimers({ now: new Date(now) });
    expect(today()).toBe(expected);
  });
});

describe('loadSchools: schools by UAI, in the order asked', () => {
  it('normalises the UAIs, asks for them with their communes and returns the schools in the order asked', async () => {
    const { em, finds } = store(IN_CHER);
    await expect(loadSchools(em, [' 0180006j', '0180005H '])).resolves.toEqual([PARTNER, LEAD]);
    expect(finds).toEqual([[School, { uai: { $in: ['0180006J', '0180005H'] } }, { populate: ['commune'] }]]);
  });

  it('returns each school object the store holds', async () => {
    const [lead, partner] = await loadSchools(store(IN_CHER).em, ['0180005H', '0180006J']);
    expect(lead).toBe(LEAD);
    expect(partner).toBe(PARTNER);
  });

  it('returns no school for no UAI', async () => {
    await expect(loadSchools(store(IN_CHER).em, [])).resolves.toEqual([]);
  });

  it('refuses a school listed twice, even written differently, before asking the store', async () => {
    const { em, finds } = store(IN_CHER);
    await expect(loadSchools(em, ['0180005H', '0180006J', ' 0180005h'])).rejects.toThrow(refusal('A school is listed twice.', 'schools'));
    expect(finds).toEqual([]);
  });

  it('refuses an unknown UAI, naming it', async () => {
    await expect(loadSchools(store(IN_CHER).em, ['0180005H', '0180008l'])).rejects.toThrow(refusal('No school has the UAI "0180008L".', 'schools'));
  });

  it('refuses a malformed UAI before asking the store', async () => {
    const { em, finds } = store(IN_CHER);
    await expect(loadSchools(em, ['0180005H', '018000'])).rejects.toThrow(
      refusal('"018000" is not a UAI: 7 digits and a check letter, such as 0180005H.', 'uai'),
    );
    expect(finds).toEqual([]);
  });
});

describe('checkContent: title, partnerships, department and themes of a project against its call', () => {
  const OPEN_CALL = call({ partnershipsAllowed: true, themes: [Theme.ROBOTICS_CODING, Theme.DIGITAL_CREATION] });

  it.each([
    ['no partner, a call without partnerships', call(), [], []],
    ['partners, a call allowing them', call({ partnershipsAllowed: true }), [PARTNER, OTHER_PARTNER], []],
    ["one of the call's themes", OPEN_CALL, [PARTNER], [Theme.ROBOTICS_CODING]],
    ["all of the call's themes", OPEN_CALL, [], [Theme.DIGITAL_CREATION, Theme.ROBOTICS_CODING]],
    ['any theme when the call names none', call(), [], [Theme.INCLUSION, Theme.CITIZENSHIP]],
  ] as const)('accepts %s', (_label, theCall, partners, themes) => {
    expect(() => checkContent(theCall, LEAD, [...partners], themes, 'Robotique au cycle 3')).not.toThrow();
  });

  it.each(['', '   '])('refuses the blank title %p', (title) => {
    expect(() => checkContent(call(), LEAD, [], [], title)).toThrow(refusal('A project needs a title.', 'title'));
  });

  it('accepts a one-character title', () => {
    expect(() => checkContent(call(), LEAD, [], [], ' R ')).not.toThrow();
  });

  it('refuses partners when the call does not allow them, naming the call', () => {
    expect(() => checkContent(call({ partnershipsAllowed: false }), LEAD, [PARTNER], [], 'Robotique')).toThrow(
      refusal(`The call "${TITLE}" does not allow partner schools.`, 'partnerSchoolUais'),
    );
  });

  it.each([
    ['as the only partner', [school('0180005H')]],
    ['among other partners', [PARTNER, school('0180005H')]],
  ])('refuses the lead school %s', (_label, partners) => {
    expect(() => checkContent(call({ partnershipsAllowed: true }), LEAD, partners, [], 'Robotique')).toThrow(
      refusal('The lead school cannot also be a partner.', 'partnerSchoolUais'),
    );
  });

  it("refuses a lead school of another department, naming it and the call's department", () => {
    expect(() => checkContent(call(), school('0290001U', '29'), [], [], 'Robotique')).toThrow(
      refusal('School 0290001U is not in department 18, which the call serves.', 'schools'),
    );
  });

  it('refuses a partner school of another department, naming it', () => {
    expect(() => checkContent(call({ partnershipsAllowed: true }), LEAD, [PARTNER, school('0290002V', '29')], [], 'Robotique')).toThrow(
      refusal('School 0290002V is not in department 18, which the call serves.', 'schools'),
    );
  });

  it("refuses themes the call does not name, listing them and the call's", () => {
    expect(() => checkContent(OPEN_CALL, LEAD, [], [Theme.ROBOTICS_CODING, Theme.INCLUSION, Theme.CITIZENSHIP], 'Robotique')).toThrow(
      refusal("Themes INCLUSION, CITIZENSHIP are not among the call's (ROBOTICS_CODING, DIGITAL_CREATION).", 'themes'),
    );
  });

  it('checks the title first, then partnerships, the lead as partner, departments, themes', () => {
    const closed = call({ themes: [Theme.INCLUSION] });
    const foreignLead = school('0290001U', '29');
    expect(() => checkContent(closed, foreignLead, [foreignLead], [Theme.CITIZENSHIP], ' ')).toThrow(/needs a title/);
    expect(() => checkContent(closed, foreignLead, [foreignLead], [Theme.CITIZENSHIP], 'Robotique')).toThrow(/does not allow partner schools/);
    const open = call({ partnershipsAllowed: true, themes: [Theme.INCLUSION] });
    expect(() => checkContent(open, foreignLead, [foreignLead], [Theme.CITIZENSHIP], 'Robotique')).toThrow(/cannot also be a partner/);
    expect(() => checkContent(open, foreignLead, [], [Theme.CITIZENSHIP], 'Robotique')).toThrow(/School 0290001U is not in department 18/);
  });
});

describe('checkReach: pupils and teachers reached are not negative', () => {
  it.each([
    [0, 0],
    [1, 0],
    [0, 1],
    [250, 12],
  ])('accepts %p pupils and %p teachers', (pupils, teachers) => {
    expect(() => checkReach(pupils, teachers)).not.toThrow();
  });

  it.each([
    [-1, 0],
    [0, -1],
    [-1, -1],
    [-250, 12],
  ])('refuses %p pupils and %p teachers', (pupils, teachers) => {
    expect(() => checkReach(pupils, teachers)).toThrow(refusal('Pupils and teachers reached cannot be negative.', 'pupilsReached'));
  });
});

describe('submit: inside an open campaign, by eligible schools', () => {
  const AUTUMN = campaign('Automne 2022', '2022-09-15', '2022-10-31', Eligibility.PRIORITY_TERRITORIES);
  const SPRING = campaign('Printemps 2023', '2023-03-01', '2023-04-15', Eligibility.ALL_SCHOOLS);
  const draft = (theCall: Call, lead: School, partners: School[] = []) =>
    ({
      call: loaded(theCall),
      leadSchool: loaded(lead),
      partnerSchools: { getItems: () => partners },
      campaign: null,
      submittedOn: null,
    }) as unknown as Project;

  it("records the campaign open that day and the submission date, having asked for the call's campaigns and schools", async () => {
    const theCall = call({ partnershipsAllowed: true });
    const project = draft(theCall, LEAD, [PARTNER]);
    const { em, finds } = store(IN_CHER, [AUTUMN, SPRING]);
    await submit(em, project, '2023-03-01');
    expect(project.campaign?.unwrap()).toBe(SPRING);
    expect(project.submittedOn).toBe('2023-03-01');
    expect(finds).toEqual([
      [CallCampaign, { call: theCall }, { orderBy: { opensOn: 'asc' } }],
      [School, { uai: { $in: ['0180005H', '0180006J'] } }, { populate: ['commune'] }],
    ]);
    expect((finds[0]![1] as { call: Call }).call).toBe(theCall);
  });

  it('accepts the last day of a window', async () => {
    const project = draft(call(), LEAD);
    await submit(store(IN_CHER, [AUTUMN, SPRING]).em, project, '2023-04-15');
    expect(project.campaign?.unwrap()).toBe(SPRING);
    expect(project.submittedOn).toBe('2023-04-15');
  });

  it.each(['2023-02-28', '2023-04-16'])('refuses %s, outside every window, and leaves the project a draft', async (on) => {
    const project = draft(call(), LEAD);
    const { em, finds } = store(IN_CHER, [AUTUMN, SPRING]);
    await expect(submit(em, project, on)).rejects.toThrow(
      refusal(`The call "${TITLE}" is not open on ${on} (windows: 2022-09-15 → 2022-10-31, 2023-03-01 → 2023-04-15).`, 'submittedOn'),
    );
    expect(project.campaign).toBeNull();
    expect(project.submittedOn).toBeNull();
    expect(finds).toHaveLength(1);
  });

  it('accepts schools of priority territories in a campaign limited to them', async () => {
    const inTerritory = [school('0180005H', '18', SchoolKind.PRIMAIRE, 'QP018001'), school('0180006J', '18', SchoolKind.PRIMAIRE, 'QP018002')];
    const project = draft(call({ partnershipsAllowed: true }), inTerritory[0]!, [inTerritory[1]!]);
    await submit(store(inTerritory, [AUTUMN, SPRING]).em, project, '2022-10-31');
    expect(project.campaign?.unwrap()).toBe(AUTUMN);
    expect(project.submittedOn).toBe('2022-10-31');
  });

  it('refuses a partner outside priority territories in a campaign limited to them, naming it', async () => {
    const schools = [school('0180005H', '18', SchoolKind.PRIMAIRE, 'QP018001'), school('0180006J')];
    const project = draft(call({ partnershipsAllowed: true }), schools[0]!, [schools[1]!]);
    await expect(submit(store(schools, [AUTUMN, SPRING]).em, project, '2022-09-15')).rejects.toThrow(
      refusal('Campaign "Automne 2022" accepts only schools of priority territories; 0180006J is not in one.', 'schools'),
    );
    expect(project.campaign).toBeNull();
    expect(project.submittedOn).toBeNull();
  });

  it('refuses a partner of a kind the call does not accept, as the store knows it', async () => {
    const schools = [LEAD, school('0180006J', '18', SchoolKind.COLLEGE)];
    const project = draft(call({ partnershipsAllowed: true, eligibleKinds: [SchoolKind.PRIMAIRE] }), LEAD, [PARTNER]);
    await expect(submit(store(schools, [SPRING]).em, project, '2023-03-10')).rejects.toThrow(
      refusal(`The call "${TITLE}" is for PRIMAIRE schools; 0180006J is COLLEGE.`, 'schools'),
    );
    expect(project.submittedOn).toBeNull();
  });

  it('refuses a school that the store places in another department', async () => {
    const moved = school('0180005H', '36');
    const project = draft(call(), LEAD);
    await expect(submit(store([moved], [SPRING]).em, project, '2023-03-10')).rejects.toThrow(
      refusal(`School 0180005H is not in department 18, which the call "${TITLE}" serves.`, 'schools'),
    );
    expect(project.submittedOn).toBeNull();
  });
});

describe('checkReach: the girls reached, when given, are among the pupils reached', () => {
  it.each([
    [0, 0],
    [120, 0],
    [120, 70],
    [120, 120],
  ])('accepts %p pupils of whom %p girls', (pupils, girls) => {
    expect(() => checkReach(pupils, 3, girls)).not.toThrow();
  });

  it('accepts a project that records no girls', () => {
    expect(() => checkReach(120, 3, null)).not.toThrow();
  });

  it.each([
    [120, 121],
    [0, 1],
    [120, -1],
  ])('refuses %p pupils of whom %p girls', (pupils, girls) => {
    expect(() => checkReach(pupils, 3, girls)).toThrow(refusal(`Girls reached must be between 0 and the pupils reached (${pupils}).`, 'girlsReached'));
  });
});

describe('checkReach: the pupils with special needs reached, when given, are among the pupils reached', () => {
  it.each([
    [0, 0],
    [120, 0],
    [120, 12],
    [120, 120],
  ])('accepts %p pupils of whom %p with special needs', (pupils, specialNeeds) => {
    expect(() => checkReach(pupils, 3, null, specialNeeds)).not.toThrow();
  });

  it('accepts a project that records no pupils with special needs, and one that records both measures', () => {
    expect(() => checkReach(120, 3, null, null)).not.toThrow();
    expect(() => checkReach(120, 3, 70, 12)).not.toThrow();
  });

  it.each([
    [120, 121],
    [0, 1],
    [120, -1],
  ])('refuses %p pupils of whom %p with special needs', (pupils, specialNeeds) => {
    expect(() => checkReach(pupils, 3, Math.floor(pupils / 2), specialNeeds)).toThrow(
      refusal(`Pupils with special needs reached must be between 0 and the pupils reached (${pupils}).`, 'specialNeedsReached'),
    );
  });
});
