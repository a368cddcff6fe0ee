/** An answer as Apollo Server writes it. */
type Answer = { data?: unknown; errors?: unknown; extensions?: unknown };
type Stringify = (value: Answer) => string;

/**
 * Bounds what one answer may weigh: an answer written larger than `maxBytes` is replaced by an
 * error saying so (code ANSWER_TOO_LARGE, with the size and the limit), so that no client draws
 * hundreds of megabytes through the gateway. The cost limit refuses most such queries before they
 * run; this catches what its estimates let through.
 */
export function boundedAnswers(maxBytes: number, write: Stringify = (value) => `${JSON.stringify(value)}\n`): Stringify {
  return (value) => {
    const text = write(value);
    // A character takes one to three bytes: counted exactly only when it may matter.
    const bytes = text.length * 3 <= maxBytes ? text.length : Buffer.byteLength(text);
    if (bytes <= maxBytes) return text;
    const message = `The answer would weigh ${bytes} bytes, above the limit of ${maxBytes}: ask for fewer items or fields.`;
    return `${JSON.stringify({ errors: [{ message, extensions: { code: 'ANSWER_TOO_LARGE', bytes, maxBytes } }] })}\n`;
  };
}
