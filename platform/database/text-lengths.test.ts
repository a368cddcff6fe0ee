import { describe, expect, it } from '@jest/globals';
import { columnLength } from './text-lengths.js';

describe('the length of a text column', () => {
  it('is the declared length, or the n of varchar(n), and none for text', () => {
    expect(columnLength({ length: 32, columnTypes: ['varchar(32)'] })).toBe(32);
    expect(columnLength({ length: undefined, columnTypes: ['varchar(255)'] })).toBe(255);
    expect(columnLength({ length: undefined, columnTypes: ['character varying(9)'] })).toBe(9);
    expect(columnLength({ length: undefined, columnTypes: ['text'] })).toBeUndefined();
  });
});
