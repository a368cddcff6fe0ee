import type { Cell } from './flatten.js';

/** Cells to write expectations with, in the tests of the shared table code. */
export const num = (value: number): Cell => ({ kind: 'number', value });
export const text = (value: string): Cell => ({ kind: 'text', value });
export const money = (cents: number, currency = 'EUR'): Cell => ({ kind: 'money', cents, currency });
export const bool = (value: boolean): Cell => ({ kind: 'boolean', value });
export const SECRET: Cell = { kind: 'secret' };
export const EMPTY: Cell = { kind: 'empty' };
