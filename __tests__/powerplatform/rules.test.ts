// Every powerplatform rule: a connector that breaks it (the finding, where it points, its severity) and the valid
// connector that passes it. Fixtures are in-memory: the valid connector with one thing changed.
import { describe, expect, it } from 'vitest';
import { check, findingsOf, png, type FileRecord } from '../helpers/packages.js';
import { BRAND, connectorPackage, customConnectorPackage, ipConnectorPackage, type ConnectorParts } from '../helpers/connector-packages.js';
import { powerPlatformRules } from '../../src/engine/rules/powerplatform/index.js';
import type { PackageReport, Severity } from '../../src/engine/types.js';

const op = (p: ConnectorParts, path = '/orders', method = 'get') => p.swagger.paths[path][method];
const param = (p: ConnectorParts) => op(p, '/orders/{orderId}').parameters[0];
const oauth = (p: ConnectorParts, settings: Record<string, unknown> = {}) => {
  p.props.properties.connectionParameters = {
    token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2', clientId: '[[DUMMY]]', scopes: [], redirectMode: 'GlobalPerConnector', ...settings } },
  };
};
const webhook = (p: ConnectorParts, edit: (o: any) => void = () => undefined) => {
  const trigger: any = {
    operationId: 'WhenOrderCreated',
    summary: 'When an order is created',
    description: 'This operation triggers when a new order is created.',
    'x-ms-trigger': 'single',
    'x-ms-visibility': 'important',
    parameters: [
      {
        name: 'body',
        in: 'body',
        required: true,
        schema: { type: 'object', required: ['url'], properties: { url: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } } },
      },
    ],
    'x-ms-notification-content': { schema: { $ref: '#/definitions/Order' } },
    responses: { '201': { description: 'Subscribed.' } },
  };
  edit(trigger);
  p.swagger.paths['/hooks'] = { post: trigger };
};

interface Case {
  rule: string;
  name: string;
  record: FileRecord;
  pointer?: string;
  file?: string;
  severity?: Severity;
  multitenantOnly?: boolean;
  path?: string;
}

const SCRIPT = `public class Script : ScriptBase
{
    public override async Task<HttpResponseMessage> ExecuteAsync()
    {
        return await this.Context.SendAsync(this.Context.Request, this.CancellationToken).ConfigureAwait(false);
    }
}`;

const big = 'x'.repeat(1024 * 1024 + 10);

