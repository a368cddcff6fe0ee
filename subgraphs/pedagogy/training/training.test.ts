import { describe, expect, it } from '@jest/globals';
import { parseId } from '../../../platform/ids.js';
import { EVENTS, TOPICS } from './training.seed-data.js';
import { checkVersion } from '../../../platform/versions.js';
import { checkParent, checkSessionCounts, checkSessionHours, checkSessionPlace, checkTitle, MAX_SESSION_HOURS } from './training.rules.js';

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

/** The BAD_USER_INPUT a rule throws: its exact message and the field it names. */
const refusal = (message: string, field: string) => expect.objectContaining({ message, extensions: { code: 'BAD_USER_INPUT', field } });

describe('the count rule at its boundaries', () => {
  it.each([
    [{ capacity: 1, registered: 0, attended: 0 }],
    [{ capacity: 1, registered: 1, attended: 1 }],
    [{ capacity: 20, registered: 19, attended: 19 }],
    [{ capacity: 20, registered: 20, attended: 0 }],
  ])('accepts %p', (counts) => {
    expect(() => checkSessionCounts(counts)).not.toThrow();
  });

  it.each([
    [{ capacity: -1, registered: 0, attended: 0 }, 'capacity must be a whole number, 0 or more (got -1).', 'capacity'],
    [{ capacity: 20.5, registered: 0, attended: 0 }, 'capacity must be a whole number, 0 or more (got 20.5).', 'capacity'],
    [{ capacity: Number.NaN, registered: 0, attended: 0 }, 'capacity must be a whole number, 0 or more (got NaN).', 'capacity'],
    [{ capacity: 20, registered: -1, attended: 0 }, 'registered must be a whole number, 0 or more (got -1).', 'registered'],
    [{ capacity: 20, registered: 2.5, attended: 1 }, 'registered must be a whole number, 0 or more (got 2.5).', 'registered'],
    [{ capacity: 20, registered: 5, attended: -1 }, 'attended must be a whole number, 0 or more (got -1).', 'attended'],
    [{ capacity: 20, registered: 5, attended: 0.5 }, 'attended must be a whole number, 0 or more (got 0.5).', 'attended'],
    [{ capacity: 20, registered: 5, attended: Number.POSITIVE_INFINITY }, 'attended must be a whole number, 0 or more (got Infinity).', 'attended'],
    [{ capacity: 0, registered: 0, attended: 0 }, 'capacity must be at least 1.', 'capacity'],
    [{ capacity: 20, registered: 21, attended: 0 }, 'registered (21) cannot exceed capacity (20).', 'registered'],
    [{ capacity: 1, registered: 2, attended: 2 }, 'registered (2) cannot exceed capacity (1).', 'registered'],
    [{ capacity: 20, registered: 12, attended: 13 }, 'attended (13) cannot exceed registered (12).', 'attended'],
    [{ capacity: 20, registered: 0, attended: 1 }, 'attended (1) cannot exceed registered (0).', 'attended'],
  ])('refuses %p: %s', (counts, message, field) => {
    expect(() => checkSessionCounts(counts)).toThrow(refusal(message, field));
  });

  it('checks capacity, registered, attended in that order, then places, then presence', () => {
    expect(() => checkSessionCounts({ capacity: -1, registered: -2, attended: -3 })).toThrow(/^capacity must be a whole number/);
    expect(() => checkSessionCounts({ capacity: 5, registered: 2.5, attended: -1 })).toThrow(/^registered must be a whole number/);
    expect(() => checkSessionCounts({ capacity: 0, registered: 1, attended: 2 })).toThrow('capacity must be at least 1.');
    expect(() => checkSessionCounts({ capacity: 5, registered: 6, attended: 7 })).toThrow('registered (6) cannot exceed capacity (5).');
  });
});

describe('hours of a session at their boundaries', () => {
  it('allows a day at most', () => {
    expect(MAX_SESSION_HOURS).toBe(24);
  });

  it.each([
    [0.01, 0.01],
    [1, 1],
    [1.5, 1.5],
    [7.25, 7.25],
    [23.99, 23.99],
    [24, 24],
    [0.1 + 0.2, 0.3],
    [0.29, 0.29],
    [1.1 * 3, 3.3],
  ])('accepts %p hours as %p', (hours, stored) => {
    expect(checkSessionHours(hours)).toBe(stored);
  });

  it.each([
    [0, '0'],
    [-0.01, '-0.01'],
    [-2, '-2'],
    [24.01, '24.01'],
    [25, '25'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NEGATIVE_INFINITY, '-Infinity'],
  ])('refuses %p hours, saying what it got', (hours, shown) => {
    expect(() => checkSessionHours(hours)).toThrow(refusal(`hours must be more than 0 and at most 24 (got ${shown}).`, 'hours'));
  });

  it.each([0.001, 0.009, 1.004, 1.005, 1.006, 23.999])('refuses %p hours, finer than the hundredth', (hours) => {
    expect(() => checkSessionHours(hours)).toThrow(refusal('hours are given to the hundredth at most.', 'hours'));
  });
});

