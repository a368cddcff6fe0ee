import { describe, expect, it } from '@jest/globals';
import { parseAnalysis, printAnalysis, VIEWS, type Analysis } from './analysis.js';

const QUERY = 'query Overview($codes: [ID!]) {\n  departments(codes: $codes) {\n    code\n    name\n  }\n}';

const full = [
  '# title: Cher et Finistère : vue d’ensemble',
  '# description: Les indicateurs clés, rapportés à 1 000 élèves.',
  '# variables: {"codes":["18","29"],"period":{"schoolYear":"2023-2024"}}',
  '# view: compare',
  '# rows: departments.years',
  '# indicator: years.pedagogy.training.hoursDelivered.value',
  '# compare: {"codes":["18","29"],"period":{"schoolYear":"2024-2025"}}',
  '',
  QUERY,
  '',
].join('\n');

describe('parseAnalysis', () => {
  it('reads every header key, the variables and comparison pretty-printed, and the operation', () => {
    const expected: Analysis = {
      id: 'overview',
      title: 'Cher et Finistère : vue d’ensemble',
      description: 'Les indicateurs clés, rapportés à 1 000 élèves.',
      query: QUERY,
      variables: '{\n  "codes": [\n    "18",\n    "29"\n  ],\n  "period": {\n    "schoolYear": "2023-2024"\n  }\n}',
      view: 'compare',
      rows: 'departments.years',
      indicator: 'years.pedagogy.training.hoursDelivered.value',
      compare: '{\n  "codes": [\n    "18",\n    "29"\n  ],\n  "period": {\n    "schoolYear": "2024-2025"\n  }\n}',
      published: undefined,
    };
    expect(parseAnalysis('overview', full)).toEqual(expected);
  });

  it('defaults to no description, no variables, the table view and no rows, indicator or comparison', () => {
    const expected: Analysis = {
      id: 'minimal',
      title: 'Projets',
      description: '',
      query: QUERY,
      variables: '{}',
      view: 'table',
      rows: undefined,
      indicator: undefined,
      compare: undefined,
      published: undefined,
    };
    expect(parseAnalysis('minimal', `# title: Projets\n${QUERY}`)).toEqual(expected);
  });

  it('reads a published analysis without a body', () => {
    const analysis = parseAnalysis('ranking', '# title: Classement national\n# view: chart\n# rows: pedagogyRanking\n# published: DepartmentRanking\n');
    expect([analysis.published, analysis.query, analysis.view, analysis.rows]).toEqual(['DepartmentRanking', '', 'chart', 'pedagogyRanking']);
  });

  it.each<[string, string, Partial<Analysis>]>([
    ['Windows line ends', `# title: Tendances\r\n# view: chart\r\n${QUERY.replaceAll('\n', '\r\n')}\r\n`, { title: 'Tendances', view: 'chart', query: QUERY }],
    [
      'spaces around a value',
      '#   title:    Portée des actions   \n{ crcnDomains { code } }',
      { title: 'Portée des actions', query: '{ crcnDomains { code } }' },
    ],
    [
      'a colon in a value',
      '# title: Pix : résultats\n# description: Taux : certifiés / candidats\n{ crcnDomains { code } }',
      { title: 'Pix : résultats', description: 'Taux : certifiés / candidats' },
    ],
    ['blank lines around the operation', `# title: Projets\n\n\n${QUERY}\n\n`, { query: QUERY }],
    ['the last of a repeated key', '# title: Premier\n# title: Second\n{ crcnDomains { code } }', { title: 'Second' }],
    [
      'a comment not of the header form as the operation',
      '# title: Projets\n# Une note\n{ crcnDomains { code } }',
      { query: '# Une note\n{ crcnDomains { code } }' },
    ],
    ['compact variables pretty-printed', '# title: Projets\n# variables: {"first":200}\n{ crcnDomains { code } }', { variables: '{\n  "first": 200\n}' }],
    ['every view', '# title: Projets\n# view: json\n{ crcnDomains { code } }', { view: 'json' }],
  ])('reads %s', (_, text, expected) => {
    expect(parseAnalysis('x', text)).toMatchObject(expected);
  });

  it.each<[string, string, string]>([
    ['an unknown key', '# title: Projets\n# colour: bleu\n{ crcnDomains { code } }', 'bad: unknown key "colour"'],
    ['a missing title', '# description: Sans titre\n{ crcnDomains { code } }', 'bad: a title is required'],
    ['an empty title', '# title:   \n{ crcnDomains { code } }', 'bad: a title is required'],
    ['a title after the operation', '{ crcnDomains { code } }\n# title: Trop tard', 'bad: a title is required'],
    ['a bad view', '# title: Projets\n# view: pie\n{ crcnDomains { code } }', 'bad: view must be one of table, chart, compare, json'],
    ['variables that are not JSON', '# title: Projets\n# variables: {codes: ["18"]}\n{ crcnDomains { code } }', 'bad: variables is not JSON'],
    ['a comparison that is not JSON', '# title: Projets\n# compare: {"codes":\n{ crcnDomains { code } }', 'bad: compare is not JSON'],
  ])('throws on %s', (_, text, message) => {
    expect(() => parseAnalysis('bad', text)).toThrow(message);
  });

  it('knows four views', () => {
    expect(VIEWS).toEqual(['table', 'chart', 'compare', 'json']);
  });
});

