// Which runtime serves each function of an API plugin: exactly one must.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { pointer } from '../../json/pointer.js';
import { operationsById } from '../../openapi/index.js';
import type { PackageView } from '../../read/package-view.js';
import { matchesWildcard } from '../../util/text.js';
import { asArray, asRecord, asString, type JsonRecord } from '../../util/values.js';
import { at } from './shared/drafts.js';
import { copilotFiles, runtimeSpec, type CopilotFiles, type PluginFile } from './shared/files.js';
import { declaredToolNames, MCP_RUNTIME, runtimeToolDescription } from './shared/mcp.js';

/** "yes": the runtime declares the function; "maybe": it cannot be told offline, or another rule reports why not. */
type Claim = 'yes' | 'maybe' | 'no';

/** run_for_functions entries may hold * wildcards; function names are letters, digits and underscores. */
function matches(entry: string, name: string): boolean {
  // Both come from the package: no expression is built from them (`^a.*a.*a…$` backtracks without end).
  return matchesWildcard(entry, name);
}

function claim(pkg: PackageView, files: CopilotFiles, plugin: PluginFile & { value: JsonRecord }, index: number, runtime: JsonRecord, name: string): Claim {
  const listed = runtime.run_for_functions;
  if (Array.isArray(listed)) return listed.some((e) => typeof e === 'string' && matches(e, name)) ? 'yes' : 'no';
  if (listed !== undefined) return 'maybe'; // not an array: the schema rule reports it
  // Without run_for_functions a runtime serves every function it describes.
  if (runtime.type === 'OpenApi') {
    const spec = runtimeSpec(files, plugin, index);
    // A function without an operation is copilot.plugin-function-operation's to report.
    return spec?.doc.ok && operationsById(spec.doc.value).has(name) ? 'yes' : 'maybe';
  }
  if (runtime.type === MCP_RUNTIME) {
    const d = runtimeToolDescription({ plugin, index, runtime, pointer: pointer('runtimes', index) });
    if (!d) return 'yes'; // dynamic discovery: whatever the server lists
    const tools = declaredToolNames(pkg, d);
    return !tools ? 'maybe' : tools.has(name) ? 'yes' : 'no';
  }
  return 'yes';
}

export const pluginFunctionRuntime = defineRule({
  id: 'copilot.plugin-function-runtime',
  title: 'Every plugin function is served by exactly one runtime',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.apiPluginManifest24,
  description:
    'A runtime serves the functions its run_for_functions names (wildcards allowed), or without that list every function it describes (the operations of its OpenAPI document, the tools of its MCP tool description, or all of them for dynamic discovery). ' +
    'The plugin manifest reference says more than one runtime must not declare the same function, and a function no runtime serves can never be called: both break the plugin when Copilot runs it, not at upload.',
  *check(ctx) {
    if (!ctx.manifest) return;
    const files = copilotFiles(ctx.pkg, ctx.manifest.value);
    for (const p of files.plugins) {
      const value = p.value;
      if (!value) continue;
      const plugin = { ...p, value };
      const functions = asArray(value.functions);
      const runtimes = asArray(value.runtimes).map(asRecord);
      if (functions.length === 0) continue;
      if (runtimes.length === 0) {
        yield at(plugin.path, '/functions', `The plugin declares ${functions.length} function${functions.length === 1 ? '' : 's'} but no runtimes, so Copilot has nothing to call them with.`);
        continue;
      }
      for (const [i, f] of functions.entries()) {
        const name = asString(asRecord(f)?.name);
        if (!name) continue;
        const claims = runtimes.map((r, index) => (r ? claim(ctx.pkg, files, plugin, index, r, name) : 'maybe'));
        const serving = claims.flatMap((c, index) => (c === 'yes' ? [index] : []));
        if (serving.length > 1) {
          yield at(plugin.path, pointer('functions', i, 'name'), `The function "${name}" is served by runtimes ${serving.join(' and ')}; only one runtime may declare a function.`);
        } else if (!claims.some((c) => c !== 'no')) {
          yield at(plugin.path, pointer('functions', i, 'name'), `No runtime serves the function "${name}"; list it in the run_for_functions of the runtime that runs it.`);
        }
      }
    }
  },
});
