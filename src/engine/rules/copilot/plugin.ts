// API plugin manifests (ai-plugin.json and friends), reached through agents' actions or copilotExtensions.plugins.
import { defineRule, BOTH, MULTITENANT } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { pointer } from '../../json/pointer.js';
import { getValidator, issueDraft, validateAgainst } from '../../schemas/validate.js';
import { API_PLUGIN_VERSIONS } from '../../schemas/catalog.js';
import { draftAt, operationsById, listOperations, serverUrls } from '../../openapi/index.js';
import { asArray, asRecord, asString, type JsonRecord } from '../../util/values.js';
import { resolveInPackage } from '../teams/shared/references.js';
import { copilotFiles, isAbsoluteUrl, runtimeSpec, type CopilotFiles, type PluginFile } from './shared/files.js';
import { at, charCount, isLocalizationToken } from './shared/drafts.js';
import type { RuleContext } from '../rule.js';
import type { FindingDraft } from '../../types.js';
import { mcpRuntimes, mcpSpecProblems, pluginMcpRuntimes, runtimeToolDescription, toolsOf } from './shared/mcp.js';
import { replaceFix } from '../../fix/drafts.js';

/** Lengths past which the plugin manifest reference says text may be ignored. */
export const PLUGIN_TEXT_LIMITS = { name_for_human: 20, description_for_human: 100, description_for_model: 2048 } as const;

type ReadablePlugin = PluginFile & { value: JsonRecord };

function readable(ctx: RuleContext): { files: CopilotFiles; plugins: ReadablePlugin[] } {
  if (!ctx.manifest) return { files: { agents: [], plugins: [], pluginSpecs: [], broken: [] }, plugins: [] };
  const files = copilotFiles(ctx.pkg, ctx.manifest.value);
  return { files, plugins: files.plugins.filter((p): p is ReadablePlugin => p.value !== undefined) };
}

export const pluginSchema = defineRule({
  id: 'copilot.plugin-schema',
  title: 'The API plugin manifest matches the official schema of its schema_version',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  restatedBy: ['package.unresolved-placeholder', 'package.unresolved-placeholder-functional'],
  docs: DOCS.apiPluginManifest,
  description:
    "Validated offline with Microsoft's plugin schema for the version `schema_version` names (v2.1–v2.4): required fields, namespace and function name patterns, runtime and auth types. " +
    "A runtime's spec is checked against the form its `type` names (OpenApi, LocalPlugin; plugin manifest 2.4, Runtime object), not against every form, so the errors are those of the form meant. " +
    'RemoteMCPServer runtimes are the exception: the published v2.4 schema rejects the dynamic-discovery spec ({"url": …} alone) and the {"file": …} tool description that the v2.4 reference documents, ' +
    'because both match two branches of a oneOf, so those runtimes are checked against the reference by copilot.plugin-mcp-runtime and a notice says where the schema (and the Agents Toolkit validator that uses it) disagrees.',
  *check(ctx) {
    if (!ctx.manifest) return;
    for (const plugin of copilotFiles(ctx.pkg, ctx.manifest.value).plugins) {
      if (!plugin.doc.ok) continue;
      if (!plugin.value) {
        yield at(plugin.path, '', `${plugin.path} must hold a JSON object (an API plugin manifest).`);
        continue;
      }
      const version = plugin.value.schema_version;
      if (typeof version !== 'string' || !API_PLUGIN_VERSIONS.includes(version)) {
        yield version === undefined
          ? at(plugin.path, '', `${plugin.path} has no "schema_version", so no schema applies; published versions are ${API_PLUGIN_VERSIONS.join(', ')}.`)
          : at(plugin.path, '/schema_version', `"schema_version" is ${JSON.stringify(version)}; published plugin schema versions are ${API_PLUGIN_VERSIONS.join(', ')}.`);
        continue;
      }
      yield* pluginSchemaDrafts(plugin as ReadablePlugin, version);
    }
  },
});

