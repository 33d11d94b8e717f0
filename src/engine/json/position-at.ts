// Line and column of an offset in a text, counted as momoa counts them, for places found before or without the
// position index (a refused text's depth, a syntax error, a YAML or configuration file).
/** 1-based line and column of an offset (as momoa counts: CR, LF and CRLF end a line; columns in UTF-16 code units). */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
    if (c === 0x0a || c === 0x0d) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
