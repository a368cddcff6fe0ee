import { describe, expect, it } from '@jest/globals';
import {
  cellNumber,
  columnsOf,
  EMPTY_CELL,
  flatten,
  labelColumn,
  listPaths,
  numericColumns,
  SECRET_CELL,
  timeColumn,
  type Cell,
  type Column,
  type Json,
  type Row,
  type Table,
} from './flatten.js';

import { bool, EMPTY, money, num, SECRET, text } from './cells.fixtures.js';

/** Two departments, their school years, one year's indicator withheld. */
const trends: Json = {
  departments: [
    {
      code: '18',
      name: 'Cher',
      tneCohortYear: 2021,
      years: [
        { schoolYear: '2022-2023', pedagogy: { tneSchools: { value: 12, perThousandPupils: 0.5, suppressed: false } } },
        { schoolYear: '2023-2024', pedagogy: { tneSchools: { value: null, perThousandPupils: null, suppressed: true } } },
      ],
    },
    {
      code: '29',
      name: 'Finistère',
      tneCohortYear: 2023,
      years: [{ schoolYear: '2023-2024', pedagogy: { tneSchools: { value: 40, perThousandPupils: null, suppressed: false } } }],
    },
  ],
};

const cher = { code: text('18'), name: text('Cher'), tneCohortYear: text('2021') };
const finistere = { code: text('29'), name: text('Finistère'), tneCohortYear: text('2023') };

describe('listPaths', () => {
  it.each<[string, Json, string[]]>([
    ['no list', { department: { code: '18', pupils: 10 } }, []],
    ['a root list', { departments: [{ code: '18' }] }, ['departments']],
    ['a list in a list', trends, ['departments', 'departments.years']],
    [
      'shallowest first, then in the order found',
      {
        departments: [{ code: '18', finance: { budget: { byVolet: [{ volet: 'EQUIPMENT' }] } }, years: [{ schoolYear: '2022-2023' }] }],
        pedagogyRanking: [{ rank: 1 }],
      },
      ['departments', 'pedagogyRanking', 'departments.years', 'departments.finance.budget.byVolet'],
    ],
    ['a list below an object', { projects: { totalCount: 2, nodes: [{ title: 'Robotique' }] } }, ['projects.nodes']],
    ['lists of scalars are not row paths', { project: { themes: ['ARTS', 'SCIENCES'], years: [2021, 2022] } }, []],
    ['an empty list is not a row path', { departments: [] }, []],
    ['money is not walked into', { department: { granted: { cents: 100, currency: 'EUR' } } }, []],
    [
      'a list found only in a later item',
      {
        departments: [
          { code: '18', years: [] },
          { code: '29', years: [{ schoolYear: '2023-2024' }] },
        ],
      },
      ['departments', 'departments.years'],
    ],
    ['not an object', null, []],
  ])('%s', (_, data, expected) => {
    expect(listPaths(data)).toEqual(expected);
  });
});