/** Pointer prefix test that does not mistake /runtimes/1 for /runtimes/10. */
function within(p: string, prefix: string): boolean {
  return p === prefix || p.startsWith(`${prefix}/`);
}

/**
 * Schema issues of a plugin, with its RemoteMCPServer runtimes judged by the v2.4 reference instead (copilot.plugin-mcp-runtime).
 * The published v2.4 schema cannot tell an MCP spec from the others: its spec `oneOf` accepts {"url": …} as both an
 * OpenAPI and an MCP spec, and its inline tool branch accepts any object, so the reference's own dynamic-discovery
 * and {"file": …} examples fail it. Where the schema rejects a spec the reference allows, a notice says so.
 */
function* pluginSchemaDrafts(plugin: ReadablePlugin, version: string): Generator<FindingDraft> {
  const runtimes = pluginMcpRuntimes(plugin);
  for (const issue of validateAgainst('api-plugin', version, plugin.value) ?? []) {
    const owned = runtimes.some((r) => within(issue.pointer, `${r.pointer}/spec`) || issue.pointer === `${r.pointer}/type` || (issue.missing && issue.pointer === `${r.pointer}/auth`));
    if (!owned) yield issueDraft(plugin.path, issue);
  }
  if (version !== MCP_SCHEMA_VERSION) return;
  for (const r of runtimes) {
    if (mcpSpecProblems(r).length > 0 || !schemaRejectsMcpSpec(r.runtime.spec)) continue;
    const form = asRecord(asRecord(r.runtime.spec)?.mcp_tool_description)?.file !== undefined ? 'its {"file": …} tool description matches both branches of the schema\'s oneOf (the inline branch accepts any object)' : 'a spec of only "url" matches both the OpenApi and the MCP branch of the schema\'s oneOf';
    yield at(
      plugin.path,
      `${r.pointer}/spec`,
      `The published v2.4 plugin schema rejects this RemoteMCPServer spec, which the v2.4 reference documents: ${form}. It was checked against the reference instead; the Agents Toolkit's validator uses that schema and reports it as an error until Microsoft fixes the schema.`,
      { severity: 'notice' },
    );
  }
}

const MCP_SCHEMA_VERSION = 'v2.4';

/** True when Microsoft's v2.4 plugin schema refuses this spec on a RemoteMCPServer runtime that is otherwise valid. */
function schemaRejectsMcpSpec(spec: unknown): boolean {
  const validate = getValidator('api-plugin', MCP_SCHEMA_VERSION);
  const probe = { schema_version: MCP_SCHEMA_VERSION, name_for_human: 'x', namespace: 'x', description_for_human: 'x', runtimes: [{ type: 'RemoteMCPServer', auth: { type: 'None' }, spec }] };
  return validate !== undefined && !validate(probe);
}

export const pluginTextLength = defineRule({
  id: 'copilot.plugin-text-length',
  title: 'Plugin names and descriptions fit the lengths Copilot reads',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.apiPluginManifest,
  description:
    'The plugin manifest reference gives name_for_human 20 characters, description_for_human 100 and description_for_model 2,048; longer text may be cut or ignored. The schema does not enforce these, so this is a warning.',
  *check(ctx) {
    for (const plugin of readable(ctx).plugins) {
      for (const [key, limit] of Object.entries(PLUGIN_TEXT_LIMITS)) {
        const text = plugin.value[key];
        if (typeof text === 'string' && !isLocalizationToken(text) && charCount(text) > limit) {
          yield at(plugin.path, `/${key}`, `"${key}" is ${charCount(text)} characters; text past ${limit} may be ignored.`);
        }
      }
    }
  },
});

