// The Copilot files of a Teams package, found the way the service finds them: declarative agents from the
// manifest, API plugins from each agent's actions (and the legacy copilotExtensions.plugins and devPreview agent
// connectors' plugin tool sources), OpenAPI documents from each plugin's runtimes and from API-based message
// extensions. Paths resolve relative to the file that names them. Results are memoised per package view, since
// most Copilot rules need them.
import type { JsonDocument } from '../../../json/document.js';
import { pointer } from '../../../json/pointer.js';
import { loadApiDocument, type ApiDocument } from '../../../openapi/index.js';
import type { PackageView } from '../../../read/package-view.js';
import { asArray, asRecord, asString, type JsonRecord } from '../../../util/values.js';
import { resolveInPackage } from '../../teams/shared/references.js';

export const MANIFEST = 'manifest.json';

/** Where a file was named: the file and the pointer of the value holding its path. */
export interface NamedAt {
  file: string;
  pointer: string;
  /** The path as written. */
  path: string;
}

export interface AgentFile {
  /** Resolved path inside the package. */
  path: string;
  doc: JsonDocument;
  /** The parsed object; undefined when the file is not a JSON object. */
  value?: JsonRecord;
  from: NamedAt;
  /** Named through the legacy devPreview copilotExtensions.declarativeCopilots. */
  legacy: boolean;
}

export interface PluginFile {
  path: string;
  doc: JsonDocument;
  value?: JsonRecord;
  /** Every place that names this plugin (agents' actions, manifest). */
  from: NamedAt[];
}

export interface SpecFile {
  path: string;
  doc: ApiDocument;
  from: NamedAt[];
}

/** A reference that points nowhere usable: outside the package, or to a missing file. */
export interface BrokenReference extends NamedAt {
  role: string;
  resolved?: string;
}

export interface CopilotFiles {
  agents: AgentFile[];
  plugins: PluginFile[];
  /** OpenAPI documents named by plugin runtimes (spec.url). */
  pluginSpecs: SpecFile[];
  /** References from agents and plugins that do not resolve to a package file. */
  broken: BrokenReference[];
}

const cache = new WeakMap<PackageView, CopilotFiles>();