describe('flatten: rows along a path', () => {
  it('gives one row per item of a list in a list, carrying the parent item’s columns', () => {
    const table = flatten(trends, 'departments.years');
    expect(table.rowsPath).toBe('departments.years');
    expect(table.rows).toEqual([
      { ...cher, 'years.schoolYear': text('2022-2023'), 'years.pedagogy.tneSchools.value': num(12), 'years.pedagogy.tneSchools.perThousandPupils': num(0.5) },
      { ...cher, 'years.schoolYear': text('2023-2024'), 'years.pedagogy.tneSchools.value': SECRET, 'years.pedagogy.tneSchools.perThousandPupils': SECRET },
      { ...finistere, 'years.schoolYear': text('2023-2024'), 'years.pedagogy.tneSchools.value': num(40), 'years.pedagogy.tneSchools.perThousandPupils': EMPTY },
    ]);
    expect(table.columns).toEqual([
      { key: 'code', kind: 'text' },
      { key: 'name', kind: 'text' },
      { key: 'tneCohortYear', kind: 'text' },
      { key: 'years.schoolYear', kind: 'text' },
      { key: 'years.pedagogy.tneSchools.value', kind: 'number' },
      { key: 'years.pedagogy.tneSchools.perThousandPupils', kind: 'number' },
    ]);
  });

  it('follows objects between the lists of the path, their other fields as columns', () => {
    const data: Json = {
      departments: [
        {
          code: '18',
          finance: {
            leverage: 1.5,
            budget: {
              envelopes: { value: { cents: 1000, currency: 'EUR' } },
              byVolet: [
                { volet: 'EQUIPMENT', committed: { cents: 300, currency: 'EUR' } },
                { volet: 'TRAINING', committed: { cents: 200, currency: 'EUR' } },
              ],
            },
          },
        },
      ],
    };
    const parent = { code: text('18'), 'finance.leverage': num(1.5), 'finance.budget.envelopes.value': money(1000) };
    expect(flatten(data, 'departments.finance.budget.byVolet').rows).toEqual([
      { ...parent, 'finance.budget.byVolet.volet': text('EQUIPMENT'), 'finance.budget.byVolet.committed': money(300) },
      { ...parent, 'finance.budget.byVolet.volet': text('TRAINING'), 'finance.budget.byVolet.committed': money(200) },
    ]);
  });

  it('names the columns of a list below an object from its items', () => {
    const data: Json = {
      projects: {
        totalCount: 2,
        nodes: [
          { title: 'Robotique', pupilsReached: 25 },
          { title: 'Radio', pupilsReached: null },
        ],
      },
    };
    expect(flatten(data, 'projects.nodes')).toEqual({
      rowsPath: 'projects.nodes',
      columns: [
        { key: 'title', kind: 'text' },
        { key: 'pupilsReached', kind: 'number' },
      ],
      rows: [
        { title: text('Robotique'), pupilsReached: num(25) },
        { title: text('Radio'), pupilsReached: EMPTY },
      ],
    });
  });

  it('keeps a parent item whose list on the path is null as a row of its own', () => {
    const data: Json = {
      departments: [
        { code: '18', years: null },
        { code: '29', years: [{ schoolYear: '2023-2024' }] },
      ],
    };
    expect(flatten(data, 'departments.years').rows).toEqual([{ code: text('18') }, { code: text('29'), 'years.schoolYear': text('2023-2024') }]);
  });

  it.each<[string, string | undefined, string]>([
    ['no path', undefined, 'departments'],
    ['an empty path', '', 'departments'],
    ['a path not in the answer', 'departments.months', 'departments'],
    ['a path to a scalar', 'departments.code', 'departments'],
    ['a known deeper path', 'departments.years', 'departments.years'],
  ])('with %s, rows along %s', (_, rowsPath, expected) => {
    expect(flatten(trends, rowsPath).rowsPath).toBe(expected);
  });

  it('falls back to the first list: one row per department, its years pivoted by school year', () => {
    const table = flatten(trends, 'nowhere');
    expect(table.rows).toEqual([
      {
        ...cher,
        'years[2022-2023].pedagogy.tneSchools.value': num(12),
        'years[2022-2023].pedagogy.tneSchools.perThousandPupils': num(0.5),
        'years[2023-2024].pedagogy.tneSchools.value': SECRET,
        'years[2023-2024].pedagogy.tneSchools.perThousandPupils': SECRET,
      },
      {
        ...finistere,
        'years[2023-2024].pedagogy.tneSchools.value': num(40),
        'years[2023-2024].pedagogy.tneSchools.perThousandPupils': EMPTY,
      },
    ]);
  });

  it('makes one row of an answer with no list', () => {
    const data: Json = {
      department: { code: '18', name: 'Cher', pupils: 28500, academy: null, finance: { equipmentGranted: { value: { cents: 5000, currency: 'EUR' } } } },
    };
    expect(flatten(data)).toEqual({
      rowsPath: '',
      columns: [
        { key: 'department.code', kind: 'text' },
        { key: 'department.name', kind: 'text' },
        { key: 'department.pupils', kind: 'number' },
        { key: 'department.academy', kind: 'text' },
        { key: 'department.finance.equipmentGranted.value', kind: 'money' },
      ],
      rows: [
        {
          'department.code': text('18'),
          'department.name': text('Cher'),
          'department.pupils': num(28500),
          'department.academy': EMPTY,
          'department.finance.equipmentGranted.value': money(5000),
        },
      ],
    });
  });

  it.each<[string, Json]>([
    ['null', null],
    ['a string', 'text'],
    ['a root list', [{ code: '18' }]],
  ])('makes no row of %s', (_, data) => {
    expect(flatten(data)).toEqual({ rowsPath: '', columns: [], rows: [] });
  });
});

