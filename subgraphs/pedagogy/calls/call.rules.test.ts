import { describe, expect, it } from '@jest/globals';
import { SchoolKind } from '../schools/school.entity.js';
import { Eligibility, type Call, type CallCampaign } from './call.entity.js';
import { campaignOpenOn, checkEligibility, checkSubmissionUrl, checkWindow, type SchoolForEligibility } from './call.rules.js';
import { SubmissionChannel } from './submission-channel.js';

/** A loaded reference: all the rules do with one is unwrap it. */
const loaded = <T>(value: T) => ({ unwrap: () => value });

const TITLE = 'Appel à projets innovation';
const call = (over: { eligibleKinds?: SchoolKind[] } = {}): Call =>
  ({ title: TITLE, department: loaded({ code: '18' }), themes: [], eligibleKinds: [], partnershipsAllowed: false, ...over }) as unknown as Call;
const campaign = (name: string, opensOn: string, closesOn: string, eligibility = Eligibility.ALL_SCHOOLS): CallCampaign =>
  ({ name, opensOn, closesOn, eligibility }) as unknown as CallCampaign;

const AUTUMN = campaign('Automne 2022', '2022-09-15', '2022-10-31', Eligibility.PRIORITY_TERRITORIES);
const SPRING = campaign('Printemps 2023', '2023-03-01', '2023-04-15');
const CAMPAIGNS = [AUTUMN, SPRING];

/** The BAD_USER_INPUT a rule throws: its exact message and the field it names. */
const refusal = (message: string, field: string) => expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT', field } });

describe('campaignOpenOn: the campaign whose window contains the date, both ends included', () => {
  it.each([
    ['2022-09-15', 'the day the autumn window opens', AUTUMN],
    ['2022-09-16', 'the day after it opens', AUTUMN],
    ['2022-10-30', 'the day before it closes', AUTUMN],
    ['2022-10-31', 'the day it closes', AUTUMN],
    ['2023-03-01', 'the day the spring window opens', SPRING],
    ['2023-04-15', 'the day the spring window closes', SPRING],
  ])('on %s (%s) names that campaign', (date, _label, expected) => {
    expect(campaignOpenOn(call(), CAMPAIGNS, date)).toBe(expected);
  });

  it.each([
    ['2022-09-14', 'the day before the first window opens'],
    ['2022-11-01', 'the day after the first window closes'],
    ['2023-02-28', 'the day before the second window opens'],
    ['2023-04-16', 'the day after the last window closes'],
  ])('refuses %s (%s), listing every window', (date) => {
    expect(() => campaignOpenOn(call(), CAMPAIGNS, date)).toThrow(
      refusal(`The call "${TITLE}" is not open on ${date} (windows: 2022-09-15 → 2022-10-31, 2023-03-01 → 2023-04-15).`, 'submittedOn'),
    );
  });

  it('opens a one-day window on that day only', () => {
    const day = campaign('Journée', '2023-01-10', '2023-01-10');
    expect(campaignOpenOn(call(), [day], '2023-01-10')).toBe(day);
    expect(() => campaignOpenOn(call(), [day], '2023-01-09')).toThrow(/not open on 2023-01-09 \(windows: 2023-01-10 → 2023-01-10\)/);
    expect(() => campaignOpenOn(call(), [day], '2023-01-11')).toThrow(/not open on 2023-01-11/);
  });

  it('refuses every date for a call without campaigns, saying there is none', () => {
    expect(() => campaignOpenOn(call(), [], '2023-03-01')).toThrow(refusal(`The call "${TITLE}" is not open on 2023-03-01 (windows: none).`, 'submittedOn'));
  });
});