/** Declarative agents, their plugins and the plugins' OpenAPI documents. */
export function copilotFiles(pkg: PackageView, manifest: unknown): CopilotFiles {
  const cached = cache.get(pkg);
  if (cached) return cached;
  const result: CopilotFiles = { agents: [], plugins: [], pluginSpecs: [], broken: [] };
  const m = asRecord(manifest);
  const pluginsByPath = new Map<string, PluginFile>();
  const specsByPath = new Map<string, SpecFile>();

  const addPlugin = (from: NamedAt) => {
    const path = resolveInPackage(from.file, from.path);
    if (path === undefined || !pkg.has(path)) {
      result.broken.push({ ...from, role: 'API plugin', resolved: path });
      return;
    }
    const existing = pluginsByPath.get(path);
    if (existing) {
      existing.from.push(from);
      return;
    }
    const doc = pkg.json(path)!;
    const plugin: PluginFile = { path, doc, value: asRecord(doc.value), from: [from] };
    pluginsByPath.set(path, plugin);
    result.plugins.push(plugin);
  };

  const addAgent = (raw: unknown, legacy: boolean, ...at: Array<string | number>) => {
    const written = asString(asRecord(raw)?.file);
    if (!written?.trim()) return;
    const path = resolveInPackage(MANIFEST, written);
    // A missing agent file is reported by package.referenced-file-missing.
    if (path === undefined || !pkg.has(path)) return;
    const doc = pkg.json(path)!;
    const agent: AgentFile = { path, doc, value: asRecord(doc.value), from: { file: MANIFEST, pointer: pointer(...at, 'file'), path: written }, legacy };
    result.agents.push(agent);
    asArray(agent.value?.actions).forEach((a, i) => {
      const file = asString(asRecord(a)?.file);
      if (file?.trim()) addPlugin({ file: path, pointer: pointer('actions', i, 'file'), path: file });
    });
  };

  asArray(asRecord(m?.copilotAgents)?.declarativeAgents).forEach((a, i) => addAgent(a, false, 'copilotAgents', 'declarativeAgents', i));
  const legacy = asRecord(m?.copilotExtensions);
  asArray(legacy?.declarativeCopilots).forEach((a, i) => addAgent(a, true, 'copilotExtensions', 'declarativeCopilots', i));
  const addManifestPlugin = (file: string | undefined, ...at: Array<string | number>) => {
    const path = file ? resolveInPackage(MANIFEST, file) : undefined;
    // Missing manifest-level files are package.referenced-file-missing's job.
    if (file?.trim() && path !== undefined && pkg.has(path)) addPlugin({ file: MANIFEST, pointer: pointer(...at, 'file'), path: file });
  };
  asArray(legacy?.plugins).forEach((p, i) => addManifestPlugin(asString(asRecord(p)?.file), 'copilotExtensions', 'plugins', i));
  // devPreview agent connectors may take their tools from a plugin file.
  asArray(m?.agentConnectors).forEach((c, i) => addManifestPlugin(asString(asRecord(asRecord(asRecord(c)?.toolSource)?.plugin)?.file), 'agentConnectors', i, 'toolSource', 'plugin'));

  for (const plugin of result.plugins) {
    asArray(plugin.value?.runtimes).forEach((r, i) => {
      const runtime = asRecord(r);
      const url = asString(asRecord(runtime?.spec)?.url);
      if (runtime?.type !== 'OpenApi' || !url?.trim() || isAbsoluteUrl(url)) return;
      const from: NamedAt = { file: plugin.path, pointer: pointer('runtimes', i, 'spec', 'url'), path: url };
      const path = resolveInPackage(plugin.path, url);
      const doc = path !== undefined ? loadApiDocument(pkg, path) : undefined;
      if (path === undefined || !doc) {
        result.broken.push({ ...from, role: 'OpenAPI document', resolved: path });
        return;
      }
      const existing = specsByPath.get(path);
      if (existing) existing.from.push(from);
      else {
        const spec: SpecFile = { path, doc, from: [from] };
        specsByPath.set(path, spec);
        result.pluginSpecs.push(spec);
      }
    });
  }
  cache.set(pkg, result);
  return result;
}

/** The OpenAPI document of a plugin runtime, when it is in the package. */
export function runtimeSpec(files: CopilotFiles, plugin: PluginFile, runtimeIndex: number): SpecFile | undefined {
  const at = pointer('runtimes', runtimeIndex, 'spec', 'url');
  return files.pluginSpecs.find((s) => s.from.some((f) => f.file === plugin.path && f.pointer === at));
}

export function isAbsoluteUrl(value: string): boolean {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(value);
}

export interface ApiMessageExtension {
  index: number;
  extension: JsonRecord;
  /** apiSpecificationFile as written, and the loaded document when it is in the package. */
  specPath?: string;
  spec?: ApiDocument;
}

/** composeExtensions entries with composeExtensionType "apiBased". */
export function apiMessageExtensions(pkg: PackageView, manifest: unknown): ApiMessageExtension[] {
  return asArray(asRecord(manifest)?.composeExtensions).flatMap((raw, index) => {
    const extension = asRecord(raw);
    if (!extension || extension.composeExtensionType !== 'apiBased') return [];
    const written = asString(extension.apiSpecificationFile);
    const resolved = written?.trim() ? resolveInPackage(MANIFEST, written) : undefined;
    const spec = resolved !== undefined ? loadApiDocument(pkg, resolved) : undefined;
    return [{ index, extension, specPath: written, spec }];
  });
}

export interface SpecUse {
  doc: ApiDocument;
  /** Who uses it: an API plugin runtime or an API-based message extension. */
  usedBy: 'api-plugin' | 'message-extension';
}

/** Every OpenAPI document the package's Copilot features name, once each. */
export function allSpecs(pkg: PackageView, manifest: unknown): SpecUse[] {
  const out = new Map<string, SpecUse>();
  for (const s of copilotFiles(pkg, manifest).pluginSpecs) out.set(s.path, { doc: s.doc, usedBy: 'api-plugin' });
  for (const me of apiMessageExtensions(pkg, manifest)) {
    if (me.spec && !out.has(me.spec.file)) out.set(me.spec.file, { doc: me.spec, usedBy: 'message-extension' });
  }
  return [...out.values()];
}
