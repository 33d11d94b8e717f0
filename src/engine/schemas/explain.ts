// Ajv's errors, explained. With allErrors, a value that fails a oneOf/anyOf gets the errors of every branch: a
// RemoteMCPServer runtime spec is told it may not have "url" (the LocalPlugin branch) and lacks "local_endpoint",
// while its real defects are buried. Here the branch the value was meant for is chosen — by a discriminator
// (a property whose const or enum tells the branches apart: `name` of a capability, `in` of a parameter; or the
// parent's `type` for a plugin runtime's spec), by the value's type, or by the properties it has — and only the
// errors that branch gives are kept. When no branch fits the discriminator, one error says so. Messages say the cause
// in words and give the value. Errors outside any oneOf/anyOf are kept as Ajv reports them.
import type { ErrorObject } from 'ajv';
import { escapeToken, resolvePointer } from '../json/pointer.js';
import { describePath, issueMessage, jsonText, listText } from './messages.js';

export interface SchemaIssue {
  /** Pointer of the offending value: for `required`, the missing property; for additionalProperties, the extra one. */
  pointer: string;
  message: string;
  keyword: string;
  /** True when the pointer names a property that does not exist (required). */
  missing: boolean;
  /** Lower than the rule's own severity: the schema itself is at fault (overlapping oneOf forms). */
  severity?: 'warning';
}

type Schema = Record<string, unknown>;
const isObject = (v: unknown): v is Schema => v !== null && typeof v === 'object' && !Array.isArray(v);
const CHOICE = ['oneOf', 'anyOf'] as const;

/**
 * Branches chosen by the value's parent rather than by the value itself: the plugin manifest reference says a
 * runtime's `spec` is the OpenAPI, local endpoint or MCP server spec object according to the runtime's `type`
 * (https://learn.microsoft.com/microsoft-365-copilot/extensibility/plugin-manifest-2.4#runtime-object).
 */
const PARENT_DISCRIMINATORS: ReadonlyArray<{ key: string; by: string; refs: Record<string, string> }> = [
  { key: 'spec', by: 'type', refs: { OpenApi: 'open-api-spec', LocalPlugin: 'local-plugin-spec', RemoteMCPServer: 'mcp-execution-spec' } },
];

interface Decision {
  keyword: 'oneOf' | 'anyOf';
  /** The branches the value was meant for; undefined when none could be told apart (all are kept). */
  chosen?: Schema[];
  /** One issue that replaces the branches' errors (no branch fits the discriminator, or the branches only differ in what is required). */
  issue?: SchemaIssue;
  /** Names of the branches, for messages. */
  names: string[];
  /** The branches, resolved. */
  branches: Schema[];
}

