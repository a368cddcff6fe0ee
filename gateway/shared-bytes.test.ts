import { describe, expect, it } from '@jest/globals';
import { SharedBytes } from './shared-bytes.js';

describe('shared answer bytes', () => {
  it('gives a remembered long answer as its UTF-8 bytes, short or unknown ones as text', () => {
    const shared = new SharedBytes();
    const long = `{"data":{"name":"Finistère ${'é'.repeat(20_000)}"}}\n`;
    shared.remember(long);
    const body = shared.bodyOf(long);
    expect(Buffer.isBuffer(body)).toBe(true);
    expect((body as Buffer).toString('utf8')).toBe(long);
    expect(shared.bodyOf(`${long} `)).toBe(`${long} `);
    const short = '{"data":{}}\n';
    shared.remember(short);
    expect(shared.bodyOf(short)).toBe(short);
  });

  it('keeps the most recent answers within its bound', () => {
    const shared = new SharedBytes();
    const answers = Array.from({ length: 70 }, (_, i) => `${String(i).padStart(3, '0')}${'x'.repeat(1024 * 1024)}`);
    for (const answer of answers) shared.remember(answer);
    expect(Buffer.isBuffer(shared.bodyOf(answers[69]!))).toBe(true);
    expect(shared.bodyOf(answers[0]!)).toBe(answers[0]);
  });
});
