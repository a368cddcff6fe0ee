import { describe, expect, it } from '@jest/globals';
import { lineFormat } from './log-lines.js';

describe('the launcher’s log lines', () => {
  const line = JSON.stringify({ level: 40, time: Date.UTC(2026, 11, 3, 9, 5, 7), msg: 'subgraph slow', service: 'finance', pid: 1, hostname: 'h' });

  it('prints JSON lines readable in a terminal: level, message, then the fields (no pid or host)', () => {
    const shown = lineFormat(true, false)(line);
    expect(shown).toMatch(/^\[\d\d:\d\d:\d\d\] WARN: subgraph slow\n {4}service: "finance"$/);
    expect(shown).not.toMatch(/pid|hostname/);
  });

  it('keeps JSON when piped, and passes lines that are not JSON unchanged', () => {
    expect(lineFormat(false)(line)).toBe(line);
    expect(lineFormat(true, false)('LOG:  database system is ready')).toBe('LOG:  database system is ready');
    expect(lineFormat(true, false)('{not json')).toBe('{not json');
  });

  it('shows control characters of logged texts escaped: a text cannot forge a line or a colour', () => {
    const forged = JSON.stringify({ level: 30, time: 0, msg: 'ok\n[09:00:00] ERROR: forged\u001b[31m', title: 'a\rb' });
    const shown = lineFormat(true, false)(forged);
    expect(shown.split('\n')).toHaveLength(2); // the message line and the field line
    expect(shown).toContain('ok\\n[09:00:00] ERROR: forged\\u001b[31m');
    expect(shown).toContain('a\\rb');
  });
});
