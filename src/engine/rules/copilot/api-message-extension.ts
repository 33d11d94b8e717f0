// API-based message extensions (composeExtensionType "apiBased"): the manifest, its OpenAPI document and
// response templates must fit together, and the document must stay within the subset Teams supports.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { escapeToken, pointer } from '../../json/pointer.js';
import {
  deref,
  draftAt,
  operationsById,
  requestBodyProperties,
  resolveLocalRef,
  serverUrls,
  specVersion,
  isOpenApi30,
  type ApiDocument,
  type ApiOperation,
} from '../../openapi/index.js';
import type { FindingDraft } from '../../types.js';
import { asArray, asRecord, asString } from '../../util/values.js';
import { resolveInPackage } from '../teams/shared/references.js';
import { apiMessageExtensions, MANIFEST } from './shared/files.js';
import { meCommands } from './shared/commands.js';

export const MAX_CARD_VERSION = 1.5;

export const apiMeFiles = defineRule({
  id: 'copilot.apime-spec-file',
  title: 'An API-based message extension names its OpenAPI document and a response template per command',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.apiMessageExtension,
  description:
    'With composeExtensionType "apiBased", apiSpecificationFile is required and every command needs apiResponseRenderingTemplateFile; the schema cannot express that dependency. (Whether the named files exist is package.referenced-file-missing.)',
  *check({ pkg, manifest }) {
    if (!manifest) return;
    for (const me of apiMessageExtensions(pkg, manifest.value)) {
      if (!me.specPath?.trim()) {
        yield { file: MANIFEST, pointer: pointer('composeExtensions', me.index), message: 'This API-based message extension has no apiSpecificationFile.' };
      }
      for (const [j, c] of asArray(me.extension.commands).entries()) {
        if (!asString(asRecord(c)?.apiResponseRenderingTemplateFile)?.trim()) {
          yield { file: MANIFEST, pointer: pointer('composeExtensions', me.index, 'commands', j), message: `The command "${asString(asRecord(c)?.id) ?? j}" has no apiResponseRenderingTemplateFile; API-based commands need a response rendering template.` };
        }
      }
    }
  },
});

/** Commands of API-based extensions with the operation their id names (when the document has one). */
function apiCommands(pkg: Parameters<typeof apiMessageExtensions>[0], manifest: unknown) {
  const out: Array<{ id: string; pointer: string; command: Record<string, unknown>; doc: ApiDocument; op?: ApiOperation }> = [];
  const mes = apiMessageExtensions(pkg, manifest);
  for (const c of meCommands(manifest)) {
    const me = mes.find((m) => m.index === c.extensionIndex);
    const id = asString(c.command.id);
    if (!me?.spec?.ok || !id) continue;
    out.push({ id, pointer: c.pointer, command: c.command, doc: me.spec, op: operationsById(me.spec.value).get(id) });
  }
  return out;
}

export const apiMeCommandOperation = defineRule({
  id: 'copilot.apime-command-operation',
  title: 'Each API-based command matches an OpenAPI operation and its parameters',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.apiMessageExtension,
  description:
    "Each command's id must equal an operationId in the OpenAPI document, and each command parameter's name must be a parameter (or JSON request body property) of that operation; otherwise Teams cannot build the request.",
  *check({ pkg, manifest }) {
    if (!manifest) return;
    for (const c of apiCommands(pkg, manifest.value)) {
      if (!c.op) {
        yield { file: MANIFEST, pointer: `${c.pointer}/id`, message: `The command id "${c.id}" matches no operationId in ${c.doc.file}.` };
        continue;
      }
      const known = new Set([...c.op.parameters.filter((p) => p.in !== 'body').map((p) => p.name), ...requestBodyProperties(c.doc.value, c.op)]);
      for (const [k, raw] of asArray(c.command.parameters).entries()) {
        const name = asString(asRecord(raw)?.name);
        if (name && !known.has(name)) {
          yield { file: MANIFEST, pointer: `${c.pointer}/parameters/${k}/name`, message: `The parameter "${name}" is not a parameter of operation "${c.id}" (${c.op.method.toUpperCase()} ${c.op.path}) in ${c.doc.file}.` };
        }
      }
    }
  },
});

const COMPOSITION = ['oneOf', 'anyOf', 'allOf', 'not'] as const;

/** oneOf/anyOf/allOf/not inside a schema, following local references once each. */
function compositionSites(doc: ApiDocument, start: unknown, at: string): string[] {
  const sites: string[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown, p: string) => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const rec = node as Record<string, unknown>;
    if (typeof rec.$ref === 'string' && rec.$ref.startsWith('#')) {
      let target = rec.$ref.slice(1);
      try {
        target = decodeURIComponent(target);
      } catch {
        // keep the raw fragment
      }
      visit(resolveLocalRef(doc.value, rec.$ref), target);
      return;
    }
    for (const [key, v] of Object.entries(rec)) {
      if ((COMPOSITION as readonly string[]).includes(key) && !Array.isArray(node)) sites.push(`${p}/${key}`);
      visit(v, `${p}/${escapeToken(key)}`);
    }
  };
  visit(start, at);
  return sites;
}

