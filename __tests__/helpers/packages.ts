// Builders for in-memory packages, so every rule test can state the one thing it breaks.
import { PNG } from 'pngjs';
import { checkView } from '../../src/engine/check.js';
import { viewFromRecord } from '../../src/engine/read/package-view.js';
import type { Rule } from '../../src/engine/rules/rule.js';
import type { AudienceOption, Finding, PackageReport } from '../../src/engine/types.js';

export type FileRecord = Record<string, string | Uint8Array | object>;

/** A solid-colour PNG of the given size; `rgba` per pixel (default opaque blue). */
export function png(width: number, height: number, rgba: [number, number, number, number] = [0, 90, 200, 255]): Uint8Array {
  const img = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) img.data.set(rgba, i * 4);
  return PNG.sync.write(img);
}

/** A valid outline icon: 32×32, white on transparent. */
export function outlinePng(): Uint8Array {
  const img = new PNG({ width: 32, height: 32 });
  for (let y = 0; y < 32; y++)
    for (let x = 0; x < 32; x++) img.data.set(x > 8 && x < 24 && y > 8 && y < 24 ? [255, 255, 255, 255] : [0, 0, 0, 0], (y * 32 + x) * 4);
  return PNG.sync.write(img);
}

export const APP_ID = '2f4b1c9e-8d3a-4e5f-9b6c-7a8d9e0f1a2b';
export const BOT_ID = '6c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

/** A manifest that passes every rule: a message extension usable as a Copilot plugin (manifest 1.19). */
export function validManifest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.schema.json',
    manifestVersion: '1.19',
    version: '1.0.0',
    id: APP_ID,
    developer: {
      name: 'Contoso Ltd',
      websiteUrl: 'https://www.contoso.com',
      privacyUrl: 'https://www.contoso.com/privacy',
      termsOfUseUrl: 'https://www.contoso.com/terms',
    },
    name: { short: 'Contoso Orders', full: 'Contoso Orders for Microsoft 365' },
    description: {
      short: 'Find and share Contoso orders in chats and Copilot.',
      full: 'Search Contoso orders by customer, status or date, insert order cards into conversations, and ask Microsoft 365 Copilot about order status and delivery dates.',
    },
    icons: { color: 'color.png', outline: 'outline.png' },
    accentColor: '#FFFFFF',
    composeExtensions: [
      {
        botId: BOT_ID,
        commands: [
          {
            id: 'searchOrders',
            type: 'query',
            title: 'Search orders',
            description: 'Find Contoso orders by customer name, order status or order date',
            context: ['compose', 'commandBox'],
            parameters: [
              {
                name: 'customer',
                title: 'Customer',
                description: 'Name of the customer who placed the order, for example Adventure Works',
                inputType: 'text',
              },
            ],
          },
        ],
      },
    ],
    permissions: ['identity'],
    validDomains: ['orders.contoso.com'],
    ...overrides,
  };
}

/** The files of a valid Teams app package; `files` adds or replaces entries (undefined removes one). */
export function teamsPackage(manifest: Record<string, unknown> = validManifest(), files: Record<string, string | Uint8Array | object | undefined> = {}): FileRecord {
  const record: Record<string, string | Uint8Array | object | undefined> = {
    'manifest.json': JSON.stringify(manifest, null, 2),
    'color.png': png(192, 192),
    'outline.png': outlinePng(),
    ...files,
  };
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as FileRecord;
}

/** Runs the engine (all rules, or the given ones) on an in-memory package. */
export function check(record: FileRecord, options: { rules?: readonly Rule[]; audience?: AudienceOption; path?: string } = {}): Promise<PackageReport> {
  const view = viewFromRecord(options.path ?? 'test.zip', record, 'zip');
  return checkView(view, [], options.path ?? 'test.zip', { audience: options.audience ?? 'both', rules: options.rules });
}

export function findingsOf(report: PackageReport, ruleId: string): Finding[] {
  return report.findings.filter((f) => f.ruleId === ruleId);
}