export const pluginSpecPresent = defineRule({
  id: 'copilot.plugin-spec-missing',
  title: "Each OpenApi runtime's spec.url names a file in the package",
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.apiPluginManifest,
  description:
    'spec.url is resolved relative to the plugin file and must be packaged, or the plugin has no operations. A remote URL cannot be checked offline and gets a notice.',
  *check(ctx) {
    const { files, plugins } = readable(ctx);
    for (const broken of files.broken) {
      if (broken.role !== 'OpenAPI document') continue;
      yield at(
        broken.file,
        broken.pointer,
        broken.resolved === undefined
          ? `The OpenAPI document "${broken.path}" is outside the package; use a path relative to ${broken.file}.`
          : `The OpenAPI document "${broken.path}" (${broken.resolved}) is not in the package.`,
      );
    }
    for (const plugin of plugins) {
      for (const [i, r] of asArray(plugin.value.runtimes).entries()) {
        const runtime = asRecord(r);
        const url = asString(asRecord(runtime?.spec)?.url);
        if (runtime?.type === 'OpenApi' && url && isAbsoluteUrl(url)) {
          yield at(plugin.path, pointer('runtimes', i, 'spec', 'url'), `spec.url is the remote address ${url}; it cannot be checked offline. Package the OpenAPI document and use a relative path.`, { severity: 'notice' });
        }
      }
    }
  },
});

/** Function names a runtime runs: run_for_functions, or every function when it is absent. */
function runtimeFunctions(plugin: ReadablePlugin, runtime: JsonRecord): string[] {
  const listed = asArray(runtime.run_for_functions).filter((n): n is string => typeof n === 'string');
  if (runtime.run_for_functions !== undefined) return listed;
  return asArray(plugin.value.functions).map((f) => asString(asRecord(f)?.name)).filter((n): n is string => !!n);
}

export const pluginFunctionOperation = defineRule({
  id: 'copilot.plugin-function-operation',
  title: 'Every plugin function matches an operationId in its OpenAPI document',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.apiPluginManifest,
  description:
    'For an OpenApi runtime, Copilot calls the operation whose operationId equals the function name. A function with no such operation can never run; a run_for_functions entry must also name a declared function.',
  *check(ctx) {
    const { files, plugins } = readable(ctx);
    for (const plugin of plugins) {
      const declared = new Map<string, number>();
      asArray(plugin.value.functions).forEach((f, i) => {
        const name = asString(asRecord(f)?.name);
        if (name && !declared.has(name)) declared.set(name, i);
      });
      for (const [r, raw] of asArray(plugin.value.runtimes).entries()) {
        const runtime = asRecord(raw);
        if (runtime?.type !== 'OpenApi') continue;
        for (const [j, n] of asArray(runtime.run_for_functions).entries()) {
          // Only exact names can be checked; a pattern with * matches whatever it matches.
          if (typeof n === 'string' && !n.includes('*') && !declared.has(n)) {
            yield at(plugin.path, pointer('runtimes', r, 'run_for_functions', j), `run_for_functions names "${n}", which is not in "functions".`);
          }
        }
        const spec = runtimeSpec(files, plugin, r);
        if (!spec?.doc.ok) continue;
        const ids = operationsById(spec.doc.value);
        for (const name of runtimeFunctions(plugin, runtime)) {
          if (name.includes('*') || ids.has(name)) continue;
          const index = declared.get(name);
          const p = index !== undefined ? pointer('functions', index, 'name') : pointer('runtimes', r, 'run_for_functions');
          yield at(plugin.path, p, `The function "${name}" has no operation with operationId "${name}" in ${spec.path}.`);
        }
      }
    }
  },
});

const JSONPATH = /^\$/;

