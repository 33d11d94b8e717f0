// Parameters: URL encoding, reserved names, display text, internal defaults, default types.
import { defineRule, BOTH, MULTITENANT } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { asString, isNonEmptyString } from '../../util/values.js';
import { withSwagger } from './shared/connector.js';
import { operationsOf, parametersOf, visibility, type Operation, type Parameter } from './shared/operations.js';
import { quote } from './shared/text.js';
import { isInternal } from './shared/dynamic.js';
import { matchesType } from './shared/types.js';
import { schemasOf } from './shared/schemas.js';
import type { PackageView } from '../../read/package-view.js';
import { addFix, removeFix } from '../../fix/drafts.js';

interface UniqueParameter {
  c: NonNullable<ReturnType<typeof withSwagger>>;
  op: Operation;
  p: Parameter;
}

const uniqueCache = new WeakMap<object, readonly UniqueParameter[]>();

/**
 * Each parameter once, at the place it is written (path-level parameters are shared by several operations): one list
 * per definition, which the parameter rules share, each walking it by index (a for…of in a generator allocates a
 * result object per item).
 */
function uniqueParameters(pkg: PackageView): readonly UniqueParameter[] {
  const c = withSwagger(pkg);
  if (!c) return [];
  const cached = uniqueCache.get(c.swagger);
  if (cached) return cached;
  const list: UniqueParameter[] = [];
  const seen = new Set<string>();
  for (const op of operationsOf(c.swagger)) {
    for (const p of parametersOf(c.swagger, op)) {
      if (seen.has(p.valuePointer)) continue;
      seen.add(p.valuePointer);
      list.push({ c, op, p });
    }
  }
  uniqueCache.set(c.swagger, list);
  return list;
}

export const pathParameterEncoding = defineRule({
  id: 'powerplatform.path-parameter-encoding',
  title: 'Path parameters declare x-ms-url-encoding',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description:
    'PathParameterMissingEncoding: say whether a path value is encoded once or twice ("single" or "double"). A validator warning; 123 certified connectors omit it. ' +
    'One finding per file lists the parameters.',
  *check({ pkg }) {
    const parameters = uniqueParameters(pkg);
    for (let i = 0; i < parameters.length; i++) {
      const { c, p } = parameters[i];
      if (p.in === 'path' && p.param['x-ms-url-encoding'] === undefined) {
        yield {
          file: c.swaggerFile,
          pointer: p.valuePointer,
          message: `Path parameter "${p.name}" has no x-ms-url-encoding ("single" or "double").`,
          repeat: { summary: '{n} path parameters have no x-ms-url-encoding ("single" or "double")', place: `"${p.name}"` },
          fix: addFix(`Add "x-ms-url-encoding": "single" to path parameter "${p.name}".`, `${p.valuePointer}/x-ms-url-encoding`, 'single'),
        };
      }
    }
  },
});

export const queryParameterEncoding = defineRule({
  id: 'powerplatform.query-parameter-encoding',
  title: 'Query parameters do not declare x-ms-url-encoding',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'QueryParameterEncodingNotSupported: encoding choices apply to path values only.',
  *check({ pkg }) {
    const parameters = uniqueParameters(pkg);
    for (let i = 0; i < parameters.length; i++) {
      const { c, p } = parameters[i];
      if (p.in === 'query' && p.param['x-ms-url-encoding'] !== undefined) {
        const at = `${p.valuePointer}/x-ms-url-encoding`;
        yield { file: c.swaggerFile, pointer: at, message: `Query parameter "${p.name}" cannot set x-ms-url-encoding.`, fix: removeFix(`Remove x-ms-url-encoding from query parameter "${p.name}".`, at) };
      }
    }
  },
});

export const reservedParameter = defineRule({
  id: 'powerplatform.reserved-parameter',
  title: 'No parameter is named connectionId',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'connectionId is reserved by the platform (ConnectionIdParameterNotAllowed; the Copilot for Sales sample also calls it reserved).',
  *check({ pkg }) {
    const parameters = uniqueParameters(pkg);
    for (let i = 0; i < parameters.length; i++) {
      const { c, p } = parameters[i];
      if (p.name.toLowerCase() === 'connectionid' && p.in !== 'body') {
        yield { file: c.swaggerFile, pointer: `${p.valuePointer}/name`, message: `Parameter "${p.name}" uses the reserved name connectionId; rename it.` };
      }
    }
  },
});