describe('flatten: statistical secrecy', () => {
  it('shows every null figure of a suppressed indicator as secret and a null of a published one as empty', () => {
    const data: Json = {
      department: {
        householdsReached: { value: null, perTenThousandInhabitants: null, suppressed: true },
        workshopsHeld: { value: null, perTenThousandInhabitants: null, suppressed: false },
        devicesOnLoan: { value: 0, perTenThousandInhabitants: null, suppressed: false },
      },
    };
    expect(flatten(data).rows).toEqual([
      {
        'department.householdsReached.value': SECRET,
        'department.householdsReached.perTenThousandInhabitants': SECRET,
        'department.workshopsHeld.value': EMPTY,
        'department.workshopsHeld.perTenThousandInhabitants': EMPTY,
        'department.devicesOnLoan.value': num(0),
        'department.devicesOnLoan.perTenThousandInhabitants': EMPTY,
      },
    ]);
  });

  it('hides a suppressed money indicator’s null amounts too', () => {
    const data: Json = { department: { granted: { value: null, perThousandPupils: null, suppressed: true } } };
    expect(flatten(data).rows).toEqual([{ 'department.granted.value': SECRET, 'department.granted.perThousandPupils': SECRET }]);
  });

  it('keeps the secret inside a list pivoted into columns', () => {
    const data: Json = {
      departments: [
        {
          code: '18',
          parentality: {
            byKind: [
              { kind: 'WORKSHOP', attendance: { value: null, suppressed: true } },
              { kind: 'CAFE', attendance: { value: 14, suppressed: false } },
              { kind: 'OUTING', attendance: { value: null, suppressed: false } },
            ],
          },
        },
      ],
    };
    expect(flatten(data, 'departments').rows).toEqual([
      {
        code: text('18'),
        'parentality.byKind[WORKSHOP].attendance.value': SECRET,
        'parentality.byKind[CAFE].attendance.value': num(14),
        'parentality.byKind[OUTING].attendance.value': EMPTY,
      },
    ]);
  });

  it('keeps the secret on rows along a list', () => {
    const data: Json = {
      departments: [
        {
          code: '29',
          parentality: {
            byKind: [
              { kind: 'WORKSHOP', householdsReached: { value: null, suppressed: true } },
              { kind: 'CAFE', householdsReached: { value: 8, suppressed: false } },
            ],
          },
        },
      ],
    };
    expect(flatten(data, 'departments.parentality.byKind').rows).toEqual([
      { code: text('29'), 'parentality.byKind.kind': text('WORKSHOP'), 'parentality.byKind.householdsReached.value': SECRET },
      { code: text('29'), 'parentality.byKind.kind': text('CAFE'), 'parentality.byKind.householdsReached.value': num(8) },
    ]);
  });

  it('hides every null figure below a suppressed object, in nested objects and lists', () => {
    const data: Json = {
      departments: [
        {
          code: '18',
          attendance: {
            suppressed: true,
            value: null,
            detail: { girls: null },
            byKind: [
              { kind: 'A', value: null },
              { kind: 'B', value: 3 },
            ],
          },
        },
      ],
    };
    expect(flatten(data, 'departments').rows).toEqual([
      {
        code: text('18'),
        'attendance.value': SECRET,
        'attendance.detail.girls': SECRET,
        'attendance.byKind[A].value': SECRET,
        'attendance.byKind[B].value': num(3),
      },
    ]);
  });

  it('withholds a suppressed rank, value and amount of a ranking, not the department', () => {
    const data: Json = {
      pedagogyRanking: [
        { rank: 1, value: 52.5, amount: { cents: 250000, currency: 'EUR' }, suppressed: false, department: { code: '29', name: 'Finistère' } },
        { rank: null, value: null, amount: null, suppressed: false, department: { code: '75', name: 'Paris' } },
        { rank: null, value: null, amount: null, suppressed: true, department: { code: '18', name: 'Cher' } },
      ],
    };
    const table = flatten(data, 'pedagogyRanking');
    expect(table.rows).toEqual([
      { rank: num(1), value: num(52.5), amount: money(250000), 'department.code': text('29'), 'department.name': text('Finistère') },
      { rank: EMPTY, value: EMPTY, amount: EMPTY, 'department.code': text('75'), 'department.name': text('Paris') },
      { rank: SECRET, value: SECRET, amount: SECRET, 'department.code': text('18'), 'department.name': text('Cher') },
    ]);
    expect(labelColumn(table)).toEqual({ key: 'department.name', kind: 'text' });
  });

  it('does not show the suppressed flag of an indicator as a column, but a lone flag is a boolean', () => {
    const data: Json = { department: { households: { value: 3, suppressed: false }, status: { suppressed: true } } };
    expect(flatten(data).rows).toEqual([{ 'department.households.value': num(3), 'department.status.suppressed': bool(true) }]);
  });

  it('withholds the secret of a parent item on every row below it', () => {
    const data: Json = { departments: [{ code: '18', suppressed: true, pupils: null, years: [{ schoolYear: '2023-2024', value: null }] }] };
    expect(flatten(data, 'departments.years').rows).toEqual([
      { code: text('18'), pupils: SECRET, 'years.schoolYear': text('2023-2024'), 'years.value': SECRET },
    ]);
  });
});

