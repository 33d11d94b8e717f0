// Security requirements, webhook triggers, paging and dynamic references.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { asArray, asRecord, asString } from '../../util/values.js';
import { withSwagger } from './shared/connector.js';
import { operationById, operationsOf, parametersOf, responsesOf } from './shared/operations.js';
import { deref } from './shared/refs.js';
import { quote } from './shared/text.js';
import { dynamicUses } from './shared/dynamic.js';
import { escapeToken } from '../../json/pointer.js';

export const securityDefined = defineRule({
  id: 'powerplatform.security-defined',
  title: 'Security requirements name defined schemes with valid scopes',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description:
    'SecurityRequirementMustBeDefined, ...MustHaveEmptyValue, OAuthSecurityRequirementValueMustBeScopeName: every requirement names a securityDefinitions entry; ' +
    'non-OAuth requirements use [], OAuth ones list only scopes the definition declares. One undefined scheme named by many operations is one finding listing them.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    const defs = asRecord(c.swagger.securityDefinitions) ?? {};
    const lists: Array<[unknown, string, string]> = [[c.swagger.security, '/security', 'the document']];
    for (const op of operationsOf(c.swagger)) lists.push([op.op.security, `${op.pointer}/security`, `${op.method.toUpperCase()} ${op.path}`]);
    for (const [list, at, where] of lists) {
      for (const [i, req] of asArray(list).entries()) {
        for (const [name, scopes] of Object.entries(asRecord(req) ?? {})) {
          const def = asRecord(defs[name]);
          const p = `${at}/${i}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
          if (!def) {
            // One undefined scheme named by every operation is one thing to fix: one finding, listing the operations.
            const known = Object.keys(defs);
            yield {
              file: c.swaggerFile,
              pointer: p,
              message: `Security requirement ${quote(name)} is not in securityDefinitions${known.length ? ` (it defines ${known.map((k) => quote(k)).join(', ')})` : ''}.`,
              repeat: { summary: `Security requirement ${quote(name)} is not in securityDefinitions${known.length ? ` (it defines ${known.map((k) => quote(k)).join(', ')})` : ''}; {n} places name it`, place: where },
            };
          } else if (def.type !== 'oauth2' && asArray(scopes).length > 0) {
            yield { file: c.swaggerFile, pointer: p, message: `Security requirement ${quote(name)} is ${String(def.type)}; its value must be [].` };
          } else if (def.type === 'oauth2') {
            const declared = asRecord(def.scopes) ?? {};
            for (const [j, scope] of asArray(scopes).entries()) {
              if (typeof scope !== 'string' || !(scope in declared)) yield { file: c.swaggerFile, pointer: `${p}/${j}`, message: `Scope ${quote(String(scope))} is not declared in securityDefinitions.${name}.scopes.` };
            }
          }
        }
      }
    }
  },
});

/** The notification-URL property of a webhook trigger's body, with its pointer and whether the chain marks it required. */
function notificationUrl(swagger: Record<string, unknown>, schema: unknown, at: string, requiredChain: boolean, depth = 0): { pointer: string; prop: Record<string, unknown>; required: boolean; internal: boolean } | undefined {
  const { value, pointer: p } = deref(swagger, schema, at);
  if (!value || depth > 8) return undefined;
  const required = new Set(asArray(value.required));
  for (const [name, raw] of Object.entries(asRecord(value.properties) ?? {})) {
    const resolved = deref(swagger, raw, `${p}/properties/${name}`);
    if (!resolved.value) continue;
    const isRequired = requiredChain && required.has(name);
    if (resolved.value['x-ms-notification-url'] === true) {
      return { pointer: resolved.pointer, prop: resolved.value, required: isRequired, internal: asString(resolved.value['x-ms-visibility']) === 'internal' };
    }
    const inner = notificationUrl(swagger, resolved.value, resolved.pointer, isRequired, depth + 1);
    if (inner) return { ...inner, internal: inner.internal || asString(resolved.value['x-ms-visibility']) === 'internal' };
  }
  return undefined;
}

export const webhookNotificationUrl = defineRule({
  id: 'powerplatform.webhook-notification-url',
  title: 'Webhook triggers have an internal, required, string x-ms-notification-url in the body',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description:
    'WebhookOperationsMissingNotificationUrlProperty and the validator\'s webhook table: the callback URL the platform fills in is a body property marked ' +
    'x-ms-notification-url: true, of type string, required at every level, and internal (or under an internal parent). A missing property or a wrong type is an error; ' +
    'an optional chain or a visible property is a warning, because published certified connectors (Calendly) have them.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const op of operationsOf(c.swagger)) {
      if (!op.isWebhook) continue;
      const body = parametersOf(c.swagger, op).find((p) => p.in === 'body');
      const found = body ? notificationUrl(c.swagger, body.param.schema, `${body.valuePointer}/schema`, body.param.required === true) : undefined;
      if (!found) {
        yield { file: c.swaggerFile, pointer: op.pointer, message: `Webhook trigger ${op.method.toUpperCase()} ${op.path} has no body property marked "x-ms-notification-url": true.` };
        continue;
      }
      if (found.prop.type !== 'string') yield { file: c.swaggerFile, pointer: found.pointer, message: 'The notification URL property must be of type string.' };
      // Published connectors (Calendly, OK dokument) leave the chain optional or the property visible: legacy, so warnings.
      const legacy = [!found.required && 'required at every level (the body parameter too)', !found.internal && 'x-ms-visibility internal'].filter(Boolean);
      if (legacy.length) yield { file: c.swaggerFile, pointer: found.pointer, severity: 'warning', message: `The notification URL property should be ${legacy.join(' and ')}.` };
    }
  },
});

export const webhookNotificationContent = defineRule({
  id: 'powerplatform.webhook-notification-content',
  title: 'Webhook triggers describe their output with x-ms-notification-content',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description:
    'OperationMustHaveNotificationContentExtension and NotificationExtension*: a webhook trigger\'s output is the callback payload, described by x-ms-notification-content; ' +
    'x-ms-notification belongs on non-webhook operations and names an existing operation. Four of the certified and independent connectors in the corpus describe the payload ' +
    'in the subscription\'s response schema instead (the older convention), so a missing extension is a warning, and none at all when a success response has a schema.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const op of operationsOf(c.swagger)) {
      const legacyOutput = responsesOf(c.swagger, op).some((r) => /^2\d\d$/.test(r.code) && r.response.schema !== undefined);
      if (op.isWebhook && op.op['x-ms-notification-content'] === undefined && !legacyOutput) {
        yield { file: c.swaggerFile, pointer: op.pointer, message: `Webhook trigger ${op.method.toUpperCase()} ${op.path} has no x-ms-notification-content describing the payload it delivers.` };
      }
      const notification = asRecord(op.op['x-ms-notification']);
      if (notification) {
        const id = asString(notification.operationId);
        if (op.isWebhook) yield { file: c.swaggerFile, pointer: `${op.pointer}/x-ms-notification`, message: 'x-ms-notification belongs on operations that are not webhook triggers.' };
        else if (!id || !operationById(c.swagger, id)) yield { file: c.swaggerFile, pointer: `${op.pointer}/x-ms-notification`, message: `x-ms-notification names operation ${quote(String(id))}, which the definition does not have.` };
      }
    }
  },
});

export const pageable = defineRule({
  id: 'powerplatform.pageable',
  title: 'x-ms-pageable.nextLinkName is nextLink or @odata.nextLink',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'InvalidNextLinkNameValue.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const op of operationsOf(c.swagger)) {
      const pg = asRecord(op.op['x-ms-pageable']);
      if (!pg) continue;
      const name = pg.nextLinkName;
      if (name !== 'nextLink' && name !== '@odata.nextLink') {
        yield { file: c.swaggerFile, pointer: `${op.pointer}/x-ms-pageable/nextLinkName`, message: `nextLinkName ${quote(String(name))} must be "nextLink" or "@odata.nextLink".` };
      }
    }
  },
});

export const dynamicReferences = defineRule({
  id: 'powerplatform.dynamic-references',
  title: 'Dynamic values and schemas call existing operations with existing parameters',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description:
    'OperationIdNotFound and the Dynamic* codes: x-ms-dynamic-values, -schema, -list and -properties name an operationId of the definition, and the parameters they pass exist on that operation. ' +
    '(-list and -properties use operationId too, or a "dynamicState" the service supplies.) Body parameters themselves take no dynamic extension (the schema\'s properties do).',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const { key, holder, at, ext, operationId: id } of dynamicUses(c.swagger)) {
      if (holder.in === 'body') {
        yield { file: c.swaggerFile, pointer: `${at}/${key}`, message: `${key} cannot be set on a body parameter; put it on a property of the body schema.` };
      }
      if (!ext || id === undefined) continue;
      const target = operationById(c.swagger, id);
      if (!target) {
        yield { file: c.swaggerFile, pointer: `${at}/${key}/operationId`, message: `${key} calls operation ${quote(id)}, which the definition does not have.` };
        continue;
      }
      const names = new Set(parametersOf(c.swagger, target).map((p) => p.name));
      for (const name of Object.keys(asRecord(ext.parameters) ?? {})) {
        if (!names.has(name)) yield { file: c.swaggerFile, pointer: `${at}/${key}/parameters/${escapeToken(name)}`, message: `${key} passes "${name}", which operation ${quote(id)} does not take.` };
      }
    }
  },
});