describe('place of a session at its boundaries', () => {
  const NO_PLACE = 'A session needs a place: a commune, a venue (e.g. "Classe virtuelle"), or both.';

  it.each([
    [' 18279 ', '  ', { communeCode: '18279', venue: null }],
    ['', 'Salle polyvalente', { communeCode: null, venue: 'Salle polyvalente' }],
    ['  ', ' Salle polyvalente', { communeCode: null, venue: 'Salle polyvalente' }],
    ['18279', ' Médiathèque ', { communeCode: '18279', venue: 'Médiathèque' }],
    [null, 'v'.repeat(200), { communeCode: null, venue: 'v'.repeat(200) }],
    [null, ` ${'v'.repeat(200)} `, { communeCode: null, venue: 'v'.repeat(200) }],
    ['18279', 'v'.repeat(199), { communeCode: '18279', venue: 'v'.repeat(199) }],
  ])('reads commune %p and venue %p', (communeCode, venue, place) => {
    expect(checkSessionPlace(communeCode, venue)).toEqual(place);
  });

  it.each([
    [null, null],
    ['', ''],
    ['  ', '  '],
    [null, '   '],
    ['   ', null],
  ])('refuses commune %p and venue %p', (communeCode, venue) => {
    expect(() => checkSessionPlace(communeCode, venue)).toThrow(refusal(NO_PLACE, 'venue'));
  });

  it.each([
    [null, 'v'.repeat(201)],
    ['18279', ` ${'v'.repeat(201)}`],
  ])('refuses a venue of 201 characters (commune %p)', (communeCode, venue) => {
    expect(() => checkSessionPlace(communeCode, venue)).toThrow(refusal('venue is 200 characters at most.', 'venue'));
  });
});

describe('title of a training at its boundaries', () => {
  it.each([
    ['R', 'R'],
    ['  Robotique', 'Robotique'],
    ['Robotique  ', 'Robotique'],
    ['t'.repeat(200), 't'.repeat(200)],
    [`  ${'t'.repeat(200)}  `, 't'.repeat(200)],
    ['t'.repeat(199), 't'.repeat(199)],
  ])('reads %p as %p', (title, stored) => {
    expect(checkTitle(title)).toBe(stored);
  });

  it.each(['', ' ', '\t\n '])('refuses the blank title %p', (title) => {
    expect(() => checkTitle(title)).toThrow(refusal('title cannot be blank.', 'title'));
  });

  it.each(['t'.repeat(201), ` ${'t'.repeat(201)} `])('refuses a title of 201 characters', (title) => {
    expect(() => checkTitle(title)).toThrow(refusal('title is 200 characters at most.', 'title'));
  });
});

describe('parent of a training: the messages a user reads', () => {
  it('names both departments when they differ', () => {
    expect(() => checkParent('29', { departmentCode: '18', hasParent: false })).toThrow(
      refusal('The parent training belongs to department 18, not 29.', 'parentId'),
    );
  });

  it('says events nest one level only when the parent has a parent', () => {
    expect(() => checkParent('18', { departmentCode: '18', hasParent: true })).toThrow(
      refusal('The parent training is itself part of an event; events nest one level only.', 'parentId'),
    );
  });

  it('checks the department before the nesting', () => {
    expect(() => checkParent('29', { departmentCode: '18', hasParent: true })).toThrow(/belongs to department 18, not 29/);
  });
});

describe('optimistic locking: any other stored version is a CONFLICT', () => {
  it.each([
    [3, 3],
    [0, 0],
    [1, 1],
  ])('accepts editing version %p when %p is stored', (stored, given) => {
    expect(() => checkVersion(stored, given, 'training')).not.toThrow();
  });

  it.each([
    [4, 3, 'training'],
    [2, 3, 'session'],
    [1, 0, 'session'],
  ])('refuses stored version %p edited from %p (%s)', (stored, given, what) => {
    expect(() => checkVersion(stored, given, what)).toThrow(
      expect.objectContaining({
        message: `The ${what} was changed by someone else (version ${stored}, you edited version ${given}); reload it and try again.`,
        extensions: { code: 'CONFLICT' },
      }),
    );
  });
});

describe('identifiers: UUIDs of 8-4-4-4-12 hexadecimal digits', () => {
  const GROUPS = ['09af09af', '09af', '09af', '09af', '09af09af09af'];
  const uuid = (groups: readonly string[]) => groups.join('-');
  const VALID = uuid(GROUPS);

  it.each([
    [VALID, VALID],
    [` ${VALID.toUpperCase()}\t`, VALID],
    ['00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000'],
    ['ffffffff-ffff-ffff-ffff-ffffffffffff', 'ffffffff-ffff-ffff-ffff-ffffffffffff'],
    ['99999999-9999-9999-9999-999999999999', '99999999-9999-9999-9999-999999999999'],
    ['aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa', 'aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa'],
    ['1b3c5d7e-4c5d-2b3e-3c4d-1b2c3d4e5b6c', '1b3c5d7e-4c5d-2b3e-3c4d-1b2c3d4e5b6c'],
  ])('reads %p as %p', (input, id) => {
    expect(parseId(input)).toBe(id);
  });

  const refused = [
    '',
    VALID.replaceAll('-', ''),
    `{${VALID}}`,
    `x${VALID}`,
    `${VALID}x`,
    VALID.replace('a', 'g'),
    VALID.replace('-', '_'),
    ...GROUPS.flatMap((group, i) => [
      uuid(GROUPS.map((g, j) => (j === i ? g.slice(1) : g))),
      uuid(GROUPS.map((g, j) => (j === i ? `${g}0` : g))),
      uuid(GROUPS.map((g, j) => (j === i ? `${group.slice(1)}g` : g))),
    ]),
  ];

  it.each(refused)('refuses %p, quoting it, under the field "id" by default', (input) => {
    expect(() => parseId(input)).toThrow(refusal(`"${input}" is not an identifier of this API (a UUID).`, 'id'));
  });

  it('names the field it is given', () => {
    expect(() => parseId('1; drop table training', 'parentId')).toThrow(
      refusal('"1; drop table training" is not an identifier of this API (a UUID).', 'parentId'),
    );
  });
});
