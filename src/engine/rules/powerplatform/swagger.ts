// The swagger document as a whole: version, Swagger 2.0 validity, size, host, basePath, schemes, MIME types,
// references, extension values and tags.
import { defineRule, BOTH, MULTITENANT } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { documentObjects } from '../../json/walk.js';
import { resolvePointer } from '../../json/pointer.js';
import { asArray, asRecord, asString } from '../../util/values.js';
import { connectorOf, withSwagger } from './shared/connector.js';
import { validateSwagger } from './shared/swagger-validation.js';
import { documentRefs, refPointer } from './shared/refs.js';
import { operationsOf, parametersOf } from './shared/operations.js';
import { quote } from './shared/text.js';

export const swaggerVersion = defineRule({
  id: 'powerplatform.swagger-version',
  title: 'The definition is Swagger 2.0',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'Connectors are defined in OpenAPI 2.0 ("swagger": "2.0"); OpenAPI 3 documents are refused on import (SpecificationVersionIncorrect).',
  *check({ pkg }) {
    const c = connectorOf(pkg);
    if (!c.swaggerFile || !c.swaggerDoc?.ok) return;
    if (!c.swagger) {
      yield { file: c.swaggerFile, message: 'The definition is not a JSON object.' };
      return;
    }
    if (c.swagger.swagger === '2.0') return;
    if (c.swagger.openapi !== undefined) {
      yield { file: c.swaggerFile, pointer: '/openapi', message: `The definition is OpenAPI ${String(c.swagger.openapi)}; connectors accept only Swagger 2.0 ("swagger": "2.0").` };
    } else {
      yield { file: c.swaggerFile, pointer: '/swagger', message: `"swagger" is ${JSON.stringify(c.swagger.swagger) ?? 'missing'}; it must be the string "2.0".` };
    }
  },
});

export const swaggerSchema = defineRule({
  id: 'powerplatform.swagger-schema',
  title: 'The definition is valid Swagger 2.0',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description:
    'Validated with @apidevtools/swagger-parser against the Swagger 2.0 schema (required root members, unknown members that are not x- extensions, ' +
    'parameter and response shapes) and its spec checks (duplicate or missing path parameters, one body parameter, required properties that exist). ' +
    'Offline: no reference outside the document is followed.',
  async check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c || c.swagger.swagger !== '2.0') return [];
    const problems = await validateSwagger(c.swagger);
    return problems.map((p) => ({ file: c.swaggerFile, pointer: p.pointer, message: p.message, severity: p.severity }));
  },
});

export const swaggerSize = defineRule({
  id: 'powerplatform.swagger-size',
  title: 'apiDefinition.swagger.json is at most 1 MB',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description: 'The submission guide asks for definitions of at most 1 MB and to split larger connectors. Two repository connectors exceed it, so it is a warning.',
  *check({ pkg }) {
    const c = connectorOf(pkg);
    const size = c.swaggerFile ? pkg.bytes(c.swaggerFile)?.byteLength ?? 0 : 0;
    if (c.swaggerFile && size > 1024 * 1024) {
      yield { file: c.swaggerFile, message: `The definition is ${size} bytes; keep it under 1 MB (1,048,576 bytes) by splitting the connector.` };
    }
  },
});

const HOST = /^[^{}/ :\\]+(?::\d+)?$/;

export const host = defineRule({
  id: 'powerplatform.host',
  title: 'host is a bare host name with an optional port',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'host takes no scheme, path or spaces (HostNameNotValid; Swagger 2.0 schema pattern).',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    const value = c?.swagger.host;
    if (!c || value === undefined) return;
    if (typeof value !== 'string' || !HOST.test(value)) {
      yield { file: c.swaggerFile, pointer: '/host', message: `host ${quote(String(value))} is not a bare host name: drop the scheme ("https://") and any path (put the path in basePath).` };
    }
  },
});

export const hostMissing = defineRule({
  id: 'powerplatform.host-missing',
  title: 'The definition names its host',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorDefineBlank,
  description:
    'Without `host`, Swagger 2.0 uses the host that served the document, and an imported connector file has none: the custom connector wizard asks for the Host on its General page, and calls go nowhere until someone fills it in. ' +
    'A warning, not an error: the swagger validator only checks host when it is present (HostNameNotValid), and a dynamichosturl policy can set the host per connection.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c || c.swagger.host !== undefined) return;
    const policies = asArray(c.properties?.policyTemplateInstances);
    if (policies.some((p) => asRecord(p)?.templateId === 'dynamichosturl')) return;
    yield { file: c.swaggerFile, pointer: '', message: 'The definition has no "host"; give the API\'s host name (for example "api.contoso.com") and put any path in basePath.' };
  },
});

