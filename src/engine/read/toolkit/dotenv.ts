// env/.env.<environment> as the Agents Toolkit reads it (fx-core envUtil's dotenv reader): `KEY=value` or
// `KEY: value` lines, an optional `export`, quotes stripped, \n and \r unescaped inside double quotes, a `#` starting
// a comment outside quotes. Lines are kept so findings can say where a variable is left empty.

export interface EnvEntry {
  value: string;
  /** 1-based line of the assignment. */
  line: number;
}

const ASSIGNMENT = /^\s*(?:export\s+)?([\w.-]+)(?:\s*=|:\s)/;
const QUOTES = new Set(['"', "'", '`']);

export function parseDotenv(text: string): Map<string, EnvEntry> {
  const entries = new Map<string, EnvEntry>();
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((line, i) => {
    const m = ASSIGNMENT.exec(line);
    if (!m) return;
    entries.set(m[1], { value: valueOf(line.slice(m[0].length)), line: i + 1 });
  });
  return entries;
}

/** Only the names a file assigns: for `.env.<environment>.user`, whose values (secrets) are never read. */
export function dotenvNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const line of text.split(/\r\n?|\n/)) {
    const m = ASSIGNMENT.exec(line);
    if (m) names.add(m[1]);
  }
  return names;
}

function valueOf(rest: string): string {
  const body = rest.replace(/^\s+/, '');
  const quoted = quotedValue(body);
  let value = quoted ?? body.split('#')[0];
  value = value.trim();
  const first = value[0];
  if (value.length >= 2 && QUOTES.has(first) && value.endsWith(first)) value = value.slice(1, -1);
  if (first === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
  return value;
}

// A value in quotes, escaped quotes allowed, followed by nothing but a comment; else the text is read unquoted.
function quotedValue(body: string): string | undefined {
  const q = body[0];
  if (!QUOTES.has(q)) return undefined;
  for (let i = 1; i < body.length; i++) {
    if (body[i] === '\\' && body[i + 1] === q) {
      i++;
      continue;
    }
    if (body[i] === q) return /^\s*(#.*)?$/.test(body.slice(i + 1)) ? body.slice(0, i + 1) : undefined;
  }
  return undefined;
}
