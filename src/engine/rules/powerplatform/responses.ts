// Responses: a success response, its schema, the default response, one schema per operation.
import { defineRule, BOTH, MULTITENANT } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { asRecord } from '../../util/values.js';
import { withSwagger } from './shared/connector.js';
import { operationsOf, responsesOf } from './shared/operations.js';
import { isInternal, schemaSuppliers, valueSuppliers } from './shared/dynamic.js';

const label = (op: { method: string; path: string }) => `${op.method.toUpperCase()} ${op.path}`;

export const successResponse = defineRule({
  id: 'powerplatform.response-success',
  title: 'Every operation has a 2xx response',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description:
    'OperationShouldHaveSuccessfulResponse: the designer builds outputs from the success response. The validator words it as "should", and published ' +
    'certified connectors (Babybots) answer with `default` only, so a warning; an operation with no response at all fails the Swagger 2.0 schema (powerplatform.swagger-schema).',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const op of operationsOf(c.swagger)) {
      const codes = Object.keys(asRecord(op.op.responses) ?? {});
      if (codes.length && !codes.some((code) => /^2\d\d$/.test(code))) {
        yield { file: c.swaggerFile, pointer: `${op.pointer}/responses`, message: `${label(op)} has no 2xx response.`, repeat: { summary: '{n} operations have no 2xx response', place: label(op) } };
      }
    }
  },
});

export const successSchema = defineRule({
  id: 'powerplatform.response-schema',
  title: '200 and 201 responses describe their body with a schema',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description:
    'Certification requires exact response definitions so flows can use the outputs ("Define exact operation responses"; SchemaDefinitionSetIncorrectly; policy 5000.2.4.1). ' +
    'Exempt, because no user sees their output: webhook triggers (x-ms-notification-content describes what they deliver), operations that supply a dynamic schema ' +
    '(another operation names them in x-ms-dynamic-schema or x-ms-dynamic-properties: their response is the schema, read at design time; see ' +
    'https://learn.microsoft.com/connectors/custom-connectors/openapi-extensions, "Use dynamic schema"), and internal operations that supply nothing ' +
    '(x-ms-visibility internal, such as the delete operation the platform calls to remove a webhook). Internal operations that supply dynamic values keep the rule: ' +
    'their value-path must exist in the response.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    const schemas = schemaSuppliers(c.swagger);
    const values = valueSuppliers(c.swagger);
    for (const op of operationsOf(c.swagger)) {
      if (op.isWebhook) continue;
      if (op.operationId !== undefined && schemas.has(op.operationId)) continue;
      if (isInternal(op) && !(op.operationId !== undefined && values.has(op.operationId))) continue;
      for (const r of responsesOf(c.swagger, op)) {
        if ((r.code === '200' || r.code === '201') && r.response.schema === undefined) {
          yield {
            file: c.swaggerFile,
            pointer: r.valuePointer,
            message: `The ${r.code} response of ${label(op)} has no schema; describe what it returns.`,
            repeat: { summary: '{n} success responses have no schema; describe what each returns', place: `${r.code} of ${label(op)}` },
          };
        }
      }
    }
  },
});

export const defaultResponse = defineRule({
  id: 'powerplatform.default-response-schema',
  title: 'The default response has no schema',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description:
    'DefaultResponseHasSchema (policy 5000.2.4.2): outputs come from the success response; a schema on "default" confuses the designer. ' +
    'A warning rather than an error: 61 published certified connectors still have one, and the catalogue advises reporting such legacy violations as warnings.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const op of operationsOf(c.swagger)) {
      for (const r of responsesOf(c.swagger, op)) {
        if (r.code === 'default' && r.response.schema !== undefined) {
          yield {
            file: c.swaggerFile,
            pointer: `${r.valuePointer}/schema`,
            message: `The default response of ${label(op)} has a schema; remove it.`,
            repeat: { summary: 'The default response of {n} operations has a schema; remove it', place: label(op) },
          };
        }
      }
    }
  },
});

export const oneResponseSchema = defineRule({
  id: 'powerplatform.one-response-schema',
  title: 'Only one response per operation has a schema',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'OperationHasManyResponsesWithSchema: the designer uses one response schema for outputs; the others are ignored. A validator warning.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const op of operationsOf(c.swagger)) {
      const withSchema = responsesOf(c.swagger, op).filter((r) => r.response.schema !== undefined && r.code !== 'default');
      if (withSchema.length > 1) {
        const codes = withSchema.map((r) => r.code).join(', ');
        yield {
          file: c.swaggerFile,
          pointer: `${op.pointer}/responses`,
          message: `${label(op)} has schemas on ${codes}; only one is used.`,
          repeat: { summary: '{n} operations have a schema on more than one response; the designer uses one', place: `${label(op)} (${codes})` },
        };
      }
    }
  },
});