/** Errors of a failed validation, with oneOf/anyOf branches chosen and messages in words; deduplicated. */
export function explainErrors(errors: readonly ErrorObject[], root: Schema, value: unknown): SchemaIssue[] {
  const explainer = new Explainer(root, value);
  const out: SchemaIssue[] = [];
  const seen = new Set<string>();
  const push = (i: SchemaIssue): void => {
    const key = `${i.pointer}\u0000${i.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(i);
    }
  };
  // oneOf/anyOf failures, once per place and keyword (a value can sit under two: an array item's anyOf and its $ref's).
  const choices = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    if (e.keyword === 'if') continue; // the errors of "then" or "else" say what is wrong
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf') {
      const key = `${e.instancePath}\u0000${e.keyword}`;
      choices.set(key, [...(choices.get(key) ?? []), e]);
    } else if (explainer.belongs(e)) push(toIssue(e, explainer));
  }
  const chosen: ErrorObject[][] = [];
  for (const list of choices.values()) {
    const decisions = explainer.decisionsAt(list[0].instancePath, list[0].keyword);
    // No such choice in the schemas that apply: it belongs to a branch not taken (an OpenAPI spec's anyOf on a LocalPlugin spec).
    if (decisions.length === 0 && explainer.underChoice(list[0].instancePath)) continue;
    for (const d of decisions) if (d.issue) push(d.issue);
    if (decisions.length === 0 || decisions.some((d) => !d.chosen && !d.issue)) push(toIssue(list[0], explainer));
    else if (!decisions.some((d) => d.issue)) chosen.push(list);
  }
  // Every branch chosen, none with an issue: the chosen branch's own errors (above) say what is wrong. Deepest first,
  // so that an overlap excused below a place (see there) excuses the place too.
  // Places with an issue at or below them (a Set of every prefix: comparing each place with every issue was quadratic).
  const covered = new Set<string>();
  const cover = (pointer: string) => prefixes(pointer).forEach((p) => covered.add(p));
  out.forEach((i) => cover(i.pointer));
  chosen.sort((a, b) => b[0].instancePath.length - a[0].instancePath.length);
  for (const list of chosen) {
    const path = list[0].instancePath;
    const several = list.map((e) => (e.params as { passingSchemas?: unknown }).passingSchemas).find((x): x is number[] => Array.isArray(x));
    if (several) {
      // The value fits the form it was meant for and another one too: Microsoft's schema has overlapping forms
      // (an MCP spec with only a url also fits the OpenAPI spec). Tools that validate with it may refuse the file,
      // unless the other form accepts any object (v2.4's inline MCP tool description): then every valid value
      // overlaps and nothing can be done about it in the file.
      const decision = explainer.decisionsAt(path, 'oneOf').find((d) => several.every((i) => i < d.names.length));
      if (decision && several.some((i) => unconstrained(decision.branches[i]))) {
        cover(path);
        continue;
      }
      const names = decision?.names ?? [];
      push({
        pointer: path,
        keyword: 'oneOf',
        missing: false,
        severity: 'warning',
        message: `${describePath(path)} fits more than one of the forms Microsoft's schema allows for it (${listText(several.map((i) => names[i] ?? `form ${i + 1}`), 'and')}), and the schema asks for exactly one: tools that validate with it may refuse the file.`,
      });
      cover(path);
    } else if (!covered.has(path)) {
      push(toIssue(list[0], explainer));
      cover(path);
    }
  }
  return out;
}

class Explainer {
  private readonly at = new Map<string, { schemas: Schema[]; decisions: Decision[] }>();
  /** Locations where a oneOf/anyOf branch was chosen: errors below them must come from the chosen branch. */
  private readonly decided = new Set<string>();

  constructor(
    private readonly root: Schema,
    readonly value: unknown,
  ) {}

  decisionsAt(path: string, keyword: string): Decision[] {
    return this.location(path)?.decisions.filter((d) => d.keyword === keyword) ?? [];
  }

  /** The schemas that apply at `path`, oneOf/anyOf branches chosen (all of them where none could be). */
  schemasAt(path: string): Schema[] {
    return this.location(path)?.schemas ?? [];
  }

  /** Whether an error comes from a schema that applies to the value (not from a branch meant for another kind of value). */
  belongs(e: ErrorObject): boolean {
    return !this.underChoice(e.instancePath) || this.schemasAt(e.instancePath).some((s) => producedBy(s, e));
  }

  /** Whether a oneOf/anyOf branch was chosen at `path` or above it: then only the chosen branches' errors count there. */
  underChoice(path: string): boolean {
    this.location(path);
    return prefixes(path).some((p) => this.decided.has(p));
  }

  private location(path: string): { schemas: Schema[]; decisions: Decision[] } | undefined {
    const cached = this.at.get(path);
    if (cached) return cached;
    let result: { schemas: Schema[]; decisions: Decision[] };
    if (path === '') {
      result = this.expandAll([this.root], this.value, '');
    } else {
      const cut = path.lastIndexOf('/');
      const parentPath = path.slice(0, cut);
      const key = path.slice(cut + 1).replace(/~1/g, '/').replace(/~0/g, '~');
      const parent = this.location(parentPath);
      if (!parent) return undefined;
      const parentValue = resolvePointer(this.value, parentPath);
      result = this.expandAll(childSchemas(parent.schemas, parentValue, key), resolvePointer(this.value, path), path);
    }
    this.at.set(path, result);
    return result;
  }

  private expandAll(start: unknown[], value: unknown, path: string): { schemas: Schema[]; decisions: Decision[] } {
    const schemas: Schema[] = [];
    const decisions: Decision[] = [];
    const expand = (raw: unknown, depth: number) => {
      const s = this.resolve(raw);
      if (!s || schemas.includes(s) || depth > 40) return;
      schemas.push(s);
      for (const sub of asList(s.allOf)) expand(sub, depth + 1);
      if (s.then !== undefined) expand(s.then, depth + 1);
      if (s.else !== undefined) expand(s.else, depth + 1);
      if (isObject(s.dependencies) && isObject(value)) {
        for (const [prop, dep] of Object.entries(s.dependencies)) if (isObject(dep) && prop in value) expand(dep, depth + 1);
      }
      for (const keyword of CHOICE) {
        const list = asList(s[keyword]);
        if (list.length === 0) continue;
        const decision = this.decide(keyword, list, value, path, s);
        decisions.push(decision);
        if (decision.chosen) this.decided.add(path);
        for (const b of decision.issue ? [] : (decision.chosen ?? list)) expand(b, depth + 1);
      }
    };
    for (const s of start) expand(s, 0);
    return { schemas, decisions };
  }