const cases: Case[] = [
  // files
  { rule: 'powerplatform.file-swagger', name: 'no definition at all', record: connectorPackage((p) => (p.files['apiDefinition.swagger.json'] = undefined)), severity: 'error' },
  {
    rule: 'powerplatform.file-swagger',
    name: 'a misspelled name (apiDefination)',
    record: connectorPackage((p) => {
      p.files['apiDefinition.swagger.json'] = undefined;
      p.files['apiDefination.swagger.json'] = JSON.stringify(p.swagger);
    }),
    file: 'apiDefination.swagger.json',
    multitenantOnly: true,
  },
  {
    rule: 'powerplatform.file-swagger',
    name: 'a name in the wrong case',
    record: connectorPackage((p) => {
      p.files['apiDefinition.swagger.json'] = undefined;
      p.files['apidefinition.swagger.json'] = JSON.stringify(p.swagger);
    }),
    severity: 'warning',
  },
  { rule: 'powerplatform.file-apiproperties', name: 'no apiProperties.json', record: connectorPackage((p) => (p.files['apiProperties.json'] = undefined)), severity: 'error' },
  { rule: 'powerplatform.file-readme', name: 'no readme', record: connectorPackage((p) => (p.files['readme.md'] = undefined)), multitenantOnly: true },
  {
    rule: 'powerplatform.file-readme',
    name: 'Readme.md.txt',
    record: connectorPackage((p) => {
      p.files['readme.md'] = undefined;
      p.files['Readme.md.txt'] = '# Contoso';
    }),
    file: 'Readme.md.txt',
  },
  { rule: 'powerplatform.file-script', name: 'two script files', record: connectorPackage((p) => Object.assign(p.files, { 'script.csx': SCRIPT, 'Script2.csx': SCRIPT })) },
  { rule: 'powerplatform.file-script', name: 'a script over 1 MB', record: connectorPackage((p) => (p.files['script.csx'] = SCRIPT + '//' + big)), file: 'script.csx' },
  {
    rule: 'powerplatform.file-encoding',
    name: 'a Latin-1 swagger',
    record: connectorPackage((p) => {
      p.swagger.info.description += ' Café.';
      p.files['apiDefinition.swagger.json'] = Buffer.from(JSON.stringify(p.swagger), 'latin1');
    }),
    file: 'apiDefinition.swagger.json',
  },
  {
    rule: 'powerplatform.file-encoding',
    name: 'a UTF-16 apiProperties',
    record: connectorPackage((p) => (p.files['apiProperties.json'] = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(p.props), 'utf16le')]))),
    file: 'apiProperties.json',
  },
  // swagger document
  {
    rule: 'powerplatform.swagger-version',
    name: 'OpenAPI 3',
    record: connectorPackage((p) => {
      delete p.swagger.swagger;
      p.swagger.openapi = '3.0.1';
    }),
    pointer: '/openapi',
  },
  { rule: 'powerplatform.swagger-schema', name: 'an unknown root member', record: connectorPackage((p) => (p.swagger.servers = [])), pointer: '/servers' },
  {
    rule: 'powerplatform.swagger-schema',
    name: 'a duplicate parameter',
    record: connectorPackage((p) => op(p).parameters.push({ ...op(p).parameters[0] })),
    pointer: '/paths/~1orders/get/parameters',
  },
  {
    rule: 'powerplatform.swagger-schema',
    name: 'a path placeholder without parameter (spec check, pointed at the operation)',
    record: connectorPackage((p) => (param(p).name = 'id')),
    pointer: '/paths/~1orders~1{orderId}/get',
  },
  { rule: 'powerplatform.swagger-size', name: 'a definition over 1 MB', record: connectorPackage((p) => (p.swagger.definitions.Order.description = big)), severity: 'warning' },
  { rule: 'powerplatform.host-missing', name: 'no host', record: connectorPackage((p) => delete p.swagger.host), pointer: '', severity: 'warning' },
  { rule: 'powerplatform.host', name: 'a scheme and path in host', record: connectorPackage((p) => (p.swagger.host = 'https://orders.contoso.com/v1')), pointer: '/host' },
  { rule: 'powerplatform.host-production', name: 'a staging host', record: connectorPackage((p) => (p.swagger.host = 'orders-staging.contoso.com')), pointer: '/host', severity: 'warning' },
  { rule: 'powerplatform.base-path', name: 'basePath without /', record: connectorPackage((p) => (p.swagger.basePath = 'v1')), pointer: '/basePath' },
  { rule: 'powerplatform.schemes', name: 'ws', record: connectorPackage((p) => (p.swagger.schemes = ['https', 'ws'])), pointer: '/schemes/1', severity: 'error' },
  { rule: 'powerplatform.schemes', name: 'http only', record: connectorPackage((p) => (p.swagger.schemes = ['http'])), pointer: '/schemes', severity: 'warning', multitenantOnly: true },
  { rule: 'powerplatform.mime-types', name: 'a malformed MIME type', record: connectorPackage((p) => (p.swagger.produces = ['json'])), pointer: '/produces/0' },
  { rule: 'powerplatform.mime-types', name: 'a body without consumes', record: connectorPackage((p) => delete p.swagger.consumes), pointer: '/paths/~1orders/post' },
  {
    rule: 'powerplatform.swagger-refs',
    name: 'a reference to another file',
    record: connectorPackage((p) => (op(p, '/orders/{orderId}').responses['200'].schema = { $ref: 'order.json#/Order' })),
    pointer: '/paths/~1orders~1{orderId}/get/responses/200/schema/$ref',
  },
  {
    rule: 'powerplatform.swagger-refs',
    name: 'a reference to nothing',
    record: connectorPackage((p) => (op(p, '/orders/{orderId}').responses['200'].schema = { $ref: '#/definitions/Nope' })),
    pointer: '/paths/~1orders~1{orderId}/get/responses/200/schema/$ref',
  },
  {
    rule: 'powerplatform.swagger-refs',
    name: 'a reference outside definitions',
    record: connectorPackage((p) => (op(p, '/orders/{orderId}').responses['200'].schema = { $ref: '#/info' })),
    pointer: '/paths/~1orders~1{orderId}/get/responses/200/schema/$ref',
  },
  {
    rule: 'powerplatform.swagger-refs',
    name: 'members next to a reference',
    record: connectorPackage((p) => (op(p, '/orders/{orderId}').responses['200'].schema = { $ref: '#/definitions/Order', type: 'object' })),
    severity: 'warning',
  },
  { rule: 'powerplatform.extension-values', name: 'x-ms-visibility "hidden"', record: connectorPackage((p) => (op(p)['x-ms-visibility'] = 'hidden')), pointer: '/paths/~1orders/get/x-ms-visibility' },
  { rule: 'powerplatform.tags-unique', name: 'a repeated tag', record: connectorPackage((p) => (p.swagger.tags = [{ name: 'Orders' }, { name: 'Orders' }])), pointer: '/tags/1/name' },
  // info
  { rule: 'powerplatform.title-present', name: 'a blank title', record: connectorPackage((p) => (p.swagger.info.title = '  ')), pointer: '/info/title' },
  { rule: 'powerplatform.title-length', name: 'a 38-character title', record: connectorPackage((p) => (p.swagger.info.title = 'Contoso Orders and Shipping Management')), pointer: '/info/title', multitenantOnly: true },
  { rule: 'powerplatform.title-words', name: '"API" in the title', record: connectorPackage((p) => (p.swagger.info.title = 'Contoso Orders API')), pointer: '/info/title' },
  { rule: 'powerplatform.title-words', name: 'a product name in the title', record: connectorPackage((p) => (p.swagger.info.title = 'Orders for Power Automate')), pointer: '/info/title' },
  { rule: 'powerplatform.title-end', name: 'a title ending in ]', record: connectorPackage((p) => (p.swagger.info.title = 'Contoso [DEPRECATED]')), pointer: '/info/title' },
  { rule: 'powerplatform.title-version', name: 'a version in the title', record: connectorPackage((p) => (p.swagger.info.title = 'Contoso Orders V2')), pointer: '/info/title', severity: 'notice' },
  { rule: 'powerplatform.description-length', name: 'a short description', record: connectorPackage((p) => (p.swagger.info.description = 'Contoso orders.')), pointer: '/info/description' },
  { rule: 'powerplatform.description-length', name: 'no description', record: connectorPackage((p) => delete p.swagger.info.description), pointer: '/info' },
  {
    rule: 'powerplatform.description-words',
    name: 'a product name',
    record: connectorPackage((p) => (p.swagger.info.description = 'Use Contoso Orders from Power Apps to find and create customer orders.')),
    pointer: '/info/description',
    severity: 'error',
  },
  {
    rule: 'powerplatform.description-words',
    name: 'the word API',
    record: connectorPackage((p) => (p.swagger.info.description = 'The Contoso Orders API lets you find and create customer orders.')),
    pointer: '/info/description',
    severity: 'warning',
  },
  {
    rule: 'powerplatform.description-quality',
    name: 'a generic description',
    record: connectorPackage((p) => (p.swagger.info.description = 'Custom connector to read and write data in Contoso.')),
    pointer: '/info/description',
  },
  { rule: 'powerplatform.info-version', name: 'a blank version', record: connectorPackage((p) => (p.swagger.info.version = '')), pointer: '/info/version' },
  { rule: 'powerplatform.contact', name: 'no contact email', record: connectorPackage((p) => delete p.swagger.info.contact.email), pointer: '/info/contact' },
  { rule: 'powerplatform.contact-format', name: 'a malformed email', record: connectorPackage((p) => (p.swagger.info.contact.email = 'support at contoso')), pointer: '/info/contact/email' },
  { rule: 'powerplatform.contact-format', name: 'a URL without scheme', record: connectorPackage((p) => (p.swagger.info.contact.url = 'www.contoso.com')), pointer: '/info/contact/url' },
  // metadata
  { rule: 'powerplatform.metadata-present', name: 'no metadata', record: connectorPackage((p) => delete p.swagger['x-ms-connector-metadata']), pointer: '' },
  {
    rule: 'powerplatform.metadata-present',
    name: '"Privacy Policy" in the wrong case',
    record: connectorPackage((p) => (p.swagger['x-ms-connector-metadata'][1].propertyName = 'Privacy Policy')),
    pointer: '/x-ms-connector-metadata/1/propertyName',
  },
  {
    rule: 'powerplatform.metadata-urls',
    name: 'a website without scheme',
    record: connectorPackage((p) => (p.swagger['x-ms-connector-metadata'][0].propertyValue = 'www.contoso.com')),
    pointer: '/x-ms-connector-metadata/0/propertyValue',
  },
  {
    rule: 'powerplatform.metadata-categories',
    name: 'an unknown category',
    record: connectorPackage((p) => (p.swagger['x-ms-connector-metadata'][2].propertyValue = 'Sales')),
    pointer: '/x-ms-connector-metadata/2/propertyValue',
    severity: 'error',
  },
  {
    rule: 'powerplatform.metadata-categories',
    name: 'a category in the wrong case',
    record: connectorPackage((p) => (p.swagger['x-ms-connector-metadata'][2].propertyValue = 'Social media')),
    severity: 'warning',
  },
  {
    rule: 'powerplatform.metadata-categories',
    name: 'spaces around ";" (notice)',
    record: connectorPackage((p) => (p.swagger['x-ms-connector-metadata'][2].propertyValue = 'AI; Data')),
    severity: 'notice',
  },
  {
    rule: 'powerplatform.metadata-category-count',
    name: 'three categories',
    record: connectorPackage((p) => (p.swagger['x-ms-connector-metadata'][2].propertyValue = 'AI;Data;Finance')),
    pointer: '/x-ms-connector-metadata/2/propertyValue',
  },
  // apiProperties
  { rule: 'powerplatform.props-shape', name: 'no properties object', record: connectorPackage((p) => (p.props = { iconBrandColor: '#123456' })), pointer: '' },
  { rule: 'powerplatform.props-shape', name: 'no iconBrandColor', record: connectorPackage((p) => delete p.props.properties.iconBrandColor), pointer: '/properties' },
  { rule: 'powerplatform.props-keys', name: 'a misspelled key', record: connectorPackage((p) => (p.props.properties.IconBrandColor = '#123456')), pointer: '/properties/IconBrandColor' },
  { rule: 'powerplatform.brand-color-format', name: 'a colour name', record: connectorPackage((p) => (p.props.properties.iconBrandColor = 'blue')), pointer: '/properties/iconBrandColor' },
  {
    rule: 'powerplatform.brand-color-forbidden',
    name: 'the default #007ee5 (an error for certification, a warning for one organisation)',
    record: connectorPackage((p) => (p.props.properties.iconBrandColor = '#007EE5')),
    pointer: '/properties/iconBrandColor',
    severity: 'error',
  },
  {
    rule: 'powerplatform.brand-color-forbidden',
    name: 'white #ffffff, still allowed for one organisation as a warning',
    record: connectorPackage((p) => (p.props.properties.iconBrandColor = '#ffffff')),
    pointer: '/properties/iconBrandColor',
    severity: 'warning',
  },
  {
    rule: 'powerplatform.brand-color-ip',
    name: 'an independent publisher with its own colour',
    record: ipConnectorPackage((p) => (p.props.properties.iconBrandColor = '#123456')),
    path: 'independent-publisher-connectors/Contoso Orders',
    pointer: '/properties/iconBrandColor',
  },
  { rule: 'powerplatform.publisher', name: 'no publisher', record: connectorPackage((p) => delete p.props.properties.publisher), multitenantOnly: true },
  { rule: 'powerplatform.stack-owner', name: 'no stackOwner', record: connectorPackage((p) => delete p.props.properties.stackOwner), multitenantOnly: true },
  { rule: 'powerplatform.capabilities', name: 'capabilities not an array', record: connectorPackage((p) => (p.props.properties.capabilities = 'actions')), pointer: '/properties/capabilities' },
  {
    rule: 'powerplatform.capabilities',
    name: 'an unknown capability',
    record: connectorPackage((p) => (p.props.properties.capabilities = ['action'])),
    pointer: '/properties/capabilities/0',
    severity: 'warning',
  },
  {
    rule: 'powerplatform.connection-parameters',
    name: 'a bad name and type',
    record: connectorPackage((p) => (p.props.properties.connectionParameters = { 'api-key': { type: 'text' } })),
    pointer: '/properties/connectionParameters/api-key',
  },
  {
    rule: 'powerplatform.connection-parameter-secret',
    name: 'an API key as a plain string',
    record: connectorPackage((p) => (p.props.properties.connectionParameters.api_key.type = 'string')),
    pointer: '/properties/connectionParameters/api_key/type',
  },
  // OAuth
  {
    rule: 'powerplatform.oauth-identity-provider',
    name: 'no identity provider',
    record: connectorPackage((p) => oauth(p, { identityProvider: undefined })),
    pointer: '/properties/connectionParameters/token/oAuthSettings',
  },
  {
    rule: 'powerplatform.oauth-identity-provider',
    name: 'aad without resourceUri',
    record: connectorPackage((p) => oauth(p, { identityProvider: 'aad', customParameters: { loginUri: { value: 'https://login.windows.net' } } })),
    pointer: '/properties/connectionParameters/token/oAuthSettings/customParameters',
  },
  {
    rule: 'powerplatform.oauth-redirect-mode',
    name: 'the legacy Global redirect (warning, not error)',
    record: connectorPackage((p) => oauth(p, { redirectMode: 'Global' })),
    pointer: '/properties/connectionParameters/token/oAuthSettings/redirectMode',
    severity: 'warning',
    multitenantOnly: true,
  },
  {
    rule: 'powerplatform.oauth-client-placeholder',
    name: 'a real client ID',
    record: connectorPackage((p) => oauth(p, { clientId: '945e244d-b5ea-4b33-9231-ed9737c5f124' })),
    pointer: '/properties/connectionParameters/token/oAuthSettings/clientId',
    multitenantOnly: true,
  },
  // policies and code
  {
    rule: 'powerplatform.policy-templates',
    name: 'an unknown template',
    record: connectorPackage((p) => (p.props.properties.policyTemplateInstances = [{ templateId: 'magic', parameters: {} }])),
    pointer: '/properties/policyTemplateInstances/0/templateId',
  },
  {
    rule: 'powerplatform.policy-templates',
    name: 'a setheader without value',
    record: connectorPackage((p) => (p.props.properties.policyTemplateInstances = [{ templateId: 'setheader', parameters: { 'x-ms-apimTemplateParameter.name': 'X-Client' } }])),
    pointer: '/properties/policyTemplateInstances/0/parameters',
  },
  {
    rule: 'powerplatform.policy-templates',
    name: 'a policy bound to a missing operation',
    record: connectorPackage(
      (p) =>
        (p.props.properties.policyTemplateInstances = [
          { templateId: 'dynamichosturl', parameters: { 'x-ms-apimTemplateParameter.urlTemplate': 'https://x', 'x-ms-apimTemplate-operationName': ['Nope'] } },
        ]),
    ),
    pointer: '/properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-operationName/0',
    severity: 'warning',
  },
  {
    rule: 'powerplatform.script-operations',
    name: 'an operation the definition lacks',
    record: connectorPackage((p) => {
      p.props.properties.scriptOperations = ['Nope'];
      p.files['script.csx'] = SCRIPT;
    }),
    pointer: '/properties/scriptOperations/0',
  },
  { rule: 'powerplatform.script-operations', name: 'script operations without a script', record: connectorPackage((p) => (p.props.properties.scriptOperations = ['ListOrders'])), pointer: '/properties/scriptOperations' },
  { rule: 'powerplatform.script-code', name: 'no Script class', record: connectorPackage((p) => (p.files['script.csx'] = 'public class Foo { }')), file: 'script.csx' },
  {
    rule: 'powerplatform.script-code',
    name: 'an unsupported namespace and a new HttpClient',
    record: connectorPackage((p) => (p.files['script.csx'] = `using System.Data;\n${SCRIPT}\n// var c = new HttpClient();`)),
    file: 'script.csx',
  },
  {
    rule: 'powerplatform.settings-file',
    name: 'a missing icon and a non-GUID environment',
    record: connectorPackage((p) => (p.files['settings.json'] = { apiDefinition: 'apiDefinition.swagger.json', icon: 'logo.png', environment: 'dev' })),
    file: 'settings.json',
    severity: 'notice',
  },
  { rule: 'powerplatform.no-secrets', name: 'a GitHub token in the readme', record: connectorPackage((p) => (p.files['readme.md'] += `\nToken: ghp_${'a1B2'.repeat(9)}\n`)), file: 'readme.md' },
  // operations
  { rule: 'powerplatform.operation-id-required', name: 'no operationId', record: connectorPackage((p) => delete op(p).operationId), pointer: '/paths/~1orders/get' },
  { rule: 'powerplatform.operation-id-unique', name: 'IDs that differ in case', record: connectorPackage((p) => (op(p, '/orders', 'post').operationId = 'listorders')), pointer: '/paths/~1orders/post/operationId' },
  { rule: 'powerplatform.operation-id-format', name: 'a hyphen', record: connectorPackage((p) => (op(p).operationId = 'list-orders')), pointer: '/paths/~1orders/get/operationId', severity: 'warning' },
  { rule: 'powerplatform.operation-summary', name: 'no summary', record: connectorPackage((p) => delete op(p).summary), pointer: '/paths/~1orders/get' },
  { rule: 'powerplatform.operation-summary-length', name: 'a 90-character summary', record: connectorPackage((p) => (op(p).summary = 'List orders ' + 'a'.repeat(78))), pointer: '/paths/~1orders/get/summary' },
  { rule: 'powerplatform.operation-summary-chars', name: 'a slash and a period', record: connectorPackage((p) => (op(p).summary = 'List/find orders.')), pointer: '/paths/~1orders/get/summary' },
  { rule: 'powerplatform.operation-description', name: 'no description (error)', record: connectorPackage((p) => delete op(p).description), pointer: '/paths/~1orders/get', severity: 'error' },
  {
    rule: 'powerplatform.operation-description',
    name: 'not a sentence (notice: style advice)',
    record: connectorPackage((p) => (op(p).description = 'Lists the orders of a customer')),
    pointer: '/paths/~1orders/get/description',
    severity: 'notice',
  },
  { rule: 'powerplatform.summary-not-description', name: 'the same text twice', record: connectorPackage((p) => (op(p).description = 'List orders.')), pointer: '/paths/~1orders/get/description', severity: 'notice' },
  { rule: 'powerplatform.operation-visibility', name: 'no x-ms-visibility', record: connectorPackage((p) => delete op(p)['x-ms-visibility']), pointer: '/paths/~1orders/get' },
  { rule: 'powerplatform.operation-product-names', name: 'Power Automate in a description', record: connectorPackage((p) => (op(p).description = 'Lists orders for use in Power Automate.')), pointer: '/paths/~1orders/get/description' },
  { rule: 'powerplatform.trigger-text', name: 'a trigger summary that does not start with When', record: connectorPackage((p) => webhook(p, (t) => (t.summary = 'New order'))), pointer: '/paths/~1hooks/post/summary', severity: 'notice' },
  {
    rule: 'powerplatform.path-syntax',
    name: 'a query in the path',
    record: connectorPackage((p) => (p.swagger.paths['/search?q={q}'] = { get: { ...op(p), operationId: 'Search' } })),
    pointer: '/paths/~1search?q={q}',
  },
  {
    rule: 'powerplatform.path-unique',
    name: 'paths that differ only in case',
    record: connectorPackage((p) => (p.swagger.paths['/Orders'] = { get: { ...op(p), operationId: 'ListOrders2' } })),
    pointer: '/paths/~1Orders/get',
  },
  {
    rule: 'powerplatform.get-body',
    name: 'a body on GET',
    record: connectorPackage((p) => (op(p).parameters = [{ name: 'body', in: 'body', schema: { type: 'object' } }])),
    pointer: '/paths/~1orders/get/parameters/0',
  },
  {
    rule: 'powerplatform.deprecation-annotation',
    name: 'a replacement on an operation that is not deprecated',
    record: connectorPackage((p) => (op(p)['x-ms-api-annotation'] = { replacement: { api: 'contoso', operationId: 'GetOrder' } })),
    pointer: '/paths/~1orders/get/x-ms-api-annotation/replacement',
  },
  // parameters
  { rule: 'powerplatform.path-parameter-encoding', name: 'no x-ms-url-encoding', record: connectorPackage((p) => delete param(p)['x-ms-url-encoding']), pointer: '/paths/~1orders~1{orderId}/get/parameters/0' },
  {
    rule: 'powerplatform.query-parameter-encoding',
    name: 'encoding on a query parameter',
    record: connectorPackage((p) => (op(p).parameters[0]['x-ms-url-encoding'] = 'single')),
    pointer: '/paths/~1orders/get/parameters/0/x-ms-url-encoding',
  },
  {
    rule: 'powerplatform.reserved-parameter',
    name: 'a connectionId parameter',
    record: connectorPackage((p) => op(p).parameters.push({ name: 'connectionId', in: 'query', type: 'string', 'x-ms-summary': 'Connection', description: 'The connection.' })),
    pointer: '/paths/~1orders/get/parameters/1/name',
  },
  { rule: 'powerplatform.parameter-text', name: 'no x-ms-summary', record: connectorPackage((p) => delete param(p)['x-ms-summary']), pointer: '/paths/~1orders~1{orderId}/get/parameters/0' },
  {
    rule: 'powerplatform.internal-default-required',
    name: 'an optional internal parameter with a default',
    record: connectorPackage((p) => op(p).parameters.push({ name: 'format', in: 'query', type: 'string', default: 'json', 'x-ms-visibility': 'internal' })),
    pointer: '/paths/~1orders/get/parameters/1',
    severity: 'warning',
  },
  {
    rule: 'powerplatform.parameter-default-type',
    name: 'a string default on an integer',
    record: connectorPackage((p) => op(p).parameters.push({ name: 'top', in: 'query', type: 'integer', default: '10', 'x-ms-summary': 'Top', description: 'How many.' })),
    pointer: '/paths/~1orders/get/parameters/1/default',
  },
  {
    rule: 'powerplatform.formdata-parameter',
    name: 'a non-ASCII form field',
    record: connectorPackage((p) => {
      op(p, '/orders', 'post').consumes = ['multipart/form-data'];
      op(p, '/orders', 'post').parameters = [{ name: 'pièce', in: 'formData', type: 'file', 'x-ms-summary': 'File', description: 'The file.' }];
    }),
    pointer: '/paths/~1orders/post/parameters/0/name',
  },
  // responses
  {
    rule: 'powerplatform.response-success',
    name: 'only an error response',
    record: connectorPackage((p) => (op(p, '/orders/{orderId}').responses = { '404': { description: 'Not found.' } })),
    pointer: '/paths/~1orders~1{orderId}/get/responses',
  },
  {
    rule: 'powerplatform.response-schema',
    name: 'a 200 without schema',
    record: connectorPackage((p) => delete op(p, '/orders/{orderId}').responses['200'].schema),
    pointer: '/paths/~1orders~1{orderId}/get/responses/200',
    multitenantOnly: true,
  },
  {
    rule: 'powerplatform.default-response-schema',
    name: 'a default response with a schema',
    record: connectorPackage((p) => (op(p).responses.default.schema = { type: 'object' })),
    pointer: '/paths/~1orders/get/responses/default/schema',
    severity: 'warning',
    multitenantOnly: true,
  },
  {
    rule: 'powerplatform.one-response-schema',
    name: 'two responses with schemas',
    record: connectorPackage((p) => (op(p).responses['206'] = { description: 'Partial.', schema: { type: 'object' } })),
    pointer: '/paths/~1orders/get/responses',
  },
  // schemas
  { rule: 'powerplatform.schema-array-items', name: 'an array without items', record: connectorPackage((p) => (p.swagger.definitions.Order.properties.lines = { type: 'array' })), pointer: '/definitions/Order/properties/lines' },
  { rule: 'powerplatform.schema-enum', name: 'a duplicate enum value', record: connectorPackage((p) => (op(p).parameters[0].enum = ['open', 'open'])), pointer: '/paths/~1orders/get/parameters/0/enum/1' },
  {
    rule: 'powerplatform.schema-enum',
    name: 'x-ms-enum-values without displayName',
    record: connectorPackage((p) => (p.swagger.definitions.Order.properties.status = { type: 'string', enum: ['a'], 'x-ms-enum-values': [{ value: 'a' }] })),
    pointer: '/definitions/Order/properties/status/x-ms-enum-values/0',
  },
  { rule: 'powerplatform.schema-bounds', name: 'minLength above maxLength', record: connectorPackage((p) => Object.assign(p.swagger.definitions.Order.properties.id, { minLength: 5, maxLength: 2 })), pointer: '/definitions/Order/properties/id/minLength' },
  { rule: 'powerplatform.schema-bounds', name: 'a pattern that does not compile', record: connectorPackage((p) => (p.swagger.definitions.Order.properties.id.pattern = '([a-z')), pointer: '/definitions/Order/properties/id/pattern' },
  { rule: 'powerplatform.schema-required', name: 'a required name that is not a property', record: connectorPackage((p) => p.swagger.definitions.NewOrder.required.push('total')), pointer: '/definitions/NewOrder/required/1' },
  { rule: 'powerplatform.schema-empty', name: 'an empty property', record: connectorPackage((p) => (p.swagger.definitions.Order.properties.extra = {})), pointer: '/definitions/Order/properties/extra' },
  {
    rule: 'powerplatform.schema-editor',
    name: 'a dictionary editor without additionalProperties',
    record: connectorPackage((p) => (p.swagger.definitions.Order.properties.tags = { type: 'object', 'x-ms-editor': 'dictionary' })),
    pointer: '/definitions/Order/properties/tags/x-ms-editor',
  },
  {
    rule: 'powerplatform.schema-types',
    name: 'a file property inside an object',
    record: connectorPackage((p) => (p.swagger.definitions.Order.properties.attachment = { type: 'file' })),
    pointer: '/definitions/Order/properties/attachment/type',
  },
  {
    rule: 'powerplatform.schema-types',
    name: 'a discriminator that is not a required property',
    record: connectorPackage((p) => (p.swagger.definitions.Order.discriminator = 'kind')),
    pointer: '/definitions/Order/discriminator',
  },
  {
    rule: 'powerplatform.schema-text',
    name: 'properties without display names',
    record: connectorPackage((p) => delete p.swagger.definitions.Order.properties.customer['x-ms-summary']),
    pointer: '/definitions/Order/properties',
    severity: 'notice',
  },
  {
    rule: 'powerplatform.internal-default-required',
    name: 'an optional internal body property with a default',
    record: connectorPackage((p) => (p.swagger.definitions.NewOrder.properties.source = { type: 'string', default: 'flow', 'x-ms-visibility': 'internal' })),
    pointer: '/definitions/NewOrder/properties/source',
    severity: 'error',
  },
  { rule: 'powerplatform.english-text', name: 'a title in another script', record: connectorPackage((p) => (p.swagger.info.title = 'Заказы Контосо')), pointer: '/info/title' },
  // security, webhooks, paging, dynamic values
  { rule: 'powerplatform.security-defined', name: 'an undefined scheme', record: connectorPackage((p) => (p.swagger.security = [{ oauth: [] }])), pointer: '/security/0/oauth' },
  {
    rule: 'powerplatform.webhook-notification-url',
    name: 'a webhook without notification URL',
    record: connectorPackage((p) => webhook(p, (t) => (t.parameters[0].schema = { type: 'object', properties: { url: { type: 'string' } } }))),
    pointer: '/paths/~1hooks/post',
  },
  {
    rule: 'powerplatform.webhook-notification-url',
    name: 'a visible, optional notification URL',
    record: connectorPackage((p) => webhook(p, (t) => (t.parameters[0].schema = { type: 'object', properties: { url: { type: 'string', 'x-ms-notification-url': true } } }))),
    pointer: '/paths/~1hooks/post/parameters/0/schema/properties/url',
  },
  { rule: 'powerplatform.webhook-notification-content', name: 'no x-ms-notification-content', record: connectorPackage((p) => webhook(p, (t) => delete t['x-ms-notification-content'])), pointer: '/paths/~1hooks/post' },
  { rule: 'powerplatform.pageable', name: 'a custom nextLinkName', record: connectorPackage((p) => (op(p)['x-ms-pageable'] = { nextLinkName: 'next' })), pointer: '/paths/~1orders/get/x-ms-pageable/nextLinkName' },
  {
    rule: 'powerplatform.dynamic-references',
    name: 'dynamic values from a missing operation',
    record: connectorPackage((p) => (param(p)['x-ms-dynamic-values'] = { operationId: 'ListThings', 'value-path': 'id' })),
    pointer: '/paths/~1orders~1{orderId}/get/parameters/0/x-ms-dynamic-values/operationId',
  },
  {
    rule: 'powerplatform.dynamic-references',
    name: 'a parameter the operation does not take',
    record: connectorPackage((p) => (param(p)['x-ms-dynamic-values'] = { operationId: 'ListOrders', parameters: { region: 'eu' }, 'value-path': 'id' })),
    pointer: '/paths/~1orders~1{orderId}/get/parameters/0/x-ms-dynamic-values/parameters/region',
  },
  {
    rule: 'powerplatform.dynamic-references',
    name: 'dynamic values on a body parameter',
    record: connectorPackage((p) => (op(p, '/orders', 'post').parameters[0]['x-ms-dynamic-schema'] = { operationId: 'ListOrders', 'value-path': 'id' })),
    pointer: '/paths/~1orders/post/parameters/0/x-ms-dynamic-schema',
  },
  // icon and readme
  { rule: 'powerplatform.icon-required', name: 'a certified connector without icon', record: connectorPackage((p) => (p.files['icon.png'] = undefined)), severity: 'warning', multitenantOnly: true },
  { rule: 'powerplatform.icon-ip-absent', name: 'an independent publisher with an icon', record: ipConnectorPackage((p) => (p.files['icon.png'] = png(230, 230, BRAND))), file: 'icon.png' },
  { rule: 'powerplatform.icon-format', name: 'an icon that is not a PNG', record: connectorPackage((p) => (p.files['icon.png'] = 'GIF89a not really')), file: 'icon.png', severity: 'error' },
  { rule: 'powerplatform.icon-size', name: 'a 300×300 icon', record: connectorPackage((p) => (p.files['icon.png'] = png(300, 300, BRAND))), file: 'icon.png' },
  { rule: 'powerplatform.icon-size', name: 'a non-square icon', record: connectorPackage((p) => (p.files['icon.png'] = png(230, 200, BRAND))), file: 'icon.png' },
  { rule: 'powerplatform.icon-background', name: 'a transparent icon', record: connectorPackage((p) => (p.files['icon.png'] = png(230, 230, [0, 0, 0, 0]))), file: 'icon.png', severity: 'warning' },
  { rule: 'powerplatform.icon-background', name: 'a white icon', record: connectorPackage((p) => (p.files['icon.png'] = png(230, 230, [255, 255, 255, 255]))), file: 'icon.png', severity: 'warning' },
  {
    rule: 'powerplatform.icon-background',
    name: 'a background that differs from iconBrandColor',
    record: connectorPackage((p) => (p.files['icon.png'] = png(230, 230, [200, 30, 30, 255]))),
    file: 'apiProperties.json',
    pointer: '/properties/iconBrandColor',
    severity: 'notice',
  },
  {
    rule: 'powerplatform.readme-sections',
    name: 'a readme without the template sections',
    record: connectorPackage((p) => (p.files['readme.md'] = '# Contoso Orders\nOrders.\n')),
    file: 'readme.md',
    severity: 'warning',
  },
  {
    rule: 'powerplatform.readme-oauth',
    name: 'an OAuth connector whose readme says nothing about the app',
    record: connectorPackage((p) => {
      oauth(p);
      p.swagger.securityDefinitions = { oauth2_auth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://login.contoso.com/authorize', tokenUrl: 'https://login.contoso.com/token', scopes: {} } };
      p.swagger.security = [{ oauth2_auth: [] }];
    }),
    file: 'readme.md',
  },
  // Copilot plugin readiness
  { rule: 'powerplatform.openai-data', name: 'openai-enabled as a string', record: connectorPackage((p) => (p.swagger['x-ms-openai-data'] = { 'openai-enabled': 'yes' })), pointer: '/x-ms-openai-data' },
  {
    rule: 'powerplatform.openai-data',
    name: 'a plugin operation that does not exist',
    record: connectorPackage((p) => (p.swagger['x-ms-openai-data'] = { 'openai-enabled': true, operations: [{ operationId: 'Nope', 'x-ms-require-user-confirmation': false }] })),
    pointer: '/x-ms-openai-data/operations/0',
  },
  {
    rule: 'powerplatform.ai-keywords',
    name: 'a plugin without keywords',
    record: connectorPackage((p) => (p.swagger['x-ms-openai-data'] = { 'openai-enabled': true })),
    pointer: '/info',
    severity: 'notice',
  },
  {
    rule: 'powerplatform.ai-descriptions',
    name: 'a thin description in a plugin (warning)',
    record: connectorPackage((p) => {
      p.swagger['x-ms-openai-data'] = { 'openai-enabled': true };
      p.swagger.info['x-ms-keywords'] = ['orders'];
      op(p).description = 'Gets orders.';
    }),
    pointer: '/paths/~1orders/get/description',
    severity: 'warning',
  },
  { rule: 'powerplatform.ai-descriptions', name: 'a thin description elsewhere (notice)', record: connectorPackage((p) => (op(p).description = 'Gets orders.')), pointer: '/paths/~1orders/get/description', severity: 'notice' },
  { rule: 'powerplatform.mcp-protocol', name: 'an unknown agentic protocol', record: connectorPackage((p) => (op(p, '/orders', 'post')['x-ms-agentic-protocol'] = 'mcp')), pointer: '/paths/~1orders/post/x-ms-agentic-protocol' },
];


