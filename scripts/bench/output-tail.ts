/** Keeps the last lines a launcher wrote, and notices its own "ready in" line. */
export class OutputTail {
  private static readonly KEPT = 40;
  private readonly lines: string[] = [];
  private partial = '';
  private marked = 0;
  private added = 0;
  launcherReadyS: number | undefined;

  push(chunk: Buffer): void {
    const text = this.partial + chunk.toString();
    const parts = text.split('\n');
    this.partial = parts.pop() ?? '';
    for (const line of parts) this.add(line);
  }

  private add(line: string): void {
    const ready = /tne-graph is ready in ([\d.]+) s/.exec(line);
    if (ready) this.launcherReadyS = Number(ready[1]);
    if (!line.trim()) return;
    this.lines.push(line);
    this.added += 1;
    if (this.lines.length > OutputTail.KEPT) this.lines.shift();
  }

  /** Remembers the current position, for `sinceMark`. */
  mark(): void {
    this.marked = this.added;
  }

  /** The lines written since `mark` (at most the 40 kept). */
  sinceMark(): string {
    const count = Math.min(this.added - this.marked, this.lines.length);
    return count > 0 ? this.tail(count) : '';
  }

  tail(count = 25): string {
    return [...this.lines, ...(this.partial.trim() ? [this.partial] : [])]
      .slice(-count)
      .map((line) => `      ${line}`)
      .join('\n');
  }
}
