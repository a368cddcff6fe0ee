/**
 * The bytes of answers several requests share (deduplicated requests, response-cache hits), encoded
 * once: writing a string to a socket encodes it to UTF-8 each time, which for a national comparison
 * (750 KB) was the gateway's heaviest function under load. Keyed by the text itself: a shared
 * answer's text is one string object, and V8 hashes a string that long by its length alone, so a
 * look-up costs no pass over it. The most recent answers only, within a bound.
 */
const MAX_BYTES = 64 * 1024 * 1024;
/** Shorter answers are cheap to encode: not kept. */
const MIN_LENGTH = 16 * 1024;

export class SharedBytes {
  private readonly encoded = new Map<string, Buffer>();
  private bytes = 0;

  /** Remembers a shared answer's bytes (encoded now, as the first write would have). */
  remember(text: string): void {
    if (text.length < MIN_LENGTH || this.encoded.has(text)) return;
    const buffer = Buffer.from(text, 'utf8');
    this.encoded.set(text, buffer);
    this.bytes += buffer.length;
    for (const [oldest, kept] of this.encoded) {
      if (this.bytes <= MAX_BYTES) break;
      this.encoded.delete(oldest);
      this.bytes -= kept.length;
    }
  }

  /** What to write for this answer: its shared bytes when known, else the text. */
  bodyOf(text: string): string | Buffer {
    return text.length < MIN_LENGTH ? text : (this.encoded.get(text) ?? text);
  }
}
