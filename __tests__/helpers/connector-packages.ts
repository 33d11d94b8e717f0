// Builders for in-memory Power Platform connectors: a certified connector that passes every rule, and variants.
import { png, type FileRecord } from './packages.js';

export const BRAND: [number, number, number, number] = [0x1f, 0x5a, 0x96, 255];
export const BRAND_HEX = '#1f5a96';

export function validSwagger(): Record<string, any> {
  return {
    swagger: '2.0',
    info: {
      title: 'Contoso Orders',
      description: 'Contoso Orders manages customer orders: find orders by customer or status, create new orders and track their delivery.',
      version: '1.0.0',
      contact: { name: 'Contoso Support', url: 'https://support.contoso.com', email: 'support@contoso.com' },
    },
    host: 'orders.contoso.com',
    basePath: '/v1',
    schemes: ['https'],
    consumes: ['application/json'],
    produces: ['application/json'],
    paths: {
      '/orders': {
        get: {
          operationId: 'ListOrders',
          summary: 'List orders',
          description: 'Lists the orders of a customer, newest first, optionally filtered by status.',
          'x-ms-visibility': 'important',
          parameters: [
            {
              name: 'status',
              in: 'query',
              type: 'string',
              required: false,
              enum: ['open', 'shipped'],
              'x-ms-summary': 'Status',
              description: 'Only return orders with this status, for example open or shipped.',
            },
          ],
          responses: {
            '200': { description: 'The orders.', schema: { type: 'array', items: { $ref: '#/definitions/Order' } } },
            default: { description: 'The request failed.' },
          },
        },
        post: {
          operationId: 'CreateOrder',
          summary: 'Create an order',
          description: 'Creates a new order for a customer and returns the order with its number.',
          'x-ms-visibility': 'important',
          parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/NewOrder' } }],
          responses: { '201': { description: 'The created order.', schema: { $ref: '#/definitions/Order' } } },
        },
      },
      '/orders/{orderId}': {
        get: {
          operationId: 'GetOrder',
          summary: 'Get an order',
          description: 'Gets one order by its number, with its lines and delivery status.',
          'x-ms-visibility': 'advanced',
          parameters: [
            {
              name: 'orderId',
              in: 'path',
              type: 'string',
              required: true,
              'x-ms-url-encoding': 'single',
              'x-ms-summary': 'Order Number',
              description: 'The number of the order, as shown on the invoice.',
            },
          ],
          responses: { '200': { description: 'The order.', schema: { $ref: '#/definitions/Order' } } },
        },
      },
    },
    definitions: {
      Order: {
        type: 'object',
        required: ['id'],
        properties: {
          id: { type: 'string', 'x-ms-summary': 'Order Number', description: 'The order number.' },
          customer: { type: 'string', 'x-ms-summary': 'Customer', description: 'The customer name.' },
          status: { type: 'string', 'x-ms-summary': 'Status', description: 'The order status.' },
        },
      },
      NewOrder: {
        type: 'object',
        required: ['customer'],
        properties: {
          customer: { type: 'string', 'x-ms-summary': 'Customer', description: 'The customer who places the order.' },
          note: { type: 'string', 'x-ms-summary': 'Note', description: 'A note for the warehouse.' },
        },
      },
    },
    securityDefinitions: { api_key: { type: 'apiKey', in: 'header', name: 'X-Api-Key' } },
    security: [{ api_key: [] }],
    'x-ms-connector-metadata': [
      { propertyName: 'Website', propertyValue: 'https://www.contoso.com' },
      { propertyName: 'Privacy policy', propertyValue: 'https://www.contoso.com/privacy' },
      { propertyName: 'Categories', propertyValue: 'Sales and CRM;Productivity' },
    ],
  };
}

export function validApiProperties(): Record<string, any> {
  return {
    properties: {
      connectionParameters: {
        api_key: { type: 'securestring', uiDefinition: { displayName: 'API Key', description: 'Your Contoso API key', tooltip: 'Provide your API key', constraints: { tabIndex: 2, clearText: false, required: 'true' } } },
      },
      iconBrandColor: BRAND_HEX,
      capabilities: ['actions'],
      publisher: 'Contoso Ltd',
      stackOwner: 'Contoso Ltd',
    },
  };
}

export const VALID_README = `# Contoso Orders
Contoso Orders is an order management service. This connector lets you list, read and create orders from flows and apps.

## Publisher: Contoso Ltd

## Prerequisites
A Contoso Orders subscription.

## Supported Operations
### List orders
Lists orders.
### Get an order
Gets one order.
### Create an order
Creates an order.

## Obtaining Credentials
Create an API key in the Contoso Orders portal under Settings.

## Known Issues and Limitations
None.

## Deployment Instructions
Run paconn create with the files of this folder.
`;