export const pluginResponseSemantics = defineRule({
  id: 'copilot.plugin-response-semantics',
  title: 'Response semantics use JSONPath expressions and an Adaptive Card template',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.apiPluginAdaptiveCards,
  description:
    'data_path and the properties (title, subtitle, url, thumbnail_url, information_protection_label) are JSONPath queries into the response, starting at $; an inline static_template is an Adaptive Card. Wrong values render no card, so this is a warning.',
  *check(ctx) {
    for (const plugin of readable(ctx).plugins) {
      for (const { semantics, p } of responseSemantics(plugin)) {
        const dataPath = semantics.data_path;
        if (typeof dataPath === 'string' && !JSONPATH.test(dataPath.trim())) {
          yield at(plugin.path, `${p}/data_path`, `data_path ${JSON.stringify(dataPath)} is not a JSONPath query; start it with "$", for example "$.results".`);
        }
        for (const [key, value] of Object.entries(asRecord(semantics.properties) ?? {})) {
          if (typeof value === 'string' && !JSONPATH.test(value.trim())) {
            yield at(plugin.path, `${p}/properties/${key}`, `properties.${key} ${JSON.stringify(value)} is not a JSONPath query; start it with "$".`);
          }
        }
        const template = asRecord(semantics.static_template);
        if (template && template.file === undefined && template.type !== 'AdaptiveCard') {
          yield at(plugin.path, `${p}/static_template`, 'static_template is neither an Adaptive Card (type "AdaptiveCard") nor a {"file": …} reference.');
        }
      }
    }
  },
});

export const pluginTemplateFile = defineRule({
  id: 'copilot.plugin-template-missing',
  title: 'Response template files named by a plugin are in the package',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.apiPluginAdaptiveCards,
  description: 'A static_template {"file": …} is resolved relative to the plugin file; the toolkit packages it and the service reads it from the package.',
  *check(ctx) {
    for (const plugin of readable(ctx).plugins) {
      for (const { semantics, p } of responseSemantics(plugin)) {
        const file = asString(asRecord(semantics.static_template)?.file);
        if (!file?.trim()) continue;
        const resolved = resolveInPackage(plugin.path, file);
        if (resolved === undefined) yield at(plugin.path, `${p}/static_template/file`, `The response template "${file}" is outside the package.`);
        else if (!ctx.pkg.has(resolved)) yield at(plugin.path, `${p}/static_template/file`, `The response template "${file}" (${resolved}) is not in the package.`);
      }
    }
  },
});

function responseSemantics(plugin: ReadablePlugin): Array<{ semantics: JsonRecord; p: string }> {
  return asArray(plugin.value.functions).flatMap((f, i) => {
    const semantics = asRecord(asRecord(asRecord(f)?.capabilities)?.response_semantics);
    return semantics ? [{ semantics, p: pointer('functions', i, 'capabilities', 'response_semantics') }] : [];
  });
}

const SIDE_EFFECT_METHODS = new Set(['post', 'put', 'patch', 'delete']);