const NON_PRODUCTION = /(?:^|[.-])(?:localhost|staging|stage|stg|dev|develop|test|testing|sandbox|qa|uat|preprod|ngrok(?:-free)?)(?:[.-]|$)/i;

export const hostProduction = defineRule({
  id: 'powerplatform.host-production',
  title: 'host is a production host',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description: 'Certified connectors must call the production service, not staging, test or sandbox hosts (submission guide, step 4). Judged from the host name, so a warning.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    const value = asString(c?.swagger.host);
    if (!c || !value) return;
    const name = value.replace(/:\d+$/, '');
    if (NON_PRODUCTION.test(name) || /^\d+\.\d+\.\d+\.\d+$/.test(name)) {
      yield { file: c.swaggerFile, pointer: '/host', message: `host ${quote(value)} looks like a development or test host; certified connectors call the production service.` };
    }
  },
});

export const basePath = defineRule({
  id: 'powerplatform.base-path',
  title: 'basePath starts with /',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'basePath, when present, is an absolute path (BasePathNotValid).',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    const value = c?.swagger.basePath;
    if (!c || value === undefined) return;
    if (typeof value !== 'string' || !value.startsWith('/') || /[?#\s]/.test(value)) {
      yield { file: c.swaggerFile, pointer: '/basePath', message: `basePath ${quote(String(value))} must start with "/" and hold no query, fragment or spaces.` };
    }
  },
});

export const schemes = defineRule({
  id: 'powerplatform.schemes',
  title: 'schemes lists http or https (https for certification)',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description:
    'schemes must not be empty and may hold only http and https; ws and wss are not supported (SchemesArrayEmpty, SchemeNotValid, SchemeNotSupported). ' +
    'Certification expects HTTPS (TLS 1.2 or later): no https is a warning for the multitenant audience.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c || c.swagger.schemes === undefined) return;
    const list = asArray(c.swagger.schemes);
    if (list.length === 0) {
      yield { file: c.swaggerFile, pointer: '/schemes', message: 'schemes is empty; list "https".' };
      return;
    }
    for (const [i, s] of list.entries()) {
      if (s !== 'http' && s !== 'https') yield { file: c.swaggerFile, pointer: `/schemes/${i}`, message: `Scheme ${quote(String(s))} is not supported; use "https".` };
    }
    if (!list.includes('https')) {
      yield { file: c.swaggerFile, pointer: '/schemes', severity: 'warning', audiences: MULTITENANT, message: 'schemes does not include "https"; certified connectors must use HTTPS.' };
    }
  },
});

// The type/subtype before any ;parameters.
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9*][a-z0-9!#$&^_.+*-]*$/i;

export const mimeTypes = defineRule({
  id: 'powerplatform.mime-types',
  title: 'consumes and produces hold valid MIME types; operations with a body declare consumes',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description:
    'MIME types must be well formed (MimeTypeNotValid). An operation that takes a body or form data should declare consumes, on the operation or the document ' +
    '(ConsumesMissing): a warning, because the service falls back to JSON and published certified connectors (LINK Mobility) omit it. ' +
    'The list of supported types (MimeTypeNotSupported) is not published in full, so unusual but valid types are not reported.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    const lists: Array<[unknown, string]> = [[c.swagger.consumes, '/consumes'], [c.swagger.produces, '/produces']];
    for (const op of operationsOf(c.swagger)) {
      lists.push([op.op.consumes, `${op.pointer}/consumes`], [op.op.produces, `${op.pointer}/produces`]);
      const takesBody = parametersOf(c.swagger, op).some((p) => p.in === 'body' || p.in === 'formData');
      const consumes = op.op.consumes ?? c.swagger.consumes;
      if (takesBody && asArray(consumes).length === 0) {
        yield {
          file: c.swaggerFile,
          pointer: op.pointer,
          severity: 'warning',
          message: `${op.method.toUpperCase()} ${op.path} takes a body but declares no consumes (for example ["application/json"]).`,
          repeat: { summary: '{n} operations take a body but declare no consumes (set it once at the root, for example ["application/json"])', place: `${op.method.toUpperCase()} ${op.path}` },
        };
      }
    }
    for (const [list, at] of lists) {
      for (const [i, m] of asArray(list).entries()) {
        if (typeof m !== 'string' || !MIME.test(m.split(';')[0].trim())) yield { file: c.swaggerFile, pointer: `${at}/${i}`, message: `${quote(String(m))} is not a valid MIME type.` };
      }
    }
  },
});

