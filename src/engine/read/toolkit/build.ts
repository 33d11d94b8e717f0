// Builds a toolkit project's app package in memory, following fx-core's teamsApp/zipAppPackage driver
// (CreateAppPackageDriver.build) file by file:
// - manifest.json: parsed, re-serialized compact, `$[file()]` and `${{VAR}}` replaced, parsed again, written with
//   four-space indentation; an id that is not a GUID after substitution is replaced (the toolkit makes a random one);
// - icons (color, outline; color32x32 from manifest 1.21) as they are;
// - localization files (additionalLanguages from 1.5, defaultLanguageFile from 1.19) with substitutions;
// - an API-based message extension (from 1.17): its OpenAPI description (`${{VAR}}` only) and response templates;
// - the first declarative agent (from 1.19) with substitutions, each action's plugin (static_template.file inlined,
//   underscores removed from the namespace), each plugin's OpenAPI description (`${{VAR}}` only) and MCP tool
//   description file, and embedded knowledge files;
// - the manifest's agentSkills folders and agentConnectors' tool description files.
// Files the toolkit would refuse (outside the app folder) are problems; a missing referenced file is left out, so the
// rules report it where the manifest names it. Each packaged file records the source file it came from.
import { dirname, relative, resolve } from 'node:path';
import { MAX_ENTRIES } from '../limits.js';
import { parseJsonDocument } from '../../json/document.js';
import { asArray, asRecord, asString } from '../../util/values.js';
import { expandFunctions, expandVariables, recordUses, sourceAt, type ExpandContext } from './expand.js';
import { filesBelow, isInside, readRegularFile, slashes, stripBom } from './files.js';
import { standInGuid } from './stand-ins.js';

export interface BuiltFiles {
  /** Packaged name → bytes, in the order the toolkit adds them. */
  files: Map<string, Uint8Array>;
  /** Packaged name → the repository file it was built from. */
  origins: Map<string, string>;
  /** Packaged files the toolkit writes with `${{VAR}}` replaced (the others it packages as they are). */
  substituted: Set<string>;
}