describe('flatten: cells', () => {
  it.each<[string, Json, Row]>([
    ['money with its currency', { granted: { cents: 123456, currency: 'EUR' } }, { granted: money(123456) }],
    ['money without a currency in euros', { granted: { cents: 99 } }, { granted: money(99) }],
    ['money with its __typename', { granted: { __typename: 'Money', cents: -500, currency: 'EUR' } }, { granted: money(-500) }],
    ['money in another currency', { granted: { cents: 700, currency: 'CHF' } }, { granted: money(700, 'CHF') }],
    ['an object with cents and more is no money', { granted: { cents: 7, label: 'x' } }, { 'granted.cents': num(7), 'granted.label': text('x') }],
    ['a boolean', { open: false }, { open: bool(false) }],
    ['a string', { status: 'ACCEPTED' }, { status: text('ACCEPTED') }],
    ['a number', { pupils: 2021 }, { pupils: num(2021) }],
    ['a tneCohortYear as text', { tneCohortYear: 2021 }, { tneCohortYear: text('2021') }],
    ['a tneJoinedYear as text', { tneJoinedYear: 2022 }, { tneJoinedYear: text('2022') }],
    ['a year as text', { year: 2024 }, { year: text('2024') }],
    ['a non-integer year as a number', { tneCohortYear: 2021.5 }, { tneCohortYear: num(2021.5) }],
    ['__typename left out', { __typename: 'Department', code: '18' }, { code: text('18') }],
    ['a list of strings joined', { themes: ['INCLUSION', 'ARTS'] }, { themes: text('INCLUSION, ARTS') }],
    ['a list of numbers joined', { ranks: [3, 1, 2] }, { ranks: text('3, 1, 2') }],
    ['a mixed list joined, objects as JSON', { mixed: [1, { a: 2 }] }, { mixed: text('1, {"a":2}') }],
    [
      'objects pivoted by their discriminating field',
      {
        byVolet: [
          { volet: 'EQUIPMENT', committed: { cents: 10, currency: 'EUR' } },
          { volet: 'TRAINING', committed: { cents: 20, currency: 'EUR' } },
        ],
      },
      { 'byVolet[EQUIPMENT].committed': money(10), 'byVolet[TRAINING].committed': money(20) },
    ],
    [
      'objects pivoted by their first string field whose values are all different',
      {
        byAudience: [
          { scope: 'ALL', audience: 'TEACHERS', hours: 3 },
          { scope: 'ALL', audience: 'TRAINERS', hours: 4 },
        ],
      },
      {
        'byAudience[TEACHERS].scope': text('ALL'),
        'byAudience[TEACHERS].hours': num(3),
        'byAudience[TRAINERS].scope': text('ALL'),
        'byAudience[TRAINERS].hours': num(4),
      },
    ],
    [
      'objects pivoted by position without a discriminating field',
      {
        meanLevelByDomain: [
          { domain: { code: '1', name: 'Informations' }, meanLevel: 2.5 },
          { domain: { code: '2', name: 'Communication' }, meanLevel: 3 },
        ],
      },
      {
        'meanLevelByDomain[1].domain.code': text('1'),
        'meanLevelByDomain[1].domain.name': text('Informations'),
        'meanLevelByDomain[1].meanLevel': num(2.5),
        'meanLevelByDomain[2].domain.code': text('2'),
        'meanLevelByDomain[2].domain.name': text('Communication'),
        'meanLevelByDomain[2].meanLevel': num(3),
      },
    ],
    [
      'objects pivoted by position when a string field repeats',
      {
        sessions: [
          { kind: 'A', n: 1 },
          { kind: 'A', n: 2 },
        ],
      },
      { 'sessions[1].kind': text('A'), 'sessions[1].n': num(1), 'sessions[2].kind': text('A'), 'sessions[2].n': num(2) },
    ],
  ])('%s', (_, department, expected) => {
    // One department's fields, as the columns of its row.
    expect(flatten({ departments: [department] }, 'departments').rows).toEqual([expected]);
  });

  it('exports shared secret and empty cells', () => {
    expect([SECRET_CELL, EMPTY_CELL]).toEqual([SECRET, EMPTY]);
  });
});