describe('each rule breaks on its fixture', () => {
  it.each(cases.map((c) => [c.rule, c.name, c] as const))('%s: %s', async (id, _name, c) => {
    const report = await check(c.record, { path: c.path });
    const found = findingsOf(report, id);
    expect(found.length, JSON.stringify(report.findings.map((f) => [f.ruleId, f.message]), null, 1)).toBeGreaterThan(0);
    const f = c.pointer !== undefined ? found.find((x) => x.pointer === c.pointer) : found[0];
    expect(f, `pointers: ${found.map((x) => x.pointer).join(', ')}`).toBeDefined();
    if (c.file !== undefined) expect(found.some((x) => x.file === c.file)).toBe(true);
    if (c.severity) expect(found.some((x) => x.severity === c.severity)).toBe(true);
    if (c.multitenantOnly) expect(f!.audiences).toEqual(['multitenant']);
    if (f!.pointer && /\.json$/.test(f!.file)) expect(f!.line).toBeGreaterThan(0);
  });
});

describe('each rule passes on the valid connectors', () => {
  const ids = powerPlatformRules.map((r) => r.id);
  it('every rule has a breaking fixture above', () => {
    expect(ids.filter((id) => !cases.some((c) => c.rule === id))).toEqual([]);
  });
  // The three valid connectors are checked once; each rule then looks at its own findings.
  let reports: Promise<PackageReport[]> | undefined;
  const valid = () => (reports ??= Promise.all([check(connectorPackage()), check(ipConnectorPackage()), check(customConnectorPackage())]));
  it.each(ids)('%s', async (id) => {
    const [certified, independent, custom] = await valid();
    expect(findingsOf(certified, id)).toEqual([]);
    expect(findingsOf(independent, id)).toEqual([]);
    // A tenant's own connector (no publisher, no stackOwner) meets every rule that applies within one tenant.
    expect(findingsOf(custom, id).filter((f) => f.audiences.includes('single-tenant'))).toEqual([]);
  });
});

describe('legacy conventions that stay allowed', () => {
  it('a webhook whose subscription response describes the payload needs no x-ms-notification-content', async () => {
    const report = await check(
      connectorPackage((p) =>
        webhook(p, (t) => {
          delete t['x-ms-notification-content'];
          t.responses['201'].schema = { $ref: '#/definitions/Order' };
        }),
      ),
    );
    expect(findingsOf(report, 'powerplatform.webhook-notification-content')).toEqual([]);
    expect(findingsOf(report, 'powerplatform.webhook-notification-url')).toEqual([]);
  });
  it('GlobalPerConnector passes the redirect rule, and a custom connector with Global is not blocked in its tenant', async () => {
    expect(findingsOf(await check(connectorPackage((p) => oauth(p))), 'powerplatform.oauth-redirect-mode')).toEqual([]);
    const report = await check(customConnectorPackage((p) => oauth(p, { redirectMode: 'Global' })));
    expect(findingsOf(report, 'powerplatform.oauth-redirect-mode')[0].severity).toBe('warning');
    expect(report.routes.find((r) => r.audience === 'single-tenant')!.eligible).toBe(true);
  });
});
