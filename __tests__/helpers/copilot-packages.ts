// Builders for valid Copilot packages: a declarative agent with an API plugin and its OpenAPI document,
// and an API-based message extension. Each test breaks one thing on top of them.
import { teamsPackage, validManifest, type FileRecord } from './packages.js';

export const AGENT_NAME = 'Contoso Orders';

/** manifest.json (1.19) declaring one declarative agent, with no message extension. */
export function agentManifest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return validManifest({
    composeExtensions: undefined,
    copilotAgents: { declarativeAgents: [{ id: 'contosoOrdersAgent', file: 'declarativeAgent.json' }] },
    ...overrides,
  });
}

export function validAgent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    $schema: 'https://developer.microsoft.com/json-schemas/copilot/declarative-agent/v1.6/schema.json',
    version: 'v1.6',
    name: AGENT_NAME,
    description: 'Finds Contoso orders and creates new orders for customers.',
    instructions: 'Help sales staff find Contoso orders by customer, status or date, and create orders when asked. Always confirm the customer before creating an order.',
    conversation_starters: [
      { title: 'Open orders', text: 'Which orders for Adventure Works are still open?' },
      { title: 'Late deliveries', text: 'Show orders that shipped late last week' },
      { title: 'New order', text: 'Create an order for 10 chairs for Fabrikam' },
    ],
    actions: [{ id: 'contosoOrdersPlugin', file: 'ai-plugin.json' }],
    ...overrides,
  };
}

export function orderFunction(name: string, description: string): Record<string, unknown> {
  return {
    name,
    description,
    capabilities: {
      response_semantics: {
        data_path: '$.orders',
        properties: { title: '$.id', subtitle: '$.status', url: '$.link' },
        static_template: { file: 'cards/order.json' },
      },
    },
  };
}

export function validPlugin(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    $schema: 'https://developer.microsoft.com/json-schemas/copilot/plugin/v2.2/schema.json',
    schema_version: 'v2.2',
    namespace: 'contosoorders',
    name_for_human: AGENT_NAME,
    description_for_human: 'Find and create Contoso orders.',
    description_for_model: 'Use this plugin to list Contoso orders filtered by customer or status, and to create a new order.',
    functions: [orderFunction('listOrders', 'Lists orders, filtered by customer name or status.'), orderFunction('createOrder', 'Creates an order for a customer.')],
    runtimes: [{ type: 'OpenApi', auth: { type: 'None' }, spec: { url: 'openapi.yaml' }, run_for_functions: ['listOrders', 'createOrder'] }],
    ...overrides,
  };
}

/** A valid OpenAPI 3.0 document in YAML: GET /orders (listOrders), POST /orders (createOrder). */
export function openApiYaml(extra: { server?: string; postExtra?: string; schemaRef?: string } = {}): string {
  return `openapi: 3.0.3
info:
  title: Contoso Orders
  description: Orders of Contoso customers
  version: 1.0.0
servers:
  - url: ${extra.server ?? 'https://orders.contoso.com/api'}
paths:
  /orders:
    get:
      operationId: listOrders
      description: Lists orders by customer or status
      parameters:
        - name: customer
          in: query
          description: Customer name
          schema:
            type: string
        - name: status
          in: query
          description: Order status such as open or shipped
          schema:
            type: string
      responses:
        '200':
          description: Matching orders
          content:
            application/json:
              schema:
                $ref: '${extra.schemaRef ?? '#/components/schemas/OrderList'}'
    post:
      operationId: createOrder
      description: Creates an order${extra.postExtra ?? ''}
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                customer:
                  type: string
                item:
                  type: string
      responses:
        '201':
          description: The created order
components:
  schemas:
    OrderList:
      type: object
      properties:
        orders:
          type: array
          items:
            type: object
            properties:
              id:
                type: string
              status:
                type: string
`;
}

export function orderCard(version = '1.5'): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version,
    body: [
      { type: 'TextBlock', text: '${id}', weight: 'Bolder' },
      { type: 'TextBlock', text: 'Status: ${status}' },
      { type: 'TextBlock', text: 'Customer: ${customer}' },
    ],
    metadata: { webUrl: '${link}' },
  };
}

type Parts = Record<string, string | Uint8Array | object | undefined>;

/** A declarative agent with one API plugin and its OpenAPI document; `files` replaces or removes entries. */
export function agentPackage(
  parts: { manifest?: Record<string, unknown>; agent?: Record<string, unknown>; plugin?: Record<string, unknown>; files?: Parts } = {},
): FileRecord {
  return teamsPackage(parts.manifest ?? agentManifest(), {
    'declarativeAgent.json': JSON.stringify(parts.agent ?? validAgent(), null, 2),
    'ai-plugin.json': JSON.stringify(parts.plugin ?? validPlugin(), null, 2),
    'openapi.yaml': openApiYaml(),
    'cards/order.json': JSON.stringify(orderCard(), null, 2),
    ...parts.files,
  });
}

/** An API-based message extension command bound to listOrders. */
export function apiCommand(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'listOrders',
    type: 'query',
    title: 'Find orders',
    description: 'Find Contoso orders by customer name or order status',
    semanticDescription: 'Searches Contoso orders. Use it when the user asks about orders of a customer or orders in a given status.',
    samplePrompts: [{ text: 'Find open orders for Fabrikam' }, { text: 'Which Contoso orders have shipped?' }, { text: 'Show orders for Adventure Works' }],
    context: ['compose', 'commandBox'],
    apiResponseRenderingTemplateFile: 'responseTemplates/listOrders.json',
    parameters: [
      { name: 'customer', title: 'Customer', description: 'Name of the customer, for example Fabrikam', inputType: 'text' },
      { name: 'status', title: 'Status', description: 'Order status such as open or shipped', inputType: 'text' },
    ],
    ...overrides,
  };
}