describe('columnsOf', () => {
  it('lists the columns in order of first appearance, typed by their first figure', () => {
    const rows: Row[] = [
      { name: text('Cher'), hours: SECRET, granted: EMPTY },
      { name: text('Finistère'), hours: num(4), granted: money(100), late: bool(true) },
      { name: text('Paris'), hours: text('n/a') },
    ];
    expect(columnsOf(rows)).toEqual([
      { key: 'name', kind: 'text' },
      { key: 'hours', kind: 'number' },
      { key: 'granted', kind: 'money' },
      { key: 'late', kind: 'boolean' },
    ]);
  });

  it("puts a null object's fields where its empty cell first stood, without a column of its own", () => {
    const rows: Row[] = [
      { title: text('Webinaire'), commune: EMPTY, venue: text('En ligne') },
      { title: text('Séminaire'), 'commune.code': text('18279'), 'commune.name': text('Vierzon'), venue: text('Salle') },
    ];
    expect(columnsOf(rows).map((c) => c.key)).toEqual(['title', 'commune.code', 'commune.name', 'venue']);
    // A withheld object keeps its column: the secret is shown there.
    expect(columnsOf([{ school: SECRET }, { 'school.name': text('École') }]).map((c) => c.key)).toEqual(['school', 'school.name']);
  });

  it('takes a column whose every cell is withheld for a figure', () => {
    expect(columnsOf([{ households: SECRET }, { households: SECRET }])).toEqual([{ key: 'households', kind: 'number' }]);
  });

  it('has no column without rows', () => {
    expect(columnsOf([])).toEqual([]);
  });
});

const table = (columns: Column[]): Table => ({ rowsPath: 'x', columns, rows: [] });
const col = (key: string, kind: Column['kind'] = 'text'): Column => ({ key, kind });

describe('numericColumns', () => {
  it('keeps numbers and money', () => {
    const t = table([col('name'), col('pupils', 'number'), col('granted', 'money'), col('open', 'boolean'), col('rate', 'number')]);
    expect(numericColumns(t)).toEqual([col('pupils', 'number'), col('granted', 'money'), col('rate', 'number')]);
  });
});