describe('checkEligibility: department, kind of school, priority territory', () => {
  const school = (over: Partial<SchoolForEligibility> = {}): SchoolForEligibility => ({
    uai: '0180005H',
    kind: SchoolKind.PRIMAIRE,
    departmentCode: '18',
    priorityTerritoryCode: null,
    ...over,
  });

  it.each(Object.values(SchoolKind))('accepts a %s school of the department when the call names no kind', (kind) => {
    expect(() => checkEligibility(call(), SPRING, school({ kind }))).not.toThrow();
  });

  it('refuses a school of another department, naming it, the department and the call', () => {
    expect(() => checkEligibility(call(), SPRING, school({ uai: '0290001U', departmentCode: '29' }))).toThrow(
      refusal(`School 0290001U is not in department 18, which the call "${TITLE}" serves.`, 'schools'),
    );
  });

  it('accepts the kinds the call names and refuses the others, listing the accepted kinds', () => {
    const forEcoles = call({ eligibleKinds: [SchoolKind.ELEMENTAIRE, SchoolKind.PRIMAIRE] });
    expect(() => checkEligibility(forEcoles, SPRING, school({ kind: SchoolKind.ELEMENTAIRE }))).not.toThrow();
    expect(() => checkEligibility(forEcoles, SPRING, school({ kind: SchoolKind.PRIMAIRE }))).not.toThrow();
    expect(() => checkEligibility(forEcoles, SPRING, school({ kind: SchoolKind.COLLEGE }))).toThrow(
      refusal(`The call "${TITLE}" is for ELEMENTAIRE, PRIMAIRE schools; 0180005H is COLLEGE.`, 'schools'),
    );
    expect(() => checkEligibility(forEcoles, SPRING, school({ kind: SchoolKind.MATERNELLE }))).toThrow(/is MATERNELLE\.$/);
  });

  it('lets a priority-territories campaign accept only schools of a priority territory', () => {
    expect(() => checkEligibility(call(), AUTUMN, school({ priorityTerritoryCode: 'QP029001' }))).not.toThrow();
    for (const priorityTerritoryCode of [null, '']) {
      expect(() => checkEligibility(call(), AUTUMN, school({ priorityTerritoryCode }))).toThrow(
        refusal('Campaign "Automne 2022" accepts only schools of priority territories; 0180005H is not in one.', 'schools'),
      );
    }
  });

  it('lets a campaign open to all schools accept schools outside priority territories', () => {
    expect(() => checkEligibility(call(), SPRING, school({ priorityTerritoryCode: null }))).not.toThrow();
    expect(() => checkEligibility(call(), SPRING, school({ priorityTerritoryCode: 'QP029001' }))).not.toThrow();
  });

  it('checks the department first, then the kind, then the territory', () => {
    const forColleges = call({ eligibleKinds: [SchoolKind.COLLEGE] });
    expect(() => checkEligibility(forColleges, AUTUMN, school({ departmentCode: '29' }))).toThrow(/is not in department 18/);
    expect(() => checkEligibility(forColleges, AUTUMN, school())).toThrow(/is for COLLEGE schools; 0180005H is PRIMAIRE/);
  });
});

describe('checkWindow: a window opens before it closes and overlaps no other window of the call', () => {
  it.each([
    ['2022-09-01', '2022-09-14', 'ending the day before the autumn window opens'],
    ['2022-11-01', '2023-02-28', 'between the two windows, from the day after one to the day before the next'],
    ['2023-04-16', '2023-06-30', 'starting the day after the last window closes'],
    ['2023-06-01', '2023-06-01', 'of a single day'],
  ])('accepts %s → %s (%s)', (opensOn, closesOn) => {
    expect(() => checkWindow({ opensOn, closesOn }, CAMPAIGNS)).not.toThrow();
  });

  it.each([
    ['2022-09-01', '2022-09-15', 'ending the day the autumn window opens', AUTUMN],
    ['2022-10-31', '2022-11-15', 'starting the day the autumn window closes', AUTUMN],
    ['2022-10-01', '2022-10-02', 'inside the autumn window', AUTUMN],
    ['2022-11-01', '2023-03-01', 'ending the day the spring window opens', SPRING],
    ['2023-04-15', '2023-04-15', 'on the last day of the spring window', SPRING],
    ['2022-01-01', '2023-12-31', 'around both windows (the first is named)', AUTUMN],
  ])('refuses %s → %s (%s), naming the campaign it overlaps', (opensOn, closesOn, _label, clash) => {
    expect(() => checkWindow({ opensOn, closesOn }, CAMPAIGNS)).toThrow(
      refusal(`The window overlaps campaign "${clash.name}" (${clash.opensOn} → ${clash.closesOn}).`, 'opensOn'),
    );
  });

  it('refuses a window closing the day before it opens, before looking at overlaps', () => {
    const message = 'A campaign cannot close before it opens.';
    expect(() => checkWindow({ opensOn: '2023-06-02', closesOn: '2023-06-01' }, [])).toThrow(refusal(message, 'closesOn'));
    expect(() => checkWindow({ opensOn: '2022-10-02', closesOn: '2022-10-01' }, CAMPAIGNS)).toThrow(refusal(message, 'closesOn'));
  });

  it('accepts any well-ordered window for a call without campaigns', () => {
    expect(() => checkWindow({ opensOn: '2022-09-15', closesOn: '2022-10-31' }, [])).not.toThrow();
  });
});

describe('checkSubmissionUrl: https for online channels, mailto: for email', () => {
  it.each([
    [SubmissionChannel.ACADEMY_FORM, 'https://forms.example.org/tne'],
    [SubmissionChannel.DEPARTMENT_E_SERVICES, 'https://e-services.example.org/demarche/tne'],
    [SubmissionChannel.EMAIL, 'mailto:tne@example.org'],
  ])('accepts a %s call at %s', (channel, url) => {
    expect(() => checkSubmissionUrl(channel, url)).not.toThrow();
  });

  it.each([
    [
      SubmissionChannel.ACADEMY_FORM,
      'http://forms.example.org/tne',
      'The ACADEMY_FORM channel takes a https: address; "http://forms.example.org/tne" is not one.',
    ],
    [SubmissionChannel.EMAIL, 'https://forms.example.org/tne', 'The EMAIL channel takes a mailto: address; "https://forms.example.org/tne" is not one.'],
    [SubmissionChannel.DEPARTMENT_E_SERVICES, 'e-démarches', '"e-démarches" is not an address.'],
  ])('refuses a %s call at %s', (channel, url, message) => {
    expect(() => checkSubmissionUrl(channel, url)).toThrow(refusal(message, 'submissionUrl'));
  });
});