export const apiMeOpenApiSubset = defineRule({
  id: 'copilot.apime-openapi-subset',
  title: 'The OpenAPI document stays within what API-based message extensions support',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.apiMessageExtension,
  description:
    'API-based message extensions accept OpenAPI 2.0 or 3.0.x over HTTPS; the operations commands use must be GET or POST, have at most one required parameter without a default, no required header or cookie parameters, a JSON request body, and no oneOf/anyOf/allOf/not schemas.',
  *check({ pkg, manifest }) {
    if (!manifest) return;
    const docsSeen = new Set<ApiDocument>();
    for (const me of apiMessageExtensions(pkg, manifest.value)) {
      const doc = me.spec;
      if (!doc?.ok || docsSeen.has(doc)) continue;
      docsSeen.add(doc);
      const v = specVersion(doc.value);
      if (v && !(isOpenApi30(v) || (v.family === 'swagger' && v.version === '2.0'))) {
        yield draftAt(doc, v.pointer, `${v.family === 'openapi' ? 'OpenAPI' : 'Swagger'} ${v.version} is not supported; use OpenAPI 3.0.x or Swagger 2.0.`);
      }
      for (const s of serverUrls(doc.value)) {
        if (!/^https:\/\//i.test(s.url.trim())) yield draftAt(doc, s.pointer, `The server URL ${s.url} must use HTTPS.`);
      }
    }
    for (const c of apiCommands(pkg, manifest.value)) {
      if (c.op) yield* operationProblems(c.doc, c.op);
    }
  },
});

function* operationProblems(doc: ApiDocument, op: ApiOperation): Generator<FindingDraft> {
  const name = `${op.method.toUpperCase()} ${op.path}`;
  if (op.method !== 'get' && op.method !== 'post') yield draftAt(doc, op.pointer, `${name}: only GET and POST operations are supported.`);
  const requiredNoDefault = op.parameters.filter((p) => p.required && !p.hasDefault && p.in !== 'body');
  if (requiredNoDefault.length > 1) {
    yield draftAt(doc, requiredNoDefault[1].pointer, `${name} has ${requiredNoDefault.length} required parameters without a default (${requiredNoDefault.map((p) => p.name).join(', ')}); at most one is supported.`);
  }
  for (const p of op.parameters) {
    if (p.required && (p.in === 'header' || p.in === 'cookie')) yield draftAt(doc, p.pointer, `${name}: the required ${p.in} parameter "${p.name}" is not supported.`);
  }
  const body = asRecord(deref(doc.value, op.operation.requestBody));
  const content = asRecord(body?.content);
  if (content && !content['application/json']) {
    yield draftAt(doc, `${op.pointer}/requestBody/content`, `${name}: the request body must be application/json.`);
  }
  const sites = [
    ...op.parameters.flatMap((p) => compositionSites(doc, p.value.schema, `${p.pointer}/schema`)),
    ...compositionSites(doc, asRecord(content?.['application/json'])?.schema, `${op.pointer}/requestBody/content/application~1json/schema`),
  ];
  for (const site of new Set(sites)) yield draftAt(doc, site, `${name}: ${site.split('/').pop()} schemas are not supported in API-based message extensions.`);
}

export const apiMeAuth = defineRule({
  id: 'copilot.apime-auth',
  title: 'API key authentication names its registration id',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.apiMessageExtension,
  description:
    'With authType "apiSecretServiceAuth", Teams looks the key up by apiSecretServiceAuthConfiguration.apiSecretRegistrationId (from the Developer Portal); without it every call fails. The schema allows the id to be left out.',
  *check({ pkg, manifest }) {
    if (!manifest) return;
    for (const me of apiMessageExtensions(pkg, manifest.value)) {
      const auth = asRecord(me.extension.authorization);
      if (auth?.authType !== 'apiSecretServiceAuth') continue;
      const id = asString(asRecord(auth.apiSecretServiceAuthConfiguration)?.apiSecretRegistrationId);
      if (!id?.trim()) {
        yield { file: MANIFEST, pointer: pointer('composeExtensions', me.index, 'authorization'), message: 'authType is apiSecretServiceAuth but apiSecretServiceAuthConfiguration.apiSecretRegistrationId is not set.' };
      }
    }
  },
});

export const apiMeCardVersion = defineRule({
  id: 'copilot.apime-card-version',
  title: 'Response rendering templates use Adaptive Card 1.5 or earlier',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.apiMessageExtension,
  description: 'Teams renders Adaptive Cards up to version 1.5; a later version in responseCardTemplate may not render.',
  *check({ pkg, manifest }) {
    if (!manifest) return;
    for (const me of apiMessageExtensions(pkg, manifest.value)) {
      for (const c of asArray(me.extension.commands)) {
        const file = asString(asRecord(c)?.apiResponseRenderingTemplateFile);
        const path = file ? resolveInPackage(MANIFEST, file) : undefined;
        const template = path && pkg.has(path) ? asRecord(pkg.json(path)?.value) : undefined;
        const version = asString(asRecord(template?.responseCardTemplate)?.version);
        if (path && version && Number.parseFloat(version) > MAX_CARD_VERSION) {
          yield { file: path, pointer: '/responseCardTemplate/version', message: `The card template uses Adaptive Card ${version}; Teams supports up to ${MAX_CARD_VERSION}.` };
        }
      }
    }
  },
});
