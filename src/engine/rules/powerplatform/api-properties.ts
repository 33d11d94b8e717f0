// apiProperties.json: shape, known keys, brand colour, publisher and stackOwner, capabilities, connection parameters.
import { defineRule, BOTH, MULTITENANT, errorForStoreWarningForOne } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { asArray, asRecord, asString, isNonEmptyString } from '../../util/values.js';
import { INDEPENDENT_PUBLISHER_COLOR } from '../../detect/connector-class.js';
import { connectorOf, withProperties } from './shared/connector.js';
import { quote } from './shared/text.js';

const KNOWN_KEYS = [
  'iconBrandColor',
  'publisher',
  'stackOwner',
  'capabilities',
  'connectionParameters',
  'connectionParameterSets',
  'policyTemplateInstances',
  'scriptOperations',
  'externalDocs',
];
const CAPABILITIES = ['actions', 'triggers', 'gateway', 'cloud', 'composite', 'tabular', 'blob', 'file'];
const PARAMETER_TYPES = ['string', 'securestring', 'int', 'bool', 'gatewaysetting', 'oauthsetting'];

export const propertiesShape = defineRule({
  id: 'powerplatform.props-shape',
  title: 'apiProperties.json is an object with properties.iconBrandColor',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorRepoSchemas,
  description: 'The repository schema (paconn-apiProperties.schema.json) requires a root object with a `properties` object that holds iconBrandColor.',
  *check({ pkg }) {
    const c = connectorOf(pkg);
    if (!c.propsFile || !c.propsDoc?.ok) return;
    if (!c.props) yield { file: c.propsFile, message: 'apiProperties.json must be a JSON object.' };
    else if (!c.properties) yield { file: c.propsFile, pointer: '', message: 'apiProperties.json has no "properties" object.' };
    else if (c.properties.iconBrandColor === undefined) yield { file: c.propsFile, pointer: '/properties', message: 'properties.iconBrandColor is missing.' };
    for (const key of Object.keys(c.props ?? {})) {
      if (key !== 'properties' && key !== '$schema') yield { file: c.propsFile, pointer: `/${key}`, severity: 'warning', message: `Unknown root member "${key}"; everything goes under "properties".` };
    }
  },
});

export const propertiesKeys = defineRule({
  id: 'powerplatform.props-keys',
  title: 'apiProperties.properties holds only known keys',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorRepoSchemas,
  description:
    'Known keys: the repository schema\'s iconBrandColor, capabilities, connectionParameters and policyTemplateInstances, plus publisher, stackOwner, ' +
    'scriptOperations and connectionParameterSets, which the platform uses although the 2020 schema omits them. Anything else is likely a typo; a warning because the schema is stale.',
  *check({ pkg }) {
    const c = withProperties(pkg);
    if (!c) return;
    for (const key of Object.keys(c.properties)) {
      if (KNOWN_KEYS.includes(key)) continue;
      const near = KNOWN_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
      yield { file: c.propsFile, pointer: `/properties/${key}`, message: near ? `"${key}" should be written "${near}".` : `"${key}" is not a known apiProperties key.` };
    }
  },
});

