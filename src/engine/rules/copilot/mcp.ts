// MCP servers as agent actions: RemoteMCPServer runtimes of API plugins (plugin manifest v2.4) and the tool
// descriptions they and agent connectors name. The v2.4 reference is followed where the published schema disagrees
// with it (copilot.plugin-schema says where).
import { defineRule, BOTH, type RuleContext } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { pointer } from '../../json/pointer.js';
import { asArray, asString } from '../../util/values.js';
import { at } from './shared/drafts.js';
import { MANIFEST } from './shared/files.js';
import { declaredToolNames, mcpRuntimes, mcpSpecProblems, readToolFile, runtimeToolDescription, toolDescriptions } from './shared/mcp.js';

/** The first plugin schema version with the RemoteMCPServer runtime. */
const MCP_PLUGIN_VERSION = 'v2.4';

function runtimesOf(ctx: RuleContext) {
  return ctx.manifest ? mcpRuntimes(ctx.pkg, ctx.manifest.value) : [];
}

export const pluginMcpRuntime = defineRule({
  id: 'copilot.plugin-mcp-runtime',
  title: 'RemoteMCPServer runtimes follow the plugin manifest v2.4 reference',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.apiPluginManifest24,
  description:
    'RemoteMCPServer arrived with plugin schema v2.4. Its runtime needs `auth` (the reference marks it required; use {"type": "None"} for a server without sign-in, which older Agents Toolkit MCP scaffolds left out) ' +
    'and a `spec` with the server\'s absolute `url`; an optional `mcp_tool_description` holds either `file` or inline `tools` (each with name, description and inputSchema), never both, and its absence means dynamic tool discovery. ' +
    'Checked against the reference rather than the published schema, which rejects two of the reference\'s own examples (see copilot.plugin-schema).',
  *check(ctx) {
    for (const r of runtimesOf(ctx)) {
      const version = asString(r.plugin.value.schema_version);
      if (version && /^v\d+\.\d+$/.test(version) && version < MCP_PLUGIN_VERSION) {
        yield at(r.plugin.path, `${r.pointer}/type`, `RemoteMCPServer runtimes exist from plugin schema ${MCP_PLUGIN_VERSION}; this plugin declares schema_version ${version}.`);
      }
      if (r.runtime.auth === undefined) {
        yield at(r.plugin.path, `${r.pointer}/auth`, 'This RemoteMCPServer runtime has no "auth"; the v2.4 reference requires it. Use {"type": "None"} for a server without sign-in, or OAuthPluginVault or ApiKeyPluginVault with its reference_id.');
      }
      for (const p of mcpSpecProblems(r)) yield at(r.plugin.path, p.pointer, p.message);
    }
  },
});

export const mcpToolDescriptionFile = defineRule({
  id: 'copilot.mcp-tool-description',
  title: 'MCP tool description files are in the package and hold a tools/list result',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.apiPluginManifest24,
  description:
    'A tool description `file` (of a RemoteMCPServer runtime, relative to the plugin file, or of an agent connector, relative to manifest.json) must be packaged and hold valid JSON in the shape the MCP server\'s tools/list method returns: ' +
    'an object with a "tools" array whose tools each have a unique name, a description and an inputSchema. Copilot reads the pinned tools from it instead of asking the server, so a missing or malformed file leaves the agent without tools. ' +
    '(A missing file named by manifest.json is package.referenced-file-missing\'s to report.)',
  *check(ctx) {
    if (!ctx.manifest) return;
    for (const d of toolDescriptions(ctx.pkg, ctx.manifest.value)) {
      // Both file and tools: copilot.plugin-mcp-runtime reports it, and which one wins is not defined.
      if (!d.ref || d.inline !== undefined) continue;
      const { written, resolved } = d.ref;
      if (resolved === undefined) {
        yield at(d.file, d.ref.pointer, `The MCP tool description file "${written}" is outside the package; use a path relative to ${d.file}.`);
        continue;
      }
      if (!ctx.pkg.has(resolved)) {
        if (d.file === MANIFEST) continue;
        const near = ctx.pkg.findName(resolved);
        const where = resolved === written ? '' : ` (${resolved})`;
        yield at(d.file, d.ref.pointer, near ? `The MCP tool description file "${written}" is not in the package; "${near}" differs only in letter case.` : `The MCP tool description file "${written}"${where} is not in the package.`);
        continue;
      }
      const doc = ctx.pkg.json(resolved);
      if (!doc?.ok) {
        // package.json-parse reports .json files that do not parse.
        if (!/\.json$/i.test(resolved)) yield at(d.file, d.ref.pointer, `The MCP tool description file "${written}" is not valid JSON.`);
        continue;
      }
      for (const p of readToolFile(doc.value).problems) yield at(resolved, p.pointer, p.message);
    }
  },
});

export const pluginFunctionMcpTool = defineRule({
  id: 'copilot.plugin-function-mcp-tool',
  title: 'Functions a RemoteMCPServer runtime pins name tools of its tool description',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.mcpDynamicToolDiscovery,
  description:
    'With pinned tools the functions array and run_for_functions list the tools, and mcp_tool_description holds their definitions; Copilot calls the tool named like the function. ' +
    'A run_for_functions entry with no tool of that name in the description can never run. Runtimes without a tool description use dynamic discovery and are not checked.',
  *check(ctx) {
    for (const r of runtimesOf(ctx)) {
      const d = runtimeToolDescription(r);
      const tools = d ? declaredToolNames(ctx.pkg, d) : undefined;
      if (!tools) continue;
      const where = d?.ref?.resolved ?? `${r.plugin.path} (inline tools)`;
      // Without run_for_functions the runtime serves exactly its tools; copilot.plugin-function-runtime finds functions no runtime serves.
      for (const [j, name] of asArray(r.runtime.run_for_functions).entries()) {
        if (typeof name === 'string' && !name.includes('*') && !tools.has(name)) {
          yield at(r.plugin.path, pointer('runtimes', r.index, 'run_for_functions', j), `run_for_functions names "${name}", which is no tool in ${where}.`);
        }
      }
    }
  },
});
