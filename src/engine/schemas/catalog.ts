// Microsoft's official JSON schemas, as shipped by the @microsoft/app-manifest package.
// They are read from disk (never fetched) and compiled at most once per schema per process.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixSchemaText } from './ajv-setup.mjs';

export type SchemaFamily = 'teams' | 'teams-localization' | 'declarative-agent' | 'api-plugin';

/** Teams manifest versions Microsoft publishes. There is no 1.18. */
export const TEAMS_MANIFEST_VERSIONS: readonly string[] = [
  ...Array.from({ length: 18 }, (_, i) => `1.${i}`),
  ...Array.from({ length: 12 }, (_, i) => `1.${i + 19}`),
  'devPreview',
];
export const DECLARATIVE_AGENT_VERSIONS: readonly string[] = ['v1.0', 'v1.2', 'v1.3', 'v1.4', 'v1.5', 'v1.6', 'v1.7', 'v1.8'];
export const API_PLUGIN_VERSIONS: readonly string[] = ['v2.1', 'v2.2', 'v2.3', 'v2.4'];

let schemaRoot: string | undefined;

/** Points the catalog at another schema root (tests of compiled validators); undefined restores the search. */
export function setSchemaRootDir(dir: string | undefined): void {
  schemaRoot = dir;
}

/** The folder holding `teams/` and `copilot/`: beside the bundle in dist/, else the installed package. */
export function schemaRootDir(): string {
  if (schemaRoot) return schemaRoot;
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'schemas'), join(here, '..', 'schemas')];
  const has = (c: string) => existsSync(join(c, 'teams', 'v1.0', 'MicrosoftTeams.schema.json'));
  // The bundle's own copy first; the installed package (sources run by tests) is resolved only without one.
  if (!candidates.some(has)) {
    try {
      const require = createRequire(import.meta.url);
      candidates.push(join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas'));
    } catch {
      // not installed: only the bundled copy can serve
    }
  }
  const found = candidates.find(has);
  if (!found) throw new Error(`Microsoft's JSON schemas were not found (looked in ${candidates.join(', ')})`);
  schemaRoot = found;
  return found;
}

/** Relative path of a schema file under the schema root, or undefined for an unknown version. */
export function schemaFile(family: SchemaFamily, version: string): string | undefined {
  switch (family) {
    case 'teams':
      return TEAMS_MANIFEST_VERSIONS.includes(version) ? `teams/${teamsFolder(version)}/MicrosoftTeams.schema.json` : undefined;
    case 'teams-localization': {
      if (!TEAMS_MANIFEST_VERSIONS.includes(version)) return undefined;
      const rel = `teams/${teamsFolder(version)}/MicrosoftTeams.Localization.schema.json`;
      return existsSync(join(schemaRootDir(), rel)) ? rel : undefined;
    }
    case 'declarative-agent': {
      const v = version.startsWith('v') ? version : `v${version}`;
      return DECLARATIVE_AGENT_VERSIONS.includes(v) ? `copilot/declarative-agent/${v}/schema.json` : undefined;
    }
    case 'api-plugin': {
      const v = version.startsWith('v') ? version : `v${version}`;
      return API_PLUGIN_VERSIONS.includes(v) ? `copilot/plugin/${v}/schema.json` : undefined;
    }
  }
}

function teamsFolder(version: string): string {
  return version === 'devPreview' ? 'vDevPreview' : `v${version}`;
}

export function loadSchemaJson(relPath: string): Record<string, unknown> {
  return JSON.parse(fixSchemaText(readFileSync(join(schemaRootDir(), relPath), 'utf8'))) as Record<string, unknown>;
}
