import { describe, expect, it } from '@jest/globals';
import { findDepartment } from './department-search.js';
import { csvFigure, formatFigure } from './figures.js';
import { DEFAULT_VIEW, readView, schoolYears, viewSearch } from './view.js';

describe('the dashboard view in the URL', () => {
  it('shows Cher and Finistère, all time, projects accepted per 1,000 pupils by default', () => {
    expect(readView('')).toEqual(DEFAULT_VIEW);
    expect(viewSearch(DEFAULT_VIEW)).toBe('?departements=18,29&periode=tout&indicateur=PROJECTS_ACCEPTED&normalisation=eleves');
  });

  it('reads back every choice it writes', () => {
    const view = {
      codes: ['2A', '971', '29'],
      schoolYear: '2023-2024',
      indicator: 'GIRLS_REACHED',
      per: 'PER_TEN_THOUSAND_INHABITANTS' as const,
      embedded: true,
    };
    expect(readView(viewSearch(view))).toEqual(view);
  });

  it('drops what is malformed rather than failing: unknown codes, a made-up year, a bad name', () => {
    const view = readView('?departements=18,999,2a,18,x&periode=2023-2025&indicateur=drop%20table&normalisation=km');
    expect(view).toEqual({ ...DEFAULT_VIEW, codes: ['18', '2A'] });
    expect(readView('?departements=01,02,03,04,05,06,07').codes).toHaveLength(6);
  });

  it('lists school years from 2020-2021 to the current one, which starts in September', () => {
    expect(schoolYears(new Date('2026-12-03'))).toEqual(['2026-2027', '2025-2026', '2024-2025', '2023-2024', '2022-2023', '2021-2022', '2020-2021']);
    expect(schoolYears(new Date('2021-08-31'))).toEqual(['2020-2021']);
  });
});

describe('the dashboard figures', () => {
  const strip = (text: string) => text.replace(/\s/g, ' ');
  it('writes each unit as a French reader reads it, withheld figures spelt out', () => {
    expect(strip(formatFigure({ value: 1234, suppressed: false }, 'COUNT'))).toBe('1 234');
    expect(strip(formatFigure({ value: 123456, suppressed: false }, 'CENTS'))).toBe('1 234,56 €');
    expect(strip(formatFigure({ value: 12.25, suppressed: false }, 'HOURS'))).toBe('12,3 h');
    expect(strip(formatFigure({ value: 0.1797, suppressed: false }, 'RATE'))).toBe('17,97 %');
    expect(formatFigure({ value: null, suppressed: true }, 'COUNT')).toBe('secret statistique');
    expect(formatFigure({ value: null, suppressed: false }, 'MEAN')).toBe('—');
  });

  it('writes CSV figures with a decimal comma and amounts in euros', () => {
    expect(csvFigure({ value: 0.993, suppressed: false }, 'COUNT')).toBe('0,993');
    expect(csvFigure({ value: 123456, suppressed: false }, 'CENTS')).toBe('1234,56');
    expect(csvFigure({ value: null, suppressed: true }, 'COUNT')).toBe('secret statistique');
  });
});

describe('the department search', () => {
  const all = [
    { code: '29', name: 'Finistère' },
    { code: '2A', name: 'Corse-du-Sud' },
    { code: '18', name: 'Cher' },
    { code: '973', name: 'Guyane' },
  ];
  it('finds a department by code, by name without accents, by suggestion, or by the only name it starts', () => {
    expect(findDepartment(all, '2a')?.name).toBe('Corse-du-Sud');
    expect(findDepartment(all, 'finistere')?.code).toBe('29');
    expect(findDepartment(all, 'Corse du sud')?.code).toBe('2A');
    expect(findDepartment(all, 'Guyane (973)')?.code).toBe('973');
    expect(findDepartment(all, 'gu')?.code).toBe('973');
    expect(findDepartment(all, 'c')).toBeUndefined();
    expect(findDepartment(all, '  ')).toBeUndefined();
  });
});