export const references = defineRule({
  id: 'powerplatform.swagger-refs',
  title: 'Every $ref resolves inside the definition, to definitions, parameters or responses',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description:
    'A connector is one self-contained file: references to other files or URLs cannot be resolved (and are never fetched by this tool); local references must exist, ' +
    'point into #/definitions, #/parameters or #/responses, not stand on path items, and not have sibling members (SchemaReference*, PathItemRefNotSuppored, ' +
    'AdditionalPropertyNotAllowedAdjacentToRef; issue #155: a bad $ref crashed the validator).',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const { ref, holder, pointer: at } of documentRefs(c.swagger)) {
      const target = refPointer(ref);
      if (target === undefined) {
        yield { file: c.swaggerFile, pointer: `${at}/$ref`, message: `$ref ${quote(ref)} points outside the definition; connectors must be one self-contained file (it was not fetched).` };
        continue;
      }
      if (/^\/paths\/[^/]+$/.test(at)) {
        yield { file: c.swaggerFile, pointer: `${at}/$ref`, message: 'A path item cannot be a $ref; write the operations in place.' };
        continue;
      }
      if (resolvePointer(c.swagger, target) === undefined) {
        yield { file: c.swaggerFile, pointer: `${at}/$ref`, message: `$ref ${quote(ref)} points at nothing in the definition.` };
      } else if (!/^\/(?:definitions|parameters|responses)\/[^/]+$/.test(target)) {
        yield { file: c.swaggerFile, pointer: `${at}/$ref`, message: `$ref ${quote(ref)} must point at an entry of #/definitions, #/parameters or #/responses.` };
      }
      const siblings = Object.keys(holder).filter((k) => k !== '$ref' && !k.startsWith('x-') && k !== 'description');
      if (siblings.length) {
        yield { file: c.swaggerFile, pointer: at, severity: 'warning', message: `Members next to $ref are ignored (${siblings.join(', ')}); move them into the referenced definition.` };
      }
    }
  },
});

const ENUMS: ReadonlyArray<[string, readonly string[]]> = [
  ['x-ms-visibility', ['important', 'advanced', 'internal']],
  ['x-ms-trigger', ['batch', 'single']],
  ['x-ms-url-encoding', ['single', 'double']],
];

export const extensionValues = defineRule({
  id: 'powerplatform.extension-values',
  title: 'x-ms-visibility, x-ms-trigger and x-ms-url-encoding use their allowed values',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorOpenApiExtensions,
  description: 'Connector extensions have fixed values (JsonValueNotInEnum): visibility important/advanced/internal, trigger batch/single, URL encoding single/double.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    // By index: a for…of in a generator allocates a result object per item, and this visits every object.
    const nodes = documentObjects(c.swagger);
    for (let n = 0; n < nodes.length; n++) {
      const node = nodes[n];
      const rec = asRecord(node.value);
      if (!rec) continue;
      for (let i = 0; i < ENUMS.length; i++) {
        const [key, allowed] = ENUMS[i];
        if (key in rec && (typeof rec[key] !== 'string' || !allowed.includes(rec[key] as string))) {
          yield { file: c.swaggerFile, pointer: `${node.pointer}/${key}`, message: `${key} is ${JSON.stringify(rec[key])}; use one of ${allowed.join(', ')}.` };
        }
      }
    }
  },
});

export const tagsUnique = defineRule({
  id: 'powerplatform.tags-unique',
  title: 'Tag names are unique',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'Each tag is declared once (TagRedefined).',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    const seen = new Set<string>();
    for (const [i, t] of asArray(c.swagger.tags).entries()) {
      const name = asString(asRecord(t)?.name);
      if (name === undefined) continue;
      if (seen.has(name)) yield { file: c.swaggerFile, pointer: `/tags/${i}/name`, message: `Tag ${quote(name)} is declared more than once.` };
      seen.add(name);
    }
  },
});
