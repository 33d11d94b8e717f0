// The toolkit's substitutions in packaged text files (fx-core envFunctionUtils.expandVariableWithFunction and
// utils/common.expandEnvironmentVariable): `$[file('x.txt')]` inlines a .txt or .md file from the referencing file's
// folder (JSON-escaped, its own `${{VAR}}` replaced, CRLF made LF, BOM dropped; an empty file leaves the call in place),
// then each `${{ VAR }}` is replaced in order. Where each placeholder sits in its source file is recorded, so a
// finding about a variable lands on the line that uses it.
import { dirname, extname, isAbsolute, resolve } from 'node:path';
import type { SourceLocation } from '../../types.js';
import type { ReadProblem } from '../package-view.js';
import { isInside, readRegularFile, stripBom } from './files.js';
import type { Variables } from './variables.js';

/** The toolkit's placeholder: `${{NAME}}`, spaces allowed inside the braces. */
const PLACEHOLDER = /\$\{\{ *[a-zA-Z_][a-zA-Z0-9_]* *\}\}/g;
/**
 * The toolkit's function call: `$[name(...)]`; only file() is supported. The arguments stop at a `[` too (the toolkit's
 * expression stops only at `]`), so that a run of `$[f(` is scanned once, not once per call.
 */
const FUNCTION = /\$\[ *[a-zA-Z][a-zA-Z]*\([^[\]]*\) *\]/g;
const MAX_NESTING = 4;

export interface ExpandContext {
  vars: Variables;
  /** An absolute path as messages show it: relative to the working folder, '/'-separated. */
  shown(abs: string): string;
  /** Build problems (a file() that cannot be inlined). */
  problems: ReadProblem[];
}

/** 1-based line and column of `index` in `text`. */
export function positionIn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: index - lineStart + 1 };
}

/** A finding's repository location: `index` in `text`, the file shown as `path`; none for files outside the repository. */
export function sourceAt(path: string, text: string, index: number): SourceLocation | undefined {
  if (path.startsWith('../') || path === '..' || isAbsolute(path)) return undefined;
  return { path, ...positionIn(text, Math.max(0, index)) };
}

function location(ctx: ExpandContext, abs: string, text: string, index: number): SourceLocation | undefined {
  return sourceAt(ctx.shown(abs), text, index);
}

/** Records every placeholder of a source file's text as a use of its variable, at its line. */
export function recordUses(text: string, abs: string, ctx: ExpandContext): void {
  for (const m of text.matchAll(PLACEHOLDER)) {
    const at = location(ctx, abs, text, m.index ?? 0);
    if (at) ctx.vars.use(nameOf(m[0]), at);
  }
}

function nameOf(placeholder: string): string {
  return placeholder.slice(3, -2).trim();
}

/** `${{VAR}}` replaced in order, as the toolkit does (a string replacement of each occurrence in turn). */
export function expandVariables(text: string, vars: Variables): string {
  let out = text;
  for (const placeholder of text.match(PLACEHOLDER) ?? []) out = out.replace(placeholder, vars.valueOf(nameOf(placeholder)));
  return out;
}

/**
 * `$[file(...)]` calls replaced by the files they name. `fromAbs` is the file the text belongs to (paths are relative
 * to its folder); `sourceText` is that file's text as written, for the position of a call that fails.
 */
export async function expandFunctions(text: string, fromAbs: string, sourceText: string, ctx: ExpandContext): Promise<string> {
  let out = text;
  for (const call of text.match(FUNCTION) ?? []) {
    const value = await callValue(call.slice(2, -1).trim(), fromAbs, ctx, 0);
    if (typeof value !== 'string') {
      ctx.problems.push({ ruleId: 'package.toolkit-build', message: `${call} in ${ctx.shown(fromAbs)} ${value.reason}.`, source: location(ctx, fromAbs, sourceText, sourceText.indexOf(call)) });
      continue;
    }
    if (value) out = out.replace(call, JSON.stringify(value).slice(1, -1));
  }
  return out;
}

type Failure = { reason: string };

async function callValue(call: string, fromAbs: string, ctx: ExpandContext, depth: number): Promise<string | Failure> {
  if (!call.startsWith('file(') || !call.endsWith(')')) return { reason: 'is not a function the toolkit knows (only file() is)' };
  const param = call.slice(5, -1).trim();
  let path: string;
  if (param.length >= 2 && param.startsWith("'") && param.endsWith("'")) path = param.slice(1, -1);
  else if (param.startsWith('${{') && param.endsWith('}}')) path = expandVariables(param, ctx.vars);
  else if (param.startsWith('file(') && param.endsWith(')') && depth < MAX_NESTING) {
    const inner = await callValue(param, fromAbs, ctx, depth + 1);
    if (typeof inner !== 'string') return inner;
    path = inner;
  } else return { reason: "has a parameter the toolkit does not accept (a quoted path, ${{VAR}} or file(...))" };
  return inlineFile(path, fromAbs, ctx);
}

async function inlineFile(path: string, fromAbs: string, ctx: ExpandContext): Promise<string | Failure> {
  const dir = dirname(fromAbs);
  const abs = resolve(dir, path);
  if (!isInside(dir, abs)) return { reason: `names ${JSON.stringify(path)}, outside the folder of the file that uses it; the toolkit refuses it` };
  if (!['.txt', '.md'].includes(extname(abs).toLowerCase())) return { reason: `names ${JSON.stringify(path)}; the toolkit inlines only .txt and .md files` };
  const read = await readRegularFile(abs);
  if (!read.ok) return { reason: read.reason === 'missing' ? `names ${JSON.stringify(path)}, which does not exist` : `names ${JSON.stringify(path)}, which is not a regular file that can be read` };
  const text = stripBom(read.bytes.toString('utf8'));
  recordUses(text, abs, ctx);
  return expandVariables(text, ctx.vars).replace(/\r\n/g, '\n');
}
