// MCP servers a Teams package names: RemoteMCPServer runtimes of API plugins (plugin manifest v2.4) and agent
// connectors in the app manifest (1.27 and later). Either carries its tools inline, in a packaged file holding what
// the server's tools/list method returns ({"tools": […]}), or nothing at all (dynamic tool discovery at run time).
import { pointer } from '../../../json/pointer.js';
import type { PackageView } from '../../../read/package-view.js';
import { asArray, asRecord, asString, type JsonRecord } from '../../../util/values.js';
import { isHttpUrl } from '../../../util/urls.js';
import { resolveInPackage } from '../../teams/shared/references.js';
import { copilotFiles, MANIFEST, type PluginFile } from './files.js';

export const MCP_RUNTIME = 'RemoteMCPServer';

export interface McpRuntime {
  plugin: PluginFile & { value: JsonRecord };
  index: number;
  runtime: JsonRecord;
  /** Pointer of the runtime object in the plugin file. */
  pointer: string;
}

/** RemoteMCPServer runtimes of every readable plugin in the package. */
export function mcpRuntimes(pkg: PackageView, manifest: unknown): McpRuntime[] {
  return copilotFiles(pkg, manifest).plugins.flatMap((plugin) => {
    const value = plugin.value;
    return value ? pluginMcpRuntimes({ ...plugin, value }) : [];
  });
}

/** RemoteMCPServer runtimes of one plugin. */
export function pluginMcpRuntimes(plugin: PluginFile & { value: JsonRecord }): McpRuntime[] {
  return asArray(plugin.value.runtimes).flatMap((r, index) => {
    const runtime = asRecord(r);
    return runtime?.type === MCP_RUNTIME ? [{ plugin, index, runtime, pointer: pointer('runtimes', index) }] : [];
  });
}

/** One MCP tool, as inline definitions and tools/list results hold it. */
export interface McpTool {
  name?: string;
  value: unknown;
  /** Pointer of the tool object in the file that holds it. */
  pointer: string;
}

/** What a tool description says, and where: inline tools, a file, or nothing (dynamic discovery). */
export interface ToolDescription {
  /** The file naming the description (plugin or manifest) and the pointer of the description object. */
  file: string;
  pointer: string;
  /** Inline `tools` (plugin runtimes only). */
  inline?: unknown;
  /** A `file` reference: as written, its pointer, and where it resolves (undefined when it leaves the package). */
  ref?: { written: string; pointer: string; resolved?: string };
}

/** The tool description of a RemoteMCPServer runtime; undefined for dynamic discovery (no mcp_tool_description). */
export function runtimeToolDescription(r: McpRuntime): ToolDescription | undefined {
  const at = `${r.pointer}/spec/mcp_tool_description`;
  const description = asRecord(asRecord(r.runtime.spec)?.mcp_tool_description);
  if (!description) return undefined;
  return describe(r.plugin.path, at, description, 'tools');
}

function describe(file: string, at: string, description: JsonRecord, inlineKey?: string): ToolDescription {
  const out: ToolDescription = { file, pointer: at };
  if (inlineKey && description[inlineKey] !== undefined) out.inline = description[inlineKey];
  const written = asString(description.file);
  if (written?.trim()) out.ref = { written, pointer: `${at}/file`, resolved: resolveInPackage(file, written) };
  return out;
}

export interface AgentConnector {
  index: number;
  connector: JsonRecord;
  pointer: string;
  /** toolSource.remoteMcpServer or (devPreview) toolSource.localMcpServer, with its key. */
  server?: { key: 'remoteMcpServer' | 'localMcpServer'; value: JsonRecord; pointer: string };
}

