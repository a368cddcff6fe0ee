import { describe, expect, it } from '@jest/globals';
import { EVENTS, TOPICS } from './training.seed-data.js';
import { checkParent, checkSessionCounts, checkSessionHours, checkSessionPlace, checkTitle, checkVersion, parseId } from './training.rules.js';

const code = (code: string) => expect.objectContaining({ extensions: expect.objectContaining({ code }) });

describe('the count rule of a session: 0 ≤ attended ≤ registered ≤ capacity', () => {
  it.each([
    [{ capacity: 20, registered: 0, attended: 0 }],
    [{ capacity: 20, registered: 18, attended: 15 }],
    [{ capacity: 20, registered: 20, attended: 20 }],
    [{ capacity: 1, registered: 1, attended: 0 }],
  ])('accepts %p', (counts) => {
    expect(() => checkSessionCounts(counts)).not.toThrow();
  });

  it.each([
    ['more registered than places', { capacity: 20, registered: 21, attended: 10 }, 'registered'],
    ['more present than registered', { capacity: 20, registered: 12, attended: 13 }, 'attended'],
    ['a negative count', { capacity: 20, registered: 5, attended: -1 }, 'attended'],
    ['no place at all', { capacity: 0, registered: 0, attended: 0 }, 'capacity'],
    ['a fraction of a teacher', { capacity: 20, registered: 2.5, attended: 1 }, 'registered'],
  ])('refuses %s with BAD_USER_INPUT naming the field', (_label, counts, field) => {
    expect(() => checkSessionCounts(counts)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } }));
  });
});

describe('hours, place and title of a session or training', () => {
  it('accepts hours above 0 up to a day, to the hundredth', () => {
    expect(checkSessionHours(1.5)).toBe(1.5);
    expect(checkSessionHours(0.25)).toBe(0.25);
    expect(checkSessionHours(24)).toBe(24);
  });

  it.each([0, -2, 24.5, 1.005, Number.NaN])('refuses %p hours', (hours) => {
    expect(() => checkSessionHours(hours)).toThrow(code('BAD_USER_INPUT'));
  });

  it('needs a commune, a venue or both; a blank venue counts as none', () => {
    expect(checkSessionPlace('18279', null)).toEqual({ communeCode: '18279', venue: null });
    expect(checkSessionPlace(null, ' Classe virtuelle ')).toEqual({ communeCode: null, venue: 'Classe virtuelle' });
    expect(() => checkSessionPlace(null, '   ')).toThrow(code('BAD_USER_INPUT'));
  });

  it('trims titles and refuses blank ones', () => {
    expect(checkTitle('  Robotique  ')).toBe('Robotique');
    expect(() => checkTitle(' ')).toThrow(code('BAD_USER_INPUT'));
  });
});

describe('events nest one level, within one department', () => {
  it('accepts a workshop under a seminar of the same department', () => {
    expect(() => checkParent('18', { departmentCode: '18', hasParent: false })).not.toThrow();
  });

  it('refuses a parent of another department, and a parent that is itself a workshop', () => {
    expect(() => checkParent('29', { departmentCode: '18', hasParent: false })).toThrow(code('BAD_USER_INPUT'));
    expect(() => checkParent('18', { departmentCode: '18', hasParent: true })).toThrow(code('BAD_USER_INPUT'));
  });
});

describe('optimistic locking and identifiers', () => {
  it('accepts the stored version and refuses a stale one with CONFLICT', () => {
    expect(() => checkVersion(3, 3, 'training')).not.toThrow();
    expect(() => checkVersion(4, 3, 'training')).toThrow(code('CONFLICT'));
  });

  it('normalises UUIDs and refuses anything else before it reaches SQL', () => {
    expect(parseId(' 0F8FAD5B-D9CB-469F-A165-70867728950E ')).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(() => parseId('1; drop table training')).toThrow(code('BAD_USER_INPUT'));
  });
});

describe('seed data', () => {
  it('keeps every seeded event session within the count rule', () => {
    for (const event of EVENTS) for (const session of event.sessions) expect(() => checkSessionCounts(session)).not.toThrow();
  });

  it('has the "Terre numérique" seminar in Vierzon on 16-17 November 2022, with its ExplorCamp workshops', () => {
    const seminar = EVENTS.find((e) => e.title.includes('Terre numérique'))!;
    expect(seminar).toMatchObject({ departmentCode: '18', communeCode: '18279' });
    expect(seminar.sessions.map((s) => s.date)).toEqual(['2022-11-16', '2022-11-17']);
    expect(seminar.workshops.map((w) => w.title).join(' ')).toMatch(/robotique.*création.*bouger.*oral/is);
  });

  it('targets only CRCN competence codes', () => {
    const codes = [...EVENTS.flatMap((e) => [...e.competences, ...e.workshops.flatMap((w) => w.competences)]), ...TOPICS.flatMap((t) => t.competences)];
    for (const competence of codes) expect(competence).toMatch(/^[1-5]\.[1-4]$/);
  });
});
