// Skips a JSON string in a text: the passes over JSON text (scan.ts, position-index.ts) spend most of their time
// inside strings, so the closing quote is found with indexOf (native, fast), and only a string that holds a
// backslash is walked character by character. Tolerant of invalid text: an unterminated string ends at the end.
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export class StringSkipper {
  /** Whether the string skipped last held a backslash (an escape). */
  escaped = false;
  /** The next backslash at or after the last string's start (text.length when none): found once per stretch. */
  private nextBackslash = -1;

  constructor(private readonly text: string) {}

  /** Offset just after the string starting at `pos` (a quote). */
  end(pos: number): number {
    const text = this.text;
    const from = pos + 1;
    this.escaped = false;
    if (this.nextBackslash < from) {
      const b = text.indexOf('\\', from);
      this.nextBackslash = b < 0 ? text.length : b;
    }
    const quote = text.indexOf('"', from);
    if (quote >= 0 && quote < this.nextBackslash) return quote + 1;
    // A backslash comes first (or the string never ends): walk from it, an escape taking two characters.
    let j = Math.min(this.nextBackslash, quote < 0 ? text.length : quote);
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c === BACKSLASH) {
        this.escaped = true;
        j += 2;
      } else if (c === QUOTE) return j + 1;
      else j++;
    }
    return j;
  }
}