interface Build extends BuiltFiles {
  appDir: string;
  ctx: ExpandContext;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The manifest's version as the toolkit compares it (semver.coerce; devPreview counts as 1.19). */
function manifestVersion(value: unknown): [number, number] | undefined {
  const v = asString(value);
  if (v === 'devPreview') return [1, 19];
  const m = v ? /(\d+)(?:\.(\d+))?/.exec(v) : null;
  return m ? [Number(m[1]), Number(m[2] ?? 0)] : undefined;
}

function atLeast(v: [number, number] | undefined, major: number, minor: number): boolean {
  return !!v && (v[0] > major || (v[0] === major && v[1] >= minor));
}

/** Builds the package; `manifestAbs` is the template, `appDir` the folder files are packaged from. */
export async function buildPackage(manifestAbs: string, appDir: string, ctx: ExpandContext): Promise<BuiltFiles> {
  const b: Build = { files: new Map(), origins: new Map(), substituted: new Set(), appDir, ctx };
  const manifest = await buildManifest(b, manifestAbs);
  if (!manifest) return b;
  const version = manifestVersion(manifest.manifestVersion);
  const icons = asRecord(manifest.icons);
  const iconRefs = [icons?.color, icons?.outline, ...(atLeast(version, 1, 21) && icons?.color32x32 ? [icons.color32x32] : [])];
  for (const icon of iconRefs) await addRaw(b, asString(icon));
  const localization = asRecord(manifest.localizationInfo);
  if (atLeast(version, 1, 5)) for (const lang of asArray(localization?.additionalLanguages)) await addResolved(b, asString(asRecord(lang)?.file), 'json');
  if (atLeast(version, 1, 19)) await addResolved(b, asString(localization?.defaultLanguageFile), 'json');
  const extension = asRecord(asArray(manifest.composeExtensions)[0]);
  if (atLeast(version, 1, 17) && extension?.composeExtensionType === 'apiBased' && asString(extension.apiSpecificationFile)) {
    const spec = asString(extension.apiSpecificationFile) as string;
    await addResolved(b, spec, 'spec', b.appDir, normalizeRef(spec));
    for (const command of asArray(extension.commands)) await addRaw(b, asString(asRecord(command)?.apiResponseRenderingTemplateFile));
  }
  const agent = asRecord(asArray(asRecord(manifest.copilotAgents)?.declarativeAgents)[0]);
  if (atLeast(version, 1, 19) && asString(agent?.file)) await addAgent(b, asString(agent?.file) as string);
  for (const skill of asArray(manifest.agentSkills)) await addFolder(b, asString(asRecord(skill)?.folder));
  for (const connector of asArray(manifest.agentConnectors)) {
    const tools = asRecord(asRecord(asRecord(asRecord(connector)?.toolSource)?.remoteMcpServer)?.mcpToolDescription);
    await addRaw(b, asString(tools?.file));
  }
  return b;
}

async function buildManifest(b: Build, abs: string): Promise<Record<string, unknown> | undefined> {
  const shown = b.ctx.shown(abs);
  const read = await readRegularFile(abs);
  if (!read.ok) {
    b.ctx.problems.push({ ruleId: 'package.toolkit-build', message: `${shown} ${read.reason === 'missing' ? 'does not exist' : 'cannot be read'}; the toolkit builds the package from it.` });
    return undefined;
  }
  const source = stripBom(read.bytes.toString('utf8'));
  const template = parseObject(b, abs, source);
  if (!template) return undefined;
  recordUses(source, abs, b.ctx);
  // The id is set aside before substitution: a missing variable there never stops the toolkit, which puts a new
  // random GUID instead of anything that is not a GUID.
  const id = expandVariables(String(template.id ?? ''), b.ctx.vars);
  template.id = '';
  const text = expandVariables(await expandFunctions(JSON.stringify(template), abs, source, b.ctx), b.ctx.vars);
  let manifest: Record<string, unknown> | undefined;
  try {
    manifest = asRecord(JSON.parse(text));
  } catch {
    b.ctx.problems.push({ ruleId: 'package.toolkit-build', message: `${shown} is not valid JSON once its variables are replaced: a value holds a quote or a backslash.` });
    return undefined;
  }
  if (!manifest) return undefined;
  if (GUID.test(id)) manifest.id = id;
  else {
    manifest.id = standInGuid(`id:${id}`);
    if (!/\$\{\{/.test(String(template.id ?? '')) && id) {
      b.ctx.problems.push({ ruleId: 'package.toolkit-build', severity: 'warning', message: `The app id ${JSON.stringify(id)} is not a GUID, so the toolkit puts a new random GUID in its place at every build: each build is a different app. Use a GUID, or \${{TEAMS_APP_ID}}.`, source: at(b, abs, source, source.indexOf('"id"')) });
    }
  }
  add(b, 'manifest.json', Buffer.from(JSON.stringify(manifest, null, 4)), abs, true);
  return manifest;
}

function at(b: Build, abs: string, text: string, index: number) {
  return sourceAt(b.ctx.shown(abs), text, index);
}

/** `text` parsed as a JSON object, or undefined with a problem placed in the template (`source`). */
function parseObject(b: Build, abs: string, text: string, source = text): Record<string, unknown> | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    const error = parseJsonDocument(abs, source).error;
    const start = at(b, abs, source, 0);
    b.ctx.problems.push({
      ruleId: 'package.toolkit-build',
      message: `${b.ctx.shown(abs)} is not valid JSON${error ? ` (${error.message.replace(/\.$/, '')})` : ''}; the toolkit stops there.`,
      source: start && error ? { ...start, line: error.line, column: error.column } : start,
    });
    return undefined;
  }
  const object = asRecord(value);
  if (!object) b.ctx.problems.push({ ruleId: 'package.toolkit-build', message: `${b.ctx.shown(abs)} is not a JSON object; the toolkit stops there.`, source: at(b, abs, source, 0) });
  return object;
}

function add(b: Build, name: string, bytes: Uint8Array, origin: string, substituted: boolean): void {
  if (b.files.size >= MAX_ENTRIES && !b.files.has(name)) return;
  b.files.set(name, bytes);
  b.origins.set(name, origin);
  if (substituted) b.substituted.add(name);
  else b.substituted.delete(name);
}

/** The packaged name of a file the manifest names: its path below the app folder, '/'-separated. */
function entryName(b: Build, abs: string): string {
  return slashes(relative(b.appDir, abs));
}

/** The absolute path of a reference, or undefined (with a problem) when the toolkit would refuse it. */
function resolveRef(b: Build, ref: string, from = b.appDir): string | undefined {
  const abs = resolve(from, ref);
  if (isInside(b.appDir, abs)) return abs;
  b.ctx.problems.push({ ruleId: 'package.toolkit-build', message: `${JSON.stringify(ref)} lies outside ${b.ctx.shown(b.appDir)}/; the toolkit packages only files inside it and stops.` });
  return undefined;
}

/** A file packaged as it is (icons, response templates, knowledge files, MCP tool descriptions). */
async function addRaw(b: Build, ref: string | undefined, from = b.appDir): Promise<void> {
  if (!ref) return;
  const abs = resolveRef(b, ref, from);
  if (!abs) return;
  const read = await readRegularFile(abs);
  if (read.ok) add(b, entryName(b, abs), read.bytes, abs, false);
}

/**
 * A file packaged with substitutions: `json` files get `$[file()]` and `${{VAR}}`, OpenAPI descriptions (`spec`) only
 * `${{VAR}}`. `name` overrides the packaged name (the toolkit keeps the manifest's own spelling for some files).
 */
async function addResolved(b: Build, ref: string | undefined, kind: 'json' | 'spec', from = b.appDir, name?: string): Promise<{ abs: string; source: string; text: string } | undefined> {
  if (!ref) return undefined;
  const abs = resolveRef(b, ref, from);
  if (!abs) return undefined;
  const read = await readRegularFile(abs);
  if (!read.ok) return undefined;
  const source = stripBom(read.bytes.toString('utf8'));
  recordUses(source, abs, b.ctx);
  const functions = kind === 'json' ? await expandFunctions(source, abs, source, b.ctx) : source;
  const text = expandVariables(functions, b.ctx.vars);
  add(b, name ?? entryName(b, abs), Buffer.from(text), abs, true);
  return { abs, source, text };
}

async function addAgent(b: Build, ref: string): Promise<void> {
  const built = await addResolved(b, ref, 'json', b.appDir, normalizeRef(ref));
  if (!built) return;
  const agent = parseObject(b, built.abs, built.text, built.source);
  const abs = built.abs;
  for (const action of asArray(agent?.actions)) {
    const file = asString(asRecord(action)?.file);
    if (file) await addPlugin(b, resolve(dirname(abs), file));
  }
  for (const capability of asArray(agent?.capabilities)) {
    const c = asRecord(capability);
    if (c?.name !== 'EmbeddedKnowledge') continue;
    for (const f of asArray(c.files)) await addRaw(b, asString(asRecord(f)?.file));
  }
}

async function addPlugin(b: Build, abs: string): Promise<void> {
  if (!isInside(b.appDir, abs)) {
    resolveRef(b, slashes(relative(b.appDir, abs)));
    return;
  }
  const read = await readRegularFile(abs);
  if (!read.ok) return;
  const source = stripBom(read.bytes.toString('utf8'));
  const plugin = parseObject(b, abs, source);
  if (!plugin) return;
  recordUses(source, abs, b.ctx);
  const rewritten = await inlineTemplates(b, plugin, abs);
  let text: string;
  if (rewritten) {
    // The toolkit writes the changed plugin out (four-space JSON) and packages that file with its substitutions.
    const expanded = JSON.parse(await expandFunctions(JSON.stringify(plugin), abs, source, b.ctx)) as unknown;
    text = expandVariables(JSON.stringify(expanded, null, 4), b.ctx.vars);
  } else {
    text = expandVariables(await expandFunctions(source, abs, source, b.ctx), b.ctx.vars);
  }
  add(b, entryName(b, abs), Buffer.from(text), abs, true);
  for (const runtime of asArray(plugin.runtimes)) {
    const r = asRecord(runtime);
    const spec = asRecord(r?.spec);
    if (r?.type === 'OpenApi' && asString(spec?.url)) await addResolved(b, asString(spec?.url), 'spec', dirname(abs));
    const tools = asRecord(spec?.mcp_tool_description);
    if (r?.type === 'RemoteMCPServer' && asString(tools?.file)) await addRaw(b, asString(tools?.file), dirname(abs));
  }
}

/**
 * The toolkit's changes to a plugin before packaging: each function's response_semantics.static_template.file is
 * replaced by the template's JSON (dropped, with a warning, when the file is missing), and underscores are removed
 * from the namespace. True when anything changed.
 */
async function inlineTemplates(b: Build, plugin: Record<string, unknown>, abs: string): Promise<boolean> {
  let changed = false;
  for (const fn of asArray(plugin.functions)) {
    const semantics = asRecord(asRecord(asRecord(fn)?.capabilities)?.response_semantics);
    const ref = asString(asRecord(semantics?.static_template)?.file);
    if (!semantics || !ref) continue;
    const templateAbs = resolve(dirname(abs), ref);
    if (!isInside(b.appDir, templateAbs)) {
      resolveRef(b, slashes(relative(b.appDir, templateAbs)));
      continue;
    }
    const read = await readRegularFile(templateAbs);
    let template: unknown;
    try {
      template = read.ok ? JSON.parse(stripBom(read.bytes.toString('utf8'))) : undefined;
    } catch {
      template = undefined;
    }
    if (template === undefined) {
      delete semantics.static_template;
      b.ctx.problems.push({ ruleId: 'package.toolkit-build', severity: 'warning', message: `${b.ctx.shown(abs)}: static_template.file ${JSON.stringify(ref)} ${read.ok ? 'is not valid JSON' : 'does not exist'}, so the toolkit packages the function without its response template.` });
    } else semantics.static_template = template;
    changed = true;
  }
  const namespace = asString(plugin.namespace);
  if (namespace?.includes('_')) {
    plugin.namespace = namespace.replace(/_/g, '');
    changed = true;
  }
  return changed;
}

/** Every file of an agent skill folder (the toolkit requires a SKILL.md in it). */
async function addFolder(b: Build, ref: string | undefined): Promise<void> {
  if (!ref) return;
  const dir = resolveRef(b, ref);
  if (!dir) return;
  for (const abs of await filesBelow(dir, MAX_ENTRIES)) {
    const read = await readRegularFile(abs);
    if (read.ok) add(b, entryName(b, abs), read.bytes, abs, false);
  }
}

/** A reference as a packaged name: '/'-separated, without a leading './'. */
function normalizeRef(ref: string): string {
  return ref.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