export function apiMeManifest(extension: Record<string, unknown> = {}, command: Record<string, unknown> = {}): Record<string, unknown> {
  return validManifest({
    composeExtensions: [{ composeExtensionType: 'apiBased', apiSpecificationFile: 'openapi.yaml', commands: [apiCommand(command)], ...extension }],
  });
}

export function responseTemplate(cardVersion = '1.5'): Record<string, unknown> {
  return {
    version: '1.0',
    jsonPath: 'orders',
    responseLayout: 'list',
    responseCardTemplate: orderCard(cardVersion),
    previewCardTemplate: { title: '${id}', subtitle: '${status}' },
  };
}

/** A package with an API-based message extension; `files` replaces or removes entries. */
export function apiMePackage(manifest: Record<string, unknown> = apiMeManifest(), files: Parts = {}): FileRecord {
  return teamsPackage(manifest, {
    'openapi.yaml': openApiYaml(),
    'responseTemplates/listOrders.json': JSON.stringify(responseTemplate(), null, 2),
    ...files,
  });
}

/** What an MCP server's tools/list returns for the Contoso orders server: one read-only tool, one that writes. */
export function mcpTools(): { tools: Array<Record<string, unknown>> } {
  return {
    tools: [
      {
        name: 'search_orders',
        description: 'Finds Contoso orders by customer name or order status.',
        inputSchema: { type: 'object', properties: { customer: { type: 'string', description: 'Customer name' } } },
        annotations: { readOnlyHint: true },
      },
      {
        name: 'create_order',
        description: 'Creates an order for a customer.',
        inputSchema: { type: 'object', properties: { customer: { type: 'string' }, item: { type: 'string' } }, required: ['customer', 'item'] },
      },
    ],
  };
}

/** A v2.4 API plugin whose actions come from a remote MCP server, with pinned tools in mcp-tools.json. */
export function mcpPlugin(overrides: Record<string, unknown> = {}, spec: Record<string, unknown> = { url: 'https://mcp.contoso.com/mcp', mcp_tool_description: { file: 'mcp-tools.json' } }): Record<string, unknown> {
  return {
    $schema: 'https://developer.microsoft.com/json-schemas/copilot/plugin/v2.4/schema.json',
    schema_version: 'v2.4',
    namespace: 'contosoorders',
    name_for_human: AGENT_NAME,
    description_for_human: 'Find and create Contoso orders.',
    description_for_model: 'Use this plugin to find Contoso orders by customer or status, and to create an order.',
    functions: [
      { name: 'search_orders', description: 'Finds Contoso orders by customer name or order status.' },
      { name: 'create_order', description: 'Creates an order for a customer.' },
    ],
    runtimes: [{ type: 'RemoteMCPServer', auth: { type: 'OAuthPluginVault', reference_id: 'contoso-orders-oauth' }, spec, run_for_functions: ['search_orders', 'create_order'] }],
    ...overrides,
  };
}

/** A declarative agent (schema v1.8) whose one action is an MCP plugin: the clean MCP-based agent package. */
export function mcpAgentPackage(parts: { manifest?: Record<string, unknown>; agent?: Record<string, unknown>; plugin?: Record<string, unknown>; files?: Parts } = {}): FileRecord {
  const agent = parts.agent ?? validAgent({ $schema: 'https://developer.microsoft.com/json-schemas/copilot/declarative-agent/v1.8/schema.json', version: 'v1.8' });
  return teamsPackage(parts.manifest ?? agentManifest(), {
    'declarativeAgent.json': JSON.stringify(agent, null, 2),
    'ai-plugin.json': JSON.stringify(parts.plugin ?? mcpPlugin(), null, 2),
    'mcp-tools.json': JSON.stringify(mcpTools(), null, 2),
    ...parts.files,
  });
}

export const SKILL_MD = `---
name: order-triage
description: Triages late Contoso orders. Use when a user asks why an order is late or what to do about it.
---

# Order triage

1. Look the order up with the Contoso orders connector.
2. Compare its promised and actual dates, then suggest the next step from references/escalation.md.
`;

/** manifest.json 1.28 with an agent connector (a remote MCP server with pinned tools) and one agent skill. */
export function skillsAndConnectorsManifest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return validManifest({
    $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.28/MicrosoftTeams.schema.json',
    manifestVersion: '1.28',
    description: {
      short: 'Contoso order tools for agents in Microsoft 365.',
      full: 'Gives agents in Microsoft 365 Copilot the Contoso orders server and an order triage skill: ask Copilot why an order is late and what to do about it.',
    },
    composeExtensions: undefined,
    agentConnectors: [
      {
        id: 'contoso-orders',
        displayName: 'Contoso Orders',
        description: 'Finds and creates Contoso orders.',
        toolSource: {
          remoteMcpServer: {
            mcpServerUrl: 'https://mcp.contoso.com/mcp',
            mcpToolDescription: { file: 'connector-tools.json' },
            authorization: { type: 'OAuthPluginVault', referenceId: 'contoso-orders-oauth' },
          },
        },
      },
    ],
    agentSkills: [{ folder: 'skills/order-triage' }],
    ...overrides,
  });
}

/** The clean manifest 1.28 package with agent skills and agent connectors; `files` replaces or removes entries. */
export function skillsAndConnectorsPackage(manifest: Record<string, unknown> = skillsAndConnectorsManifest(), files: Parts = {}): FileRecord {
  return teamsPackage(manifest, {
    'connector-tools.json': JSON.stringify(mcpTools(), null, 2),
    'skills/order-triage/SKILL.md': SKILL_MD,
    'skills/order-triage/references/escalation.md': '# Escalation\n\nOrders more than five days late go to the account manager.\n',
    ...files,
  });
}
