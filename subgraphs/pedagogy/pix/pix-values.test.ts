import { describe, expect, it } from '@jest/globals';
import { detectSeparator, readHeader, splitLine } from './pix-csv.js';
import { parseGrade, parseLevel, parseScore, parseStatus } from './pix-values.js';

const value = <T>(parsed: { ok: true; value: T } | { ok: false; reason: string }) => (parsed.ok ? parsed.value : undefined);

describe('cells of a Pix results file', () => {
  it.each([
    ['3e', 'TROISIEME'],
    ['3A', 'TROISIEME'],
    ['3ème 2', 'TROISIEME'],
    ['Troisième', 'TROISIEME'],
    ['3e B', 'TROISIEME'],
    ['Terminale', 'TERMINALE'],
    ['TG1', 'TERMINALE'],
    ['Tle STMG', 'TERMINALE'],
    ['Terminale bac pro', 'TERMINALE'],
    ['T. STI2D', 'TERMINALE'],
    ['CAP', 'CAP'],
    ['2CAP1', 'CAP'],
    ['2e CAP', 'CAP'],
    ['CM2', undefined],
    ['2nde', undefined],
    ['1re G', undefined],
    ['', undefined],
  ])('grade %p → %p', (cell, grade) => {
    expect(value(parseGrade(cell))).toBe(grade);
  });

  it.each([
    ['Certifié', true],
    ['OUI', true],
    ['yes', true],
    ['1', true],
    ['validée', true],
    ['Non certifié', false],
    ['non', false],
    ['No', false],
    ['0', false],
    ['rejeté', false],
    ['peut-être', undefined],
    ['', undefined],
  ])('status %p → %p', (cell, certified) => {
    expect(value(parseStatus(cell))).toBe(certified);
  });

  it('reads scores 0 to 1024 and levels 0 to 6, blank or "-" meaning not given', () => {
    expect(['0', ' 512 ', '1024', '', '-'].map((c) => value(parseScore(c)))).toEqual([0, 512, 1024, null, null]);
    expect(['1025', '12.5', '-3', 'abc'].map((c) => parseScore(c).ok)).toEqual([false, false, false, false]);
    expect(['0', '6', '', ' - '].map((c) => value(parseLevel(c, '1.1')))).toEqual([0, 6, null, null]);
    expect(['7', '2.5', 'x'].map((c) => parseLevel(c, '1.1').ok)).toEqual([false, false, false]);
  });

  it('never quotes the cell in a reason', () => {
    for (const parsed of [parseGrade('Dupont'), parseStatus('Dupont'), parseScore('Dupont'), parseLevel('Dupont', '3.4')]) {
      expect(parsed.ok ? '' : parsed.reason).not.toContain('Dupont');
    }
  });

  it('splits lines with quotes and finds the separator', () => {
    expect(splitLine('"Le Gall; Marie";0180018X;"a ""b"""', ';')).toEqual(['Le Gall; Marie', '0180018X', 'a "b"']);
    expect(splitLine('a,,b,', ',')).toEqual(['a', '', 'b', '']);
    expect(splitLine('"open;field', ';')).toBeNull();
    expect(detectSeparator('UAI;Nom, prénom;Classe')).toBe(';');
    expect(detectSeparator('UAI,Classe,Statut')).toBe(',');
  });

  it('maps header labels to columns and lists the others as dropped', () => {
    const codes = ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '3.4', '4.1', '4.2', '4.3', '5.1', '5.2'];
    const columns = readHeader(['Nom', 'UAI', 'Niveau', 'Statut', 'Nombre de Pix', 'Date de naissance', ...codes]);
    expect(columns).toMatchObject({ uai: 1, grade: 2, status: 3, score: 4, width: 22, ignored: ['Nom', 'Date de naissance'] });
    expect(columns.competences).toEqual(codes.map((_c, i) => 6 + i));
  });
});