export const pluginConsequential = defineRule({
  id: 'copilot.plugin-consequential',
  title: 'Operations and tools that change data keep their confirmation prompt',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.agentValidation,
  description:
    'The agent validation guidelines (Must fix, so an error for the Agent Store) require that actions with consequences in the external system (create, update, delete) keep the confirmation prompt: ' +
    'x-openai-isConsequential must not be false on POST, PUT, PATCH or DELETE operations a plugin function uses. For MCP plugins the confirmation prompts page makes a tool\'s readOnlyHint the switch, ' +
    'so a pinned tool that declares both readOnlyHint and destructiveHint is reported: Copilot would skip the prompt for a tool its own server calls destructive.',
  *check(ctx) {
    const { files, plugins } = readable(ctx);
    for (const plugin of plugins) {
      for (const [r, raw] of asArray(plugin.value.runtimes).entries()) {
        const runtime = asRecord(raw);
        if (runtime?.type !== 'OpenApi') continue;
        const spec = runtimeSpec(files, plugin, r);
        if (!spec?.doc.ok) continue;
        const used = new Set(runtimeFunctions(plugin, runtime));
        for (const op of listOperations(spec.doc.value)) {
          if (!op.operationId || !used.has(op.operationId) || !SIDE_EFFECT_METHODS.has(op.method)) continue;
          if (op.operation['x-openai-isConsequential'] === false) {
            const flag = `${op.pointer}/x-openai-isConsequential`;
            // true keeps the prompt on every call (the confirmation prompts page: "any action with side effects … true").
            yield draftAt(spec.doc, flag, `${op.method.toUpperCase()} ${op.path} (${op.operationId}) changes data but sets x-openai-isConsequential to false, which lets users skip the confirmation prompt.`, {
              fix: replaceFix(`Set x-openai-isConsequential to true on ${op.method.toUpperCase()} ${op.path}, so Copilot asks every time.`, flag, true),
            });
          }
        }
      }
    }
    if (!ctx.manifest) return;
    for (const r of mcpRuntimes(ctx.pkg, ctx.manifest.value)) {
      const d = runtimeToolDescription(r);
      for (const tool of d ? toolsOf(ctx.pkg, d) : []) {
        const hints = asRecord(asRecord(tool.value)?.annotations);
        if (hints?.readOnlyHint === true && hints.destructiveHint === true) {
          yield at(tool.file, `${tool.pointer}/annotations/readOnlyHint`, `The MCP tool "${tool.name ?? '?'}" is marked readOnlyHint, which skips the confirmation prompt, and destructiveHint at the same time; a tool that changes data must not be read-only.`);
        }
      }
    }
  },
});

export const pluginServerHttps = defineRule({
  id: 'copilot.plugin-server-https',
  title: 'API plugin and MCP servers use HTTPS',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.agentValidation,
  description:
    'The agent validation guidelines require every API call to use HTTPS with TLS 1.2 or later (Must fix, so an error for the Agent Store). Checked on the servers of OpenAPI documents plugins use and on RemoteMCPServer runtime URLs; agent connector URLs are held to HTTPS by the app manifest schema itself.',
  *check(ctx) {
    const plain = (url: string) => /^http:\/\//i.test(url.trim());
    for (const spec of readable(ctx).files.pluginSpecs) {
      if (!spec.doc.ok) continue;
      for (const server of serverUrls(spec.doc.value)) {
        if (plain(server.url)) yield draftAt(spec.doc, server.pointer, `The server ${server.url} uses plain HTTP; agent actions must call HTTPS endpoints.`);
      }
    }
    if (!ctx.manifest) return;
    for (const r of mcpRuntimes(ctx.pkg, ctx.manifest.value)) {
      const url = asString(asRecord(r.runtime.spec)?.url);
      if (url && plain(url)) yield at(r.plugin.path, `${r.pointer}/spec/url`, `The MCP server ${url} uses plain HTTP; agent actions must call HTTPS endpoints.`);
    }
  },
});

/** The security scheme names an operation requires (its own `security`, else the document's). */
function requiredSchemes(root: JsonRecord, operation: JsonRecord): string[] {
  const list = operation.security !== undefined ? operation.security : root.security;
  return asArray(list).flatMap((req) => Object.keys(asRecord(req) ?? {}));
}

/** Security schemes by name: OpenAPI 3 components.securitySchemes or Swagger 2 securityDefinitions. */
function securitySchemes(root: JsonRecord): Record<string, unknown> {
  return asRecord(asRecord(root.components)?.securitySchemes) ?? asRecord(root.securityDefinitions) ?? {};
}