/** agentConnectors entries of the app manifest. */
export function agentConnectors(manifest: unknown): AgentConnector[] {
  return asArray(asRecord(manifest)?.agentConnectors).flatMap((c, index) => {
    const connector = asRecord(c);
    if (!connector) return [];
    const at = pointer('agentConnectors', index);
    const source = asRecord(connector.toolSource);
    const key = source?.remoteMcpServer !== undefined ? 'remoteMcpServer' : source?.localMcpServer !== undefined ? 'localMcpServer' : undefined;
    const value = key ? asRecord(source?.[key]) : undefined;
    return [{ index, connector, pointer: at, server: key && value ? { key, value, pointer: `${at}/toolSource/${key}` } : undefined }];
  });
}

/** The mcpToolDescription of an agent connector's server; undefined for dynamic discovery. */
export function connectorToolDescription(c: AgentConnector): ToolDescription | undefined {
  const description = asRecord(c.server?.value.mcpToolDescription);
  return description && c.server ? describe(MANIFEST, `${c.server.pointer}/mcpToolDescription`, description) : undefined;
}

/** Every tool description the package names, plugin runtimes first. */
export function toolDescriptions(pkg: PackageView, manifest: unknown): ToolDescription[] {
  const fromRuntimes = mcpRuntimes(pkg, manifest).flatMap((r) => runtimeToolDescription(r) ?? []);
  const fromConnectors = agentConnectors(manifest).flatMap((c) => connectorToolDescription(c) ?? []);
  return [...fromRuntimes, ...fromConnectors];
}

export interface ToolList {
  tools: McpTool[];
  /** Shape problems, at pointers into the file holding the list. */
  problems: Array<{ pointer: string; message: string }>;
}

/**
 * Reads a list of tool definitions. Each tool needs `name`, `description` and `inputSchema` (an object): the v2.4
 * plugin reference requires all three, and tools/list results carry them (MCP names inputSchema required).
 */
export function readTools(list: unknown, at: string): ToolList {
  const out: ToolList = { tools: [], problems: [] };
  if (!Array.isArray(list)) {
    out.problems.push({ pointer: at, message: 'The tool list must be an array of tool definitions.' });
    return out;
  }
  const seen = new Map<string, number>();
  list.forEach((t, i) => {
    const p = `${at}/${i}`;
    const tool = asRecord(t);
    if (!tool) {
      out.problems.push({ pointer: p, message: `Tool ${i} is not an object with name, description and inputSchema.` });
      return;
    }
    const name = asString(tool.name);
    out.tools.push({ name, value: tool, pointer: p });
    const label = name ? `The tool "${name}"` : `Tool ${i}`;
    if (!name?.trim()) out.problems.push({ pointer: p, message: `${label} has no "name".` });
    if (typeof tool.description !== 'string' || !tool.description.trim()) out.problems.push({ pointer: p, message: `${label} has no "description"; Copilot chooses tools by their descriptions.` });
    if (!asRecord(tool.inputSchema)) out.problems.push({ pointer: p, message: `${label} has no "inputSchema" object (a JSON schema of its arguments).` });
    if (name) {
      const first = seen.get(name);
      if (first !== undefined) out.problems.push({ pointer: `${p}/name`, message: `The tool name "${name}" is used again (first at tool ${first}); tool names must be unique.` });
      else seen.set(name, i);
    }
  });
  return out;
}

/** The tools a tools/list result holds: an object with a `tools` array. */
export function readToolFile(value: unknown): ToolList {
  const root = asRecord(value);
  if (!root || !('tools' in root)) {
    return { tools: [], problems: [{ pointer: '', message: 'An MCP tool description file holds what the server\'s tools/list method returns: an object with a "tools" array.' }] };
  }
  return readTools(root.tools, '/tools');
}

/** The tools a description declares, each with the file holding it; empty when they cannot be read. */
export function toolsOf(pkg: PackageView, d: ToolDescription): Array<McpTool & { file: string }> {
  return readableTools(pkg, d)?.tools ?? [];
}

