// Schema errors in words: where (name.short, runtimes[0].spec), what is required, and the value that is there.
// "must match pattern ^[0-9a-fA-F]{8}-…" becomes "id must be a GUID; it is "${{TEAMS_APP_ID}}"".
import type { ErrorObject } from 'ajv';

/** Patterns of Microsoft's schemas that have a name. */
const PATTERN_WORDS: ReadonlyArray<[string, string]> = [
  ['^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$', 'a GUID'],
  ['^[Hh][Tt][Tt][Pp][Ss]?://', 'a URL that starts with https://'],
  ['^[Hh][Tt][Tt][Pp][Ss]://', 'a URL that starts with https://'],
  ['^([0-9]|[1-9]+[0-9]*)\\.([0-9]|[1-9]+[0-9]*)\\.([0-9]|[1-9]+[0-9]*)$', 'a version number such as 1.0.0'],
  ['^#[0-9a-fA-F]{6}$', 'a color such as #4464EE'],
  ['^(?!\\[\\[)(.*?)(?<!\\]\\])$', 'text, not a [[localization key]]'],
];

const FORMAT_WORDS: Record<string, string> = { uri: 'an absolute URI', email: 'an email address', uuid: 'a GUID', regex: 'a regular expression' };

/** `/runtimes/0/spec` as `runtimes[0].spec`; the root as "The document". */
export function describePath(pointer: string): string {
  if (pointer === '') return 'The document';
  let out = '';
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(token)) out += `[${token}]`;
    else if (/^[A-Za-z_$@][\w$@-]*$/.test(token)) out += out ? `.${token}` : token;
    else out += `[${JSON.stringify(token)}]`;
  }
  return out;
}

/** A value as JSON, shortened: what the reader should recognise in the file. */
export function jsonText(value: unknown, max = 80): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value) ?? String(value);
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** "a, b or c" */
export function listText(items: readonly string[], last: 'or' | 'and'): string {
  const shown = items.length > 12 ? [...items.slice(0, 12), `${items.length - 12} more`] : [...items];
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} ${last} ${shown[shown.length - 1]}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function typeWords(type: unknown): string {
  const list = Array.isArray(type) ? type.map(String) : String(type).split(',');
  return listText(list.map((t) => (t === 'null' ? 'null' : `${/^[aeiou]/.test(t) ? 'an' : 'a'} ${t}`)), 'or');
}

function valueType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `${jsonText(v)} (${typeof v === 'string' ? 'a string' : typeof v === 'number' ? 'a number' : 'a boolean'})`;
}

/**
 * The message of one Ajv error. `at` holds the value at the error's location (absent for errors about a property
 * that is missing or not allowed); `allowed` lists the properties the schema allows there.
 */
export function issueMessage(e: ErrorObject, at: { value: unknown } | undefined, allowed: readonly string[] = []): string {
  const where = describePath(e.instancePath);
  const p = e.params as Record<string, unknown>;
  const v = at?.value;
  const it = at ? `; it is ${jsonText(v)}` : '';
  switch (e.keyword) {
    case 'required':
      return `${where} is missing the required property "${String(p.missingProperty)}".`;
    case 'additionalProperties': {
      const list = allowed.length > 0 && allowed.length <= 15 ? ` (it allows ${listText(allowed.map((a) => `"${a}"`), 'and')})` : '';
      return `${where} has the property "${String(p.additionalProperty)}", which the schema does not allow${list}.`;
    }
    case 'type':
      return `${where} must be ${typeWords(p.type)}; it is ${valueType(v)}.`;
    case 'enum':
      return `${where} must be one of ${listText((Array.isArray(p.allowedValues) ? p.allowedValues : []).map((x) => jsonText(x)), 'or')}${it}.`;
    case 'const':
      return `${where} must be ${jsonText(p.allowedValue)}${it}.`;
    case 'pattern': {
      const named = PATTERN_WORDS.find(([pattern]) => pattern === p.pattern)?.[1];
      return `${where} must be ${named ?? `text that matches the pattern ${String(p.pattern)}`}${it}.`;
    }
    case 'format':
      return `${where} must be ${FORMAT_WORDS[String(p.format)] ?? `in the format "${String(p.format)}"`}${it}.`;
    case 'maxLength':
    case 'minLength': {
      const n = Number(p.limit);
      const len = typeof v === 'string' ? [...v].length : undefined;
      return `${where} must be at ${e.keyword === 'maxLength' ? 'most' : 'least'} ${plural(n, 'character')}${len !== undefined ? `; it has ${len}` : ''}.`;
    }
    case 'maxItems':
    case 'minItems': {
      const n = Number(p.limit);
      const len = Array.isArray(v) ? v.length : undefined;
      return `${where} must have at ${e.keyword === 'maxItems' ? 'most' : 'least'} ${plural(n, 'item')}${len === 0 ? '; it is empty' : len !== undefined ? `; it has ${len}` : ''}.`;
    }
    case 'maxProperties':
    case 'minProperties':
      return `${where} must have at ${e.keyword === 'maxProperties' ? 'most' : 'least'} ${plural(Number(p.limit), 'property', 'properties')}.`;
    case 'maximum':
    case 'minimum':
    case 'exclusiveMaximum':
    case 'exclusiveMinimum':
      return `${where} must be ${String(p.comparison)} ${String(p.limit)}${it}.`;
    case 'uniqueItems':
      return `${where} lists the same item twice (items ${String(p.j)} and ${String(p.i)}).`;
    case 'dependencies':
      return `${where} must have "${String(p.missingProperty)}" when it has "${String(p.property)}".`;
    case 'oneOf':
    case 'anyOf':
      return `${where} matches none of the forms the schema allows for it${it}.`;
    case 'not':
      return `${where} has a value the schema rules out${it}.`;
    default:
      return `${where} ${e.message ?? `fails "${e.keyword}"`}${it}.`;
  }
}