  resolve(raw: unknown): Schema | undefined {
    let s = isObject(raw) ? raw : undefined;
    for (let hops = 0; s && typeof s.$ref === 'string' && hops < 16; hops++) {
      const ref = s.$ref as string;
      if (!ref.startsWith('#')) return s;
      const target = resolvePointer(this.root, decodeURIComponent(ref.slice(1)));
      s = isObject(target) ? target : undefined;
    }
    return s;
  }

  private decide(keyword: 'oneOf' | 'anyOf', list: unknown[], value: unknown, path: string, holder?: Schema): Decision {
    const branches = list.map((b) => this.resolve(b) ?? {});
    const names = list.map((b, i) => branchName(b, branches[i], i));
    const where = describePath(path);
    const decision = (chosen?: Schema[], issue?: Omit<SchemaIssue, 'keyword' | 'missing'> & { missing?: boolean }): Decision => ({
      keyword,
      chosen,
      names,
      branches,
      issue: issue ? { keyword, missing: false, ...issue } : undefined,
    });

    // 1. The parent names the branch (a plugin runtime's `type` for its `spec`).
    const parentPath = path.slice(0, path.lastIndexOf('/'));
    const key = path.slice(path.lastIndexOf('/') + 1);
    const parent = path ? resolvePointer(this.value, parentPath) : undefined;
    for (const d of PARENT_DISCRIMINATORS) {
      const by = isObject(parent) ? parent[d.by] : undefined;
      if (key !== d.key || typeof by !== 'string' || !(by in d.refs)) continue;
      const i = list.findIndex((b) => isObject(b) && typeof b.$ref === 'string' && b.$ref.endsWith(`/${d.refs[by]}`));
      if (i >= 0) return decision([branches[i]]);
    }

    // 2. A property whose const or enum tells the branches apart (`name` of a capability, `in` of a parameter).
    const constants = branches.map((b) => this.constantsOf(b));
    const keys = [...new Set(constants.flatMap((c) => [...c.keys()]))].filter((k) => constants.filter((c) => c.has(k)).length >= 2);
    for (const k of keys) {
      if (!isObject(value)) break;
      if (!(k in value)) continue;
      const v = JSON.stringify(value[k]);
      const fits = branches.filter((_, i) => constants[i].get(k)?.includes(v));
      if (fits.length > 0) return decision(fits);
      // The schema that holds the choice may constrain the key itself (a capability's `name`): its own error says it.
      if (holder && isObject(holder.properties) && holder.properties[k] !== undefined) return decision([]);
      const allowed = [...new Set(constants.flatMap((c) => c.get(k) ?? []))];
      const at = `${path}/${escapeToken(k)}`;
      return decision([], { pointer: at, message: `${describePath(at)} must be one of ${listText(allowed, 'or')}; it is ${jsonText(value[k])}.` });
    }

    // 3. The value's type tells the branches apart.
    const types = branches.map((b) => typesOf(b));
    if (types.every((t) => t.length > 0)) {
      const actual = jsonType(value);
      const fits = branches.filter((_, i) => types[i].includes(actual) || (actual === 'integer' && types[i].includes('number')));
      if (fits.length === 0) {
        return decision([], { pointer: path, message: `${where} must be ${listText([...new Set(types.flat())].map(article), 'or')}; it is ${valueWords(value)}.` });
      }
      if (fits.length < branches.length) return decision(fits);
    }

    // 4. The branches only say which properties are required (url or api_description).
    if (branches.every((b) => Array.isArray(b.required) && Object.keys(b).every((k) => ['required', 'description', 'title', '$comment'].includes(k)))) {
      const sets = branches.map((b) => (b.required as unknown[]).filter((x): x is string => typeof x === 'string'));
      const text = listText(sets.map((s) => s.map((p) => `"${p}"`).join(' and ')), 'or');
      const has = isObject(value) ? sets.filter((s) => s.every((p) => p in value)) : [];
      return decision([], {
        pointer: path,
        message: has.length > 1 && keyword === 'oneOf' ? `${where} must have only one of ${text}; it has ${has.length}.` : `${where} needs ${text}.`,
      });
    }

    // 5. The branches are fixed values.
    if (branches.every((b) => 'const' in b || Array.isArray(b.enum))) {
      const allowed = branches.flatMap((b) => ('const' in b ? [JSON.stringify(b.const)] : (b.enum as unknown[]).map((x) => JSON.stringify(x))));
      return decision([], { pointer: path, message: `${where} must be one of ${listText(allowed, 'or')}; it is ${jsonText(value)}.` });
    }

    // 6. The properties the value has: the branch that knows most of them and misses least.
    if (isObject(value)) {
      const scores = branches.map((b) => this.fit(b, value));
      const best = Math.max(...scores);
      const top = branches.filter((_, i) => scores[i] === best);
      if (top.length === 1) return decision(top);
    }
    return decision(undefined);
  }