export const pluginAuth = defineRule({
  id: 'copilot.plugin-auth',
  title: "The plugin's runtime auth fits its OpenAPI security",
  severity: 'warning',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.apiPluginAuthentication,
  description:
    'API plugins authenticate with None, OAuthPluginVault (OAuth 2.0 authorization code flow only) or ApiKeyPluginVault (a bearer key), with reference_id naming the Developer Portal registration; an empty reference_id is an error. An anonymous runtime for operations that declare security, or OAuth flows other than authorization code, are warnings: the calls will fail, but the document may be stricter than the API.',
  *check(ctx) {
    const { files, plugins } = readable(ctx);
    for (const plugin of plugins) {
      for (const [r, raw] of asArray(plugin.value.runtimes).entries()) {
        const runtime = asRecord(raw);
        if (runtime?.type !== 'OpenApi') continue;
        const auth = asRecord(runtime.auth);
        const type = asString(auth?.type);
        if ((type === 'OAuthPluginVault' || type === 'ApiKeyPluginVault') && typeof auth?.reference_id === 'string' && !auth.reference_id.trim()) {
          yield at(plugin.path, pointer('runtimes', r, 'auth', 'reference_id'), `reference_id is empty; ${type} needs the registration id from the Teams Developer Portal.`, { severity: 'error' });
        }
        const spec = runtimeSpec(files, plugin, r);
        const root = spec?.doc.ok ? asRecord(spec.doc.value) : undefined;
        if (!spec || !root) continue;
        const schemes = securitySchemes(root);
        const used = new Set(runtimeFunctions(plugin, runtime));
        if (type === 'None') {
          const secured = listOperations(root).find((op) => op.operationId && used.has(op.operationId) && requiredSchemes(root, op.operation).length > 0);
          if (secured) {
            yield at(plugin.path, pointer('runtimes', r, 'auth', 'type'), `auth is None, but ${secured.operationId} in ${spec.path} requires ${requiredSchemes(root, secured.operation).join(', ')}; Copilot will call it without credentials.`);
          }
        }
        if (type === 'OAuthPluginVault') {
          for (const [name, s] of Object.entries(schemes)) {
            const scheme = asRecord(s);
            if (scheme?.type !== 'oauth2') continue;
            const flows = asRecord(scheme.flows);
            const hasCode = flows ? flows.authorizationCode !== undefined : scheme.flow === 'accessCode';
            if (!hasCode) {
              const at3 = flows ? pointer('components', 'securitySchemes', name, 'flows') : pointer('securityDefinitions', name, 'flow');
              yield draftAt(spec.doc, at3, `The OAuth scheme "${name}" has no authorization code flow; API plugins support only the OAuth 2.0 authorization code flow.`);
            }
          }
        }
      }
    }
  },
});

export const pluginConfirmationText = defineRule({
  id: 'copilot.plugin-confirmation-text',
  title: 'Custom confirmation prompts for data-changing functions ask for permission',
  severity: 'notice',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.apiPluginConfirmation,
  description:
    'The agent validation guidelines (Must fix) want confirmation prompts that explicitly ask the user for permission and say what the action does ("Do you want to create a new order?"). Whether wording does that is a reviewer\'s call; this only notices a custom prompt on a POST, PUT, PATCH or DELETE function that asks no question, so it is a notice.',
  *check(ctx) {
    const { files, plugins } = readable(ctx);
    for (const plugin of plugins) {
      const changing = new Set<string>();
      for (const [r, raw] of asArray(plugin.value.runtimes).entries()) {
        const spec = asRecord(raw)?.type === 'OpenApi' ? runtimeSpec(files, plugin, r) : undefined;
        if (!spec?.doc.ok) continue;
        for (const op of listOperations(spec.doc.value)) if (op.operationId && SIDE_EFFECT_METHODS.has(op.method)) changing.add(op.operationId);
      }
      for (const [i, f] of asArray(plugin.value.functions).entries()) {
        const fn = asRecord(f);
        const name = asString(fn?.name);
        const confirmation = asRecord(asRecord(fn?.capabilities)?.confirmation);
        const text = [asString(confirmation?.title), asString(confirmation?.body)].filter(Boolean).join(' ');
        if (!name || !changing.has(name) || !text.trim() || text.includes('?')) continue;
        yield at(plugin.path, pointer('functions', i, 'capabilities', 'confirmation'), `The confirmation prompt of "${name}" asks no question; phrase it as a request for permission that names the action, for example "Do you want to create this order?".`);
      }
    }
  },
});