export const brandColorFormat = defineRule({
  id: 'powerplatform.brand-color-format',
  title: 'iconBrandColor is # and six hex digits',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorRepoReadme,
  description: 'The brand colour is a CSS hex colour like "#1a2b3c" (repository README; policy 5000.2.1.1).',
  *check({ pkg }) {
    const c = withProperties(pkg);
    const v = c?.properties.iconBrandColor;
    if (c && v !== undefined && (typeof v !== 'string' || !/^#[0-9a-f]{6}$/i.test(v))) {
      yield { file: c.propsFile, pointer: '/properties/iconBrandColor', message: `iconBrandColor ${quote(String(v))} must be "#" followed by six hex digits.` };
    }
  },
});

export const brandColorForbidden = defineRule({
  id: 'powerplatform.brand-color-forbidden',
  title: 'iconBrandColor is not the default #007ee5 nor white',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description:
    'Certified connectors choose their own brand colour: not the default #007ee5, not #ffffff (submission guide, icon section). The repository\'s pull-request checklist makes every submitter confirm it, so certification rejects it: an error for the certification route. ' +
    'For one organisation it is a warning: the connector works, and published certified connectors still carry these colours (DocuSign #FFFFFF, Zellis #007ee5) from before the rule.',
  *check({ pkg }) {
    const c = withProperties(pkg);
    const v = asString(c?.properties.iconBrandColor)?.trim().toLowerCase();
    if (!c || c.cls === 'independent-publisher' || !v) return;
    if (v === '#007ee5' || v === '#ffffff') {
      const message = `iconBrandColor ${v} is ${v === '#ffffff' ? 'white' : 'the default colour'}; use the brand's own colour.`;
      yield* errorForStoreWarningForOne({ file: c.propsFile, pointer: '/properties/iconBrandColor', message });
    }
  },
});

export const brandColorIndependent = defineRule({
  id: 'powerplatform.brand-color-ip',
  title: 'Independent publisher connectors use iconBrandColor #da3b01',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertificationIp,
  description: 'The independent-publisher template and the README fix the colour to #da3b01, which goes with the generic icon.',
  *check({ pkg }) {
    const c = withProperties(pkg);
    const v = asString(c?.properties.iconBrandColor)?.trim().toLowerCase();
    if (c && c.cls === 'independent-publisher' && v !== INDEPENDENT_PUBLISHER_COLOR) {
      yield { file: c.propsFile, pointer: '/properties/iconBrandColor', message: `Independent publisher connectors use iconBrandColor "${INDEPENDENT_PUBLISHER_COLOR}".` };
    }
  },
});

export const publisher = defineRule({
  id: 'powerplatform.publisher',
  title: 'apiProperties names the publisher',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description: 'Certification needs `publisher`: the company for verified publishers, the person (or company) for independent publishers (submission guide step 3a; templates).',
  *check({ pkg }) {
    const c = withProperties(pkg);
    if (!c) return;
    const v = c.properties.publisher;
    if (!isNonEmptyString(v)) yield { file: c.propsFile, pointer: v === undefined ? '/properties' : '/properties/publisher', message: 'properties.publisher is missing; give the publisher\'s full name.' };
    else if (!/[\p{L}\p{N}]/u.test(v)) yield { file: c.propsFile, pointer: '/properties/publisher', message: `properties.publisher ${quote(v)} holds no name.` };
  },
});

export const stackOwner = defineRule({
  id: 'powerplatform.stack-owner',
  title: 'apiProperties names the stackOwner',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description:
    '`stackOwner` is the owner of the back-end service (usually the publisher for verified publishers). Certification needs it; paconn refuses to update a tenant ' +
    'connector while it is set, so only the multitenant audience is checked.',
  *check({ pkg }) {
    const c = withProperties(pkg);
    if (c && !isNonEmptyString(c.properties.stackOwner)) {
      yield { file: c.propsFile, pointer: c.properties.stackOwner === undefined ? '/properties' : '/properties/stackOwner', message: 'properties.stackOwner is missing; name the company that owns the service.' };
    }
  },
});

export const capabilities = defineRule({
  id: 'powerplatform.capabilities',
  title: 'capabilities is a list of known values',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorRepoSchemas,
  description: 'capabilities is an array of strings (repository schema); values the platform uses are actions, triggers, gateway, cloud, composite, tabular, blob and file. Unknown values are warnings.',
  *check({ pkg }) {
    const c = withProperties(pkg);
    const v = c?.properties.capabilities;
    if (!c || v === undefined) return;
    if (!Array.isArray(v)) {
      yield { file: c.propsFile, pointer: '/properties/capabilities', message: 'capabilities must be an array of strings.' };
      return;
    }
    for (const [i, cap] of v.entries()) {
      if (typeof cap !== 'string') yield { file: c.propsFile, pointer: `/properties/capabilities/${i}`, message: 'Each capability is a string.' };
      else if (!CAPABILITIES.includes(cap)) yield { file: c.propsFile, pointer: `/properties/capabilities/${i}`, severity: 'warning', message: `Capability ${quote(cap)} is not one the platform knows (${CAPABILITIES.join(', ')}).` };
    }
  },
});

function* connectionParameters(c: { properties: Record<string, unknown> }) {
  const single = asRecord(c.properties.connectionParameters);
  for (const [key, value] of Object.entries(single ?? {})) yield { key, value, pointer: `/properties/connectionParameters/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` };
  for (const [i, set] of asArray(asRecord(c.properties.connectionParameterSets)?.values).entries()) {
    for (const [key, value] of Object.entries(asRecord(asRecord(set)?.parameters) ?? {})) {
      yield { key, value, pointer: `/properties/connectionParameterSets/values/${i}/parameters/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` };
    }
  }
}

export const connectionParameterShape = defineRule({
  id: 'powerplatform.connection-parameters',
  title: 'Connection parameters have valid names and types',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorRepoSchemas,
  description: 'Parameter names are letters, digits and underscores (or "prefix:Name" such as token:TenantId); the type is string, securestring, int, bool, gatewaySetting or oauthSetting.',
  *check({ pkg }) {
    const c = withProperties(pkg);
    if (!c) return;
    for (const p of connectionParameters(c)) {
      if (!/^[0-9A-Za-z_]+(?::[0-9A-Za-z_]+)?$/.test(p.key)) yield { file: c.propsFile, pointer: p.pointer, message: `Connection parameter name ${quote(p.key)} may hold only letters, digits and underscores.` };
      const type = asString(asRecord(p.value)?.type);
      if (!type || !PARAMETER_TYPES.includes(type.toLowerCase())) {
        yield { file: c.propsFile, pointer: `${p.pointer}/type`, message: `Connection parameter "${p.key}" has type ${quote(String(type))}; use string, securestring, int, bool, gatewaySetting or oauthSetting.` };
      }
    }
  },
});

const SECRET_NAME = /(?:api[_-]?key|apikey|secret|password|passwd|token|access[_-]?key|private[_-]?key)/i;

export const connectionParameterSecret = defineRule({
  id: 'powerplatform.connection-parameter-secret',
  title: 'Keys and passwords are securestring parameters',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorRepoReadme,
  description: 'A parameter that holds an API key, password or secret should be `securestring`, so it is stored and shown as a secret (the README\'s api_key example). Judged by the name, so a warning.',
  *check({ pkg }) {
    const c = withProperties(pkg);
    if (!c) return;
    for (const p of connectionParameters(c)) {
      const type = asString(asRecord(p.value)?.type);
      const name = p.key.includes(':') ? p.key.slice(p.key.indexOf(':') + 1) : p.key;
      if (type === 'string' && SECRET_NAME.test(name) && !/url|endpoint|host|tenant|name/i.test(name)) {
        yield { file: c.propsFile, pointer: `${p.pointer}/type`, message: `Connection parameter "${p.key}" looks like a secret but is a plain string; use "securestring".` };
      }
    }
  },
});