  /**
   * For each property a branch fixes (const or enum), the JSON texts it allows; allOf members included, and the
   * branches of a nested oneOf/anyOf together (Swagger's non-body parameter: `in` is header, formData, query or path).
   */
  private constantsOf(branch: Schema): Map<string, string[]> {
    const out = new Map<string, string[]>();
    const add = (k: string, values: string[]) => out.set(k, [...new Set([...(out.get(k) ?? []), ...values])]);
    const visit = (s: Schema | undefined, depth: number) => {
      if (!s || depth > 8) return;
      for (const [k, raw] of Object.entries(isObject(s.properties) ? s.properties : {})) {
        const p = this.resolve(raw);
        if (!p) continue;
        if ('const' in p) add(k, [JSON.stringify(p.const)]);
        else if (Array.isArray(p.enum)) add(k, p.enum.map((x) => JSON.stringify(x)));
      }
      for (const sub of [...asList(s.allOf), ...asList(s.oneOf), ...asList(s.anyOf)]) visit(this.resolve(sub), depth + 1);
    };
    visit(branch, 0);
    return out;
  }

  /** The properties a branch declares, with those of its allOf members and nested oneOf/anyOf branches. */
  private propertiesOf(branch: Schema): Schema {
    const out: Schema = {};
    const visit = (s: Schema | undefined, depth: number) => {
      if (!s || depth > 8) return;
      Object.assign(out, isObject(s.properties) ? s.properties : {});
      for (const sub of [...asList(s.allOf), ...asList(s.oneOf), ...asList(s.anyOf)]) visit(this.resolve(sub), depth + 1);
    };
    visit(branch, 0);
    return out;
  }

  /** How well an object fits a branch: properties it declares, less required ones missing and ones it forbids. */
  private fit(branch: Schema, value: Schema): number {
    const props = this.propertiesOf(branch);
    const keys = Object.keys(value);
    const known = keys.filter((k) => k in props).length;
    const closed = branch.additionalProperties === false || isObject(branch.propertyNames);
    const unknown = closed ? keys.filter((k) => !(k in props) && !k.startsWith('x-')).length : 0;
    const missing = asList(branch.required).filter((r) => typeof r === 'string' && !(r in value)).length;
    return known - unknown - missing;
  }
}

/** The schemas for a child of a value: properties, patternProperties, additionalProperties, items. */
function childSchemas(schemas: Schema[], parentValue: unknown, key: string): unknown[] {
  const out: unknown[] = [];
  for (const s of schemas) {
    if (Array.isArray(parentValue)) {
      const i = Number(key);
      if (Array.isArray(s.items)) out.push(i < s.items.length ? s.items[i] : isObject(s.additionalItems) ? s.additionalItems : undefined);
      else if (isObject(s.items)) out.push(s.items);
      continue;
    }
    let declared = false;
    if (isObject(s.properties) && key in s.properties) {
      out.push(s.properties[key]);
      declared = true;
    }
    for (const [pattern, sub] of Object.entries(isObject(s.patternProperties) ? s.patternProperties : {})) {
      if (safeTest(pattern, key)) {
        out.push(sub);
        declared = true;
      }
    }
    if (!declared && isObject(s.additionalProperties)) out.push(s.additionalProperties);
  }
  return out.filter((x) => x !== undefined);
}