export interface ConnectorParts {
  swagger: Record<string, any>;
  props: Record<string, any>;
  files: Record<string, string | Uint8Array | object | undefined>;
}

/** The files of a connector; `edit` changes the parsed swagger, apiProperties or file list before they are written. */
export function connectorPackage(edit: (parts: ConnectorParts) => void = () => undefined): FileRecord {
  const parts: ConnectorParts = {
    swagger: validSwagger(),
    props: validApiProperties(),
    files: { 'icon.png': png(230, 230, BRAND), 'readme.md': VALID_README },
  };
  edit(parts);
  const record: Record<string, string | Uint8Array | object | undefined> = {
    'apiDefinition.swagger.json': JSON.stringify(parts.swagger, null, 2),
    'apiProperties.json': JSON.stringify(parts.props, null, 2),
    ...parts.files,
  };
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as FileRecord;
}

/** An independent-publisher connector: #da3b01, a person as publisher, the service owner as stackOwner, no icon. */
export function ipConnectorPackage(edit: (parts: ConnectorParts) => void = () => undefined): FileRecord {
  return connectorPackage((p) => {
    p.props.properties.iconBrandColor = '#da3b01';
    p.props.properties.publisher = 'Jane Doe';
    p.props.properties.stackOwner = 'Contoso Ltd';
    p.files['icon.png'] = undefined;
    edit(p);
  });
}

/** A tenant's own connector: no publisher or stackOwner, no metadata, no readme. */
export function customConnectorPackage(edit: (parts: ConnectorParts) => void = () => undefined): FileRecord {
  return connectorPackage((p) => {
    delete p.props.properties.publisher;
    delete p.props.properties.stackOwner;
    edit(p);
  });
}

/**
 * The valid connector with dynamic values and a dynamic schema: CreateOrder's body takes the fields of the order type
 * the user picks, listed by ListOrderTypes and described by GetOrderSchema (both internal operations).
 */
export function dynamicSchemaConnectorPackage(edit: (parts: ConnectorParts) => void = () => undefined): FileRecord {
  return connectorPackage((p) => {
    p.swagger.paths['/orders'].post.parameters = [
      {
        name: 'orderType',
        in: 'query',
        type: 'string',
        required: true,
        'x-ms-summary': 'Order type',
        description: 'The kind of order to create, for example standard or rush.',
        'x-ms-dynamic-values': { operationId: 'ListOrderTypes', 'value-collection': 'value', 'value-path': 'id', 'value-title': 'name' },
      },
      {
        name: 'body',
        in: 'body',
        required: true,
        schema: {
          type: 'object',
          'x-ms-dynamic-schema': { operationId: 'GetOrderSchema', parameters: { orderType: { parameter: 'orderType' } }, 'value-path': 'schema' },
        },
      },
    ];
    p.swagger.paths['/orderTypes'] = {
      get: {
        operationId: 'ListOrderTypes',
        summary: 'List order types',
        description: 'Lists the order types a customer can place, for the order type picker.',
        'x-ms-visibility': 'internal',
        responses: {
          '200': {
            description: 'The order types.',
            schema: {
              type: 'object',
              properties: {
                value: {
                  type: 'array',
                  'x-ms-summary': 'Order types',
                  description: 'The order types.',
                  items: {
                    type: 'object',
                    properties: {
                      id: { type: 'string', 'x-ms-summary': 'Type id', description: 'The order type id.' },
                      name: { type: 'string', 'x-ms-summary': 'Type name', description: 'The order type name.' },
                    },
                  },
                },
              },
            },
          },
        },
      },
    };
    p.swagger.paths['/orderTypes/{orderType}/schema'] = {
      get: {
        operationId: 'GetOrderSchema',
        summary: 'Get the order schema',
        description: 'Gets the JSON schema of the fields an order of this type takes.',
        'x-ms-visibility': 'internal',
        parameters: [
          { name: 'orderType', in: 'path', type: 'string', required: true, 'x-ms-url-encoding': 'single', 'x-ms-summary': 'Order type', description: 'The order type id.' },
        ],
        responses: {
          '200': {
            description: 'The schema.',
            schema: { type: 'object', properties: { schema: { type: 'object', 'x-ms-summary': 'Schema', description: 'The JSON schema of the order fields.' } } },
          },
        },
      },
    };
    edit(p);
  });
}