export const parameterText = defineRule({
  id: 'powerplatform.parameter-text',
  title: 'Visible parameters have an x-ms-summary (at most 80 characters) and a description',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorStringGuidance,
  description:
    'The designer shows x-ms-summary as the field name and description as its hint (certification guide; string guidance, 80 characters). Internal parameters, and the ' +
    'parameters of internal operations, are not shown and are skipped; one finding per file lists the parameters that lack text.',
  *check({ pkg }) {
    const parameters = uniqueParameters(pkg);
    for (let i = 0; i < parameters.length; i++) {
      const { c, op, p } = parameters[i];
      if (visibility(p.param) === 'internal' || p.in === 'body' || isInternal(op)) continue;
      const summary = asString(p.param['x-ms-summary']);
      const missing = [!isNonEmptyString(summary) && 'x-ms-summary', !isNonEmptyString(p.param.description) && 'description'].filter(Boolean);
      if (missing.length) {
        yield {
          file: c.swaggerFile,
          pointer: p.valuePointer,
          message: `Parameter "${p.name}" has no ${missing.join(' and no ')}.`,
          repeat: { summary: '{n} parameters lack an x-ms-summary (the field name users see) or a description', place: `"${p.name}" (${missing.join(', ')})` },
        };
      } else if (summary && summary.length > 80) {
        yield { file: c.swaggerFile, pointer: `${p.valuePointer}/x-ms-summary`, message: `The x-ms-summary of "${p.name}" is ${summary.length} characters; the limit is 80.` };
      }
    }
  },
});

export const internalDefaultRequired = defineRule({
  id: 'powerplatform.internal-default-required',
  title: 'Internal parameters with a default are required',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'An internal field is hidden from users, so an optional one is dropped and its default never sent (PropertyMustBeRequired for body properties; InternalPropertyWithDefaultOptional, a warning, for other parameters).',
  *check({ pkg }) {
    // Body properties: an internal property with a default that the schema does not require.
    const c = withSwagger(pkg);
    const sites = c ? schemasOf(c.swagger) : [];
    for (let i = 0; i < sites.length; i++) {
      const s = sites[i];
      if (s.role === 'response' || s.property === undefined || s.required) continue;
      if (visibility(s.schema) === 'internal' && s.schema.default !== undefined) {
        yield { file: c!.swaggerFile, pointer: s.pointer, message: `Internal property "${s.property}" has a default but is not in its parent's required list, so the default is never sent.` };
      }
    }
    const parameters = uniqueParameters(pkg);
    for (let i = 0; i < parameters.length; i++) {
      const { c, p } = parameters[i];
      if (visibility(p.param) === 'internal' && p.param.default !== undefined && p.param.required !== true) {
        yield {
          file: c.swaggerFile,
          pointer: p.valuePointer,
          severity: p.in === 'body' ? 'error' : 'warning',
          message: `Internal parameter "${p.name}" has a default but is not required, so the default is never sent; add "required": true.`,
        };
      }
    }
  },
});

export const parameterDefaultType = defineRule({
  id: 'powerplatform.parameter-default-type',
  title: 'Parameter defaults match their type; allowEmptyValue only on query and formData',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'DefaultValueMustMatchType and AllowEmptyValueOnlyValidForQueryFormData.',
  *check({ pkg }) {
    const parameters = uniqueParameters(pkg);
    for (let i = 0; i < parameters.length; i++) {
      const { c, p } = parameters[i];
      yield* defaultProblems(c.swaggerFile, p);
    }
  },
});

function* defaultProblems(file: string, p: Parameter) {
  const type = asString(p.param.type);
  if (p.param.default !== undefined && type && !matchesType(p.param.default, type)) {
    yield { file, pointer: `${p.valuePointer}/default`, message: `The default of "${p.name}" is ${JSON.stringify(p.param.default)}, which is not of type ${type}.` };
  }
  if (p.param.allowEmptyValue !== undefined && p.in !== 'query' && p.in !== 'formData') {
    yield { file, pointer: `${p.valuePointer}/allowEmptyValue`, message: `allowEmptyValue is only valid on query and formData parameters ("${p.name}" is in ${p.in}).` };
  }
}

export const formDataParameter = defineRule({
  id: 'powerplatform.formdata-parameter',
  title: 'formData parameter names are US-ASCII',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'InvalidFormDataParameterName: multipart and form-urlencoded field names must be US-ASCII. (type "file" outside formData is refused by the Swagger 2.0 schema, powerplatform.swagger-schema.)',
  *check({ pkg }) {
    const parameters = uniqueParameters(pkg);
    for (let i = 0; i < parameters.length; i++) {
      const { c, p } = parameters[i];
      // Printable ASCII only: the range is written out so no regular expression runs on untrusted text.
      if (p.in === 'formData' && [...p.name].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) > 0x7e)) {
        yield { file: c.swaggerFile, pointer: `${p.valuePointer}/name`, message: `formData parameter name ${quote(p.name)} must be US-ASCII.` };
      }
    }
  },
});