describe('labelColumn', () => {
  it.each<[string, Column[], string | undefined]>([
    ['a project’s own title before its campaign’s name', [col('status'), col('campaign.name'), col('title')], 'title'],
    ['a department’s name before its code', [col('code'), col('name'), col('tneCohortYear')], 'name'],
    ['a name before a title on the same level', [col('title'), col('name')], 'name'],
    ['a label', [col('status'), col('label')], 'label'],
    ['a code when there is no name', [col('status'), col('code')], 'code'],
    ['a nested name when the row has none', [col('rank', 'number'), col('status'), col('department.code'), col('department.name')], 'department.name'],
    ['the row’s code before a nested name', [col('department.name'), col('code')], 'code'],
    ['the first text column otherwise', [col('pupils', 'number'), col('status'), col('kind')], 'status'],
    ['a name only when it is text', [col('name', 'number'), col('kind')], 'kind'],
    ['none without a text column', [col('pupils', 'number'), col('granted', 'money')], undefined],
  ])('%s', (_, columns, expected) => {
    expect(labelColumn(table(columns))?.key).toBe(expected);
  });

  it('names the rows of a table of projects by their title', () => {
    const data: Json = { projects: { nodes: [{ status: 'ACCEPTED', campaign: { name: 'Campagne 2023' }, title: 'Robotique' }] } };
    expect(labelColumn(flatten(data))).toEqual({ key: 'title', kind: 'text' });
  });
});

describe('timeColumn', () => {
  it.each<[string, Column[], string | undefined]>([
    ['a school year on rows along years', [col('code'), col('name'), col('years.schoolYear')], 'years.schoolYear'],
    ['a school year of the row', [col('schoolYear'), col('value', 'number')], 'schoolYear'],
    ['a month', [col('code'), col('finance.monthly.month')], 'finance.monthly.month'],
    ['no period', [col('code'), col('name')], undefined],
    ['not a pivoted school year', [col('years[2022-2023].value', 'number')], undefined],
    ['not a name merely starting with schoolYear', [col('schoolYearStart')], undefined],
    ['only a text column', [col('month', 'number')], undefined],
  ])('%s', (_, columns, expected) => {
    expect(timeColumn(table(columns))?.key).toBe(expected);
  });

  it('finds the school year of a flattened trend', () => {
    expect(timeColumn(flatten(trends, 'departments.years'))).toEqual({ key: 'years.schoolYear', kind: 'text' });
  });
});

describe('cellNumber', () => {
  it.each<[string, Cell | undefined, number | null]>([
    ['a number', num(12.5), 12.5],
    ['a zero', num(0), 0],
    ['money in euros', money(123456), 1234.56],
    ['a secret as a gap', SECRET, null],
    ['an empty cell as a gap', EMPTY, null],
    ['a missing cell as a gap', undefined, null],
    ['text', text('12'), null],
    ['a boolean', bool(true), null],
  ])('%s', (_, cell, expected) => {
    expect(cellNumber(cell)).toBe(expected);
  });
});

describe('flatten: edge cases found in review', () => {
  it('never pivots a list on __typename', () => {
    const data: Json = { departments: [{ code: '18', byVolet: [{ __typename: 'VoletBudget', volet: 'EQUIPMENT', committed: 1 }] }] };
    expect(Object.keys(flatten(data).rows[0]!)).toEqual(['code', 'byVolet[EQUIPMENT].committed']);
  });

  it('shows an empty list as an empty cell, and types a column with nothing in it as text', () => {
    const table = flatten({ departments: [{ code: '18', closesOn: null, tags: [] }] });
    expect(table.rows[0]).toEqual({ code: { kind: 'text', value: '18' }, closesOn: EMPTY_CELL, tags: EMPTY_CELL });
    expect(table.columns.map((c) => c.kind)).toEqual(['text', 'text', 'text']);
  });
});

describe('flatten: column order', () => {
  it("puts the columns of pivoted lists after the row's own", () => {
    const data: Json = {
      departments: [{ code: '18', monthly: [{ month: '2024-09', decisions: 2 }], name: 'Cher', years: [{ schoolYear: '2023-2024', hours: 5 }] }],
    };
    expect(flatten(data, 'departments.years').columns.map((c) => c.key)).toEqual([
      'code',
      'name',
      'years.schoolYear',
      'years.hours',
      'monthly[2024-09].decisions',
    ]);
  });
});