function readableTools(pkg: PackageView, d: ToolDescription): (ToolList & { tools: Array<McpTool & { file: string }> }) | undefined {
  if (d.inline !== undefined && !d.ref) {
    const list = readTools(d.inline, `${d.pointer}/tools`);
    return { ...list, tools: list.tools.map((t) => ({ ...t, file: d.file })) };
  }
  if (d.ref?.resolved === undefined || d.inline !== undefined || !pkg.has(d.ref.resolved)) return undefined;
  const file = d.ref.resolved;
  const doc = pkg.json(file);
  if (!doc?.ok) return undefined;
  const list = readToolFile(doc.value);
  return { ...list, tools: list.tools.map((t) => ({ ...t, file })) };
}

/** The names of the tools a description declares, when they can be read (inline, or a packaged JSON file). */
export function declaredToolNames(pkg: PackageView, d: ToolDescription): Set<string> | undefined {
  const list = readableTools(pkg, d);
  return list ? new Set(list.tools.flatMap((t) => (t.name ? [t.name] : []))) : undefined;
}

export interface Problem {
  pointer: string;
  message: string;
}

const SPEC_KEYS = new Set(['url', 'mcp_tool_description']);
const DESCRIPTION_KEYS = new Set(['file', 'tools']);

/**
 * What the v2.4 plugin reference says a RemoteMCPServer spec must be ("MCP server spec object"): a required absolute
 * `url`, and an optional `mcp_tool_description` holding either `file` or `tools`, never both. Extension keys
 * (x-…) are allowed, as everywhere in the plugin schema.
 */
export function mcpSpecProblems(r: McpRuntime): Problem[] {
  const at = `${r.pointer}/spec`;
  const spec = r.runtime.spec;
  if (spec === undefined) return [{ pointer: r.pointer, message: 'This RemoteMCPServer runtime has no "spec"; give the MCP server\'s address: "spec": {"url": "https://…"}.' }];
  const s = asRecord(spec);
  if (!s) return [{ pointer: at, message: '"spec" must be an object holding the MCP server\'s "url".' }];
  const out: Problem[] = [];
  const url = s.url;
  if (url === undefined) out.push({ pointer: at, message: 'The MCP server spec has no "url"; it is required and must be an absolute URL.' });
  else if (typeof url !== 'string' || !isHttpUrl(url)) out.push({ pointer: `${at}/url`, message: `"url" ${JSON.stringify(url)} is not an absolute URL; the MCP server spec needs the server's full address.` });
  for (const key of Object.keys(s)) {
    if (!SPEC_KEYS.has(key) && !key.startsWith('x-')) out.push({ pointer: `${at}/${key}`, message: `"${key}" is not a property of the MCP server spec object (url, mcp_tool_description).` });
  }
  if (s.mcp_tool_description === undefined) return out;
  const dat = `${at}/mcp_tool_description`;
  const d = asRecord(s.mcp_tool_description);
  if (!d) return [...out, { pointer: dat, message: '"mcp_tool_description" must be an object holding "file" or "tools".' }];
  const hasFile = d.file !== undefined;
  const hasTools = d.tools !== undefined;
  if (hasFile && hasTools) out.push({ pointer: dat, message: '"mcp_tool_description" holds both "file" and "tools"; the reference allows one or the other, never both.' });
  else if (!hasFile && !hasTools) out.push({ pointer: dat, message: '"mcp_tool_description" holds neither "file" nor "tools"; list the tools, name a tool description file, or remove it for dynamic tool discovery.' });
  for (const key of Object.keys(d)) {
    if (!DESCRIPTION_KEYS.has(key)) out.push({ pointer: `${dat}/${key}`, message: `"${key}" is not a property of the MCP tool description object (file, tools).` });
  }
  if (hasFile && (typeof d.file !== 'string' || !d.file.trim())) out.push({ pointer: `${dat}/file`, message: '"file" must be the relative path of the tool description file in the package.' });
  if (hasTools && !hasFile) out.push(...readTools(d.tools, `${dat}/tools`).problems);
  return out;
}