/** Whether schema `s`, at the error's location, holds the keyword (with the same parameters) that the error reports. */
function producedBy(s: Schema, e: ErrorObject): boolean {
  const params = e.params as Record<string, unknown>;
  const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName;
  if (propertyName !== undefined || e.keyword === 'propertyNames') {
    const names = isObject(s.propertyNames) ? s.propertyNames : undefined;
    const name = propertyName ?? params.propertyName;
    return !!names && !(Array.isArray(names.enum) && names.enum.includes(name));
  }
  switch (e.keyword) {
    case 'required':
      return asList(s.required).includes(params.missingProperty);
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const props = isObject(s.properties) ? s.properties : {};
      const patterns = Object.keys(isObject(s.patternProperties) ? s.patternProperties : {});
      return s.additionalProperties === false && !(name in props) && !patterns.some((p) => safeTest(p, name));
    }
    case 'const':
      return 'const' in s && JSON.stringify(s.const) === JSON.stringify(params.allowedValue);
    case 'enum':
      return Array.isArray(s.enum) && JSON.stringify(s.enum) === JSON.stringify(params.allowedValues);
    case 'type':
      return s.type !== undefined && JSON.stringify(s.type) === JSON.stringify(params.type);
    case 'pattern':
      return s.pattern === params.pattern;
    case 'format':
      return s.format === params.format;
    default:
      return s[e.keyword] !== undefined && (params.limit === undefined || s[e.keyword] === params.limit);
  }
}

function toIssue(e: ErrorObject, explainer: Explainer): SchemaIssue {
  const params = e.params as Record<string, unknown>;
  const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName ?? (e.keyword === 'propertyNames' ? (params.propertyName as string | undefined) : undefined);
  if (e.keyword === 'required' && typeof params.missingProperty === 'string') {
    return { pointer: `${e.instancePath}/${escapeToken(params.missingProperty)}`, message: issueMessage(e, undefined), keyword: e.keyword, missing: true };
  }
  const extra = e.keyword === 'additionalProperties' && typeof params.additionalProperty === 'string' ? params.additionalProperty : propertyName;
  if (typeof extra === 'string') {
    // The properties the schemas here allow, so the reader sees the likely misspelling.
    const allowed = [...new Set(explainer.schemasAt(e.instancePath).flatMap((s) => (s.additionalProperties === false || isObject(s.propertyNames) ? Object.keys(isObject(s.properties) ? s.properties : {}) : [])))];
    return { pointer: `${e.instancePath}/${escapeToken(extra)}`, message: issueMessage({ ...e, keyword: 'additionalProperties', params: { additionalProperty: extra } }, undefined, allowed), keyword: e.keyword, missing: false };
  }
  return { pointer: e.instancePath, message: issueMessage(e, { value: resolvePointer(explainer.value, e.instancePath) }), keyword: e.keyword, missing: false };
}

function branchName(raw: unknown, resolved: Schema, i: number): string {
  if (isObject(raw) && typeof raw.$ref === 'string') return raw.$ref.slice(raw.$ref.lastIndexOf('/') + 1);
  return typeof resolved.title === 'string' ? resolved.title : `form ${i + 1}`;
}

/** A form that any value of its type fits (only a type and words). */
function unconstrained(s: Schema | undefined): boolean {
  return !!s && Object.keys(s).every((k) => ['type', 'title', 'description', '$comment'].includes(k));
}

function typesOf(s: Schema): string[] {
  return typeof s.type === 'string' ? [s.type] : Array.isArray(s.type) ? s.type.filter((t): t is string => typeof t === 'string') : [];
}

function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function article(type: string): string {
  return type === 'null' ? 'null' : `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

function valueWords(v: unknown): string {
  const t = jsonType(v);
  if (t === 'object' || t === 'array') return article(t === 'array' ? 'array' : 'object');
  return t === 'null' ? 'null' : `${article(t === 'integer' ? 'number' : t)} (${jsonText(v)})`;
}

/** A pointer and every pointer above it: /a/b, /a, "". */
function prefixes(pointer: string): string[] {
  const out = [pointer];
  for (let i = pointer.lastIndexOf('/'); i >= 0; i = pointer.lastIndexOf('/', i - 1)) {
    out.push(pointer.slice(0, i));
    if (i === 0) break;
  }
  return out;
}

function asList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

function safeTest(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern, 'u').test(text);
  } catch {
    return false;
  }
}