describe('printAnalysis', () => {
  it('writes the header with compact JSON, then the operation', () => {
    expect(printAnalysis(parseAnalysis('overview', full))).toBe(full);
  });

  it('leaves out what is not set', () => {
    const analysis: Analysis = { id: 'p', title: 'Projets', description: '', query: `\n${QUERY}\n\n`, variables: '{}', view: 'table' };
    expect(printAnalysis(analysis)).toBe(`# title: Projets\n# variables: {}\n# view: table\n\n${QUERY}\n`);
  });

  it('keeps a header value on one line', () => {
    const analysis: Analysis = {
      id: 'p',
      title: 'Projets\npar thème',
      description: 'Ligne 1\n  ligne 2',
      query: QUERY,
      variables: '{\n  "first": 5\n}',
      view: 'chart',
    };
    expect(printAnalysis(analysis)).toBe(`# title: Projets par thème\n# description: Ligne 1 ligne 2\n# variables: {"first":5}\n# view: chart\n\n${QUERY}\n`);
  });

  it.each<[string, Analysis]>([
    ['every field', parseAnalysis('round', full)],
    [
      'the defaults',
      {
        id: 'round',
        title: 'Projets',
        description: '',
        query: QUERY,
        variables: '{}',
        view: 'table',
        rows: undefined,
        indicator: undefined,
        compare: undefined,
        published: undefined,
      },
    ],
    [
      'a chart with accents and apostrophes',
      {
        id: 'round',
        title: 'Heures de formation par public',
        description: 'Les heures dispensées, l’année 2023-2024 ; « secret statistique » compris.',
        query: QUERY,
        variables: '{\n  "codes": [\n    "18"\n  ],\n  "period": null\n}',
        view: 'chart',
        rows: 'departments.pedagogy.training.hoursByAudience',
        indicator: 'pedagogy.training.hoursByAudience.hours',
        compare: undefined,
        published: undefined,
      },
    ],
    [
      'a comparison',
      {
        id: 'round',
        title: 'Comparaison',
        description: 'Deux années',
        query: QUERY,
        variables: '{\n  "codes": [\n    "18"\n  ]\n}',
        view: 'compare',
        rows: 'departments',
        indicator: undefined,
        compare: '{\n  "codes": [\n    "29"\n  ]\n}',
        published: undefined,
      },
    ],
  ])('round-trips %s through parseAnalysis', (_, analysis) => {
    expect(parseAnalysis('round', printAnalysis(analysis))).toEqual(analysis);
  });
});

describe('printAnalysis then parseAnalysis', () => {
  it('keeps a comment that opens the operation as part of it, however it looks', () => {
    const analysis: Analysis = { id: 'n', title: 'Note', description: '', query: '# note: à revoir\n{ departments { code } }', variables: '{}', view: 'table' };
    expect(parseAnalysis('n', printAnalysis(analysis))).toEqual({
      ...analysis,
      rows: undefined,
      indicator: undefined,
      compare: undefined,
      published: undefined,
    });
  });
});
