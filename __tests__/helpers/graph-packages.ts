// Builders for Graph connector packages: a standalone definition that passes every graph rule, and a Teams app
// that carries a connector (validManifest() plus graphConnector and webApplicationInfo).
import { graphRules } from '../../src/engine/rules/graph/index.js';
import type { AudienceOption, PackageReport } from '../../src/engine/types.js';
import { check, teamsPackage, validManifest, type FileRecord } from './packages.js';

export const CONNECTOR_APP_ID = '5d8e2a1b-3c4f-4a6b-8d9e-0f1a2b3c4d5e';
export const DEFINITION_FILE = 'contoso-tickets.json';

type Json = Record<string, unknown>;

/** Schema properties that satisfy every schema rule (labels title/url/iconUrl, relevance labels, descriptions). */
export function validProperties(): Json[] {
  return [
    { name: 'title', type: 'string', isSearchable: true, isQueryable: true, isRetrievable: true, labels: ['title'], description: 'Short summary of the ticket' },
    { name: 'ticketId', type: 'string', isQueryable: true, isRetrievable: true, isExactMatchRequired: true, aliases: ['ticketNumber'], description: 'Service desk ticket number, such as CT1042' },
    { name: 'status', type: 'string', isQueryable: true, isRetrievable: true, isRefinable: true, description: 'Open, in progress or closed' },
    { name: 'url', type: 'string', isRetrievable: true, labels: ['url'] },
    { name: 'iconUrl', type: 'string', isRetrievable: true, labels: ['iconUrl'] },
    { name: 'updated', type: 'dateTime', isQueryable: true, isRetrievable: true, labels: ['lastModifiedDateTime'], description: 'When the ticket last changed' },
    { name: 'updatedBy', type: 'string', isRetrievable: true, labels: ['lastModifiedBy'] },
  ];
}

export function validSchema(overrides: Json = {}): Json {
  return { baseType: 'microsoft.graph.externalItem', properties: validProperties(), ...overrides };
}

export function validResolver(overrides: Json = {}): Json {
  return {
    '@odata.type': '#microsoft.graph.externalConnectors.itemIdResolver',
    priority: 1,
    itemId: '{ticketId}',
    urlMatchInfo: { baseUrls: ['https://desk.contoso.com'], urlPattern: '/tickets/(?<ticketId>[A-Za-z0-9]+)' },
    ...overrides,
  };
}

export function validTemplate(overrides: Json = {}): Json {
  return {
    id: 'ticketCard',
    priority: 1,
    layout: { type: 'AdaptiveCard', version: '1.3', body: [{ type: 'TextBlock', text: '${title}' }] },
    rules: [{ property: 'status', operation: 'equals', valuesJoinedBy: 'or', values: ['open'] }],
    ...overrides,
  };
}

export function validConnection(overrides: Json = {}): Json {
  return {
    id: 'contosotickets',
    name: 'Contoso Service Desk',
    description:
      'IT incidents and service requests from the Contoso Service Desk (also called CSD or the helpdesk). Engineers use it to look up outages, fixes and workarounds by ticket number, status or product.',
    contentCategory: 'taskManagement',
    activitySettings: { urlToItemResolvers: [validResolver()] },
    searchSettings: { searchResultTemplates: [validTemplate()] },
    ...overrides,
  };
}

/** One file holding the connection with its schema inline (the layout most samples use). */
export function validDefinition(connection: Json = validConnection(), schema: unknown = validSchema()): Json {
  return { ...connection, schema };
}

/** A standalone connector package: one definition file (or the given files). */
export function graphPackage(definition: unknown = validDefinition(), file = DEFINITION_FILE): FileRecord {
  return { [file]: JSON.stringify(definition, null, 2) };
}

/** validDefinition() with one schema property replaced or added (index past the end appends). */
export function definitionWithProperty(index: number, property: unknown): Json {
  const properties: unknown[] = validProperties();
  properties[index] = property;
  return validDefinition(validConnection(), validSchema({ properties }));
}

export function graphConnectorManifest(overrides: Json = {}): Json {
  return validManifest({
    webApplicationInfo: { id: CONNECTOR_APP_ID, resource: `api://${CONNECTOR_APP_ID}` },
    graphConnector: { notificationUrl: 'https://orders.contoso.com/api/notification' },
    ...overrides,
  });
}

export function graphConnectorTeamsPackage(manifest: Json = graphConnectorManifest()): FileRecord {
  return teamsPackage(manifest);
}

/** Runs only the Graph rules, so a test sees what this family says. */
export function checkGraph(record: FileRecord, options: { audience?: AudienceOption } = {}): Promise<PackageReport> {
  return check(record, { rules: graphRules, ...options });
}
