// $schema of agent and plugin files: the URL the Agents Toolkit validates against must name the file's own version.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { asString } from '../../util/values.js';
import { at } from './shared/drafts.js';
import { copilotFiles } from './shared/files.js';
import { replaceFix, schemaUrlWithVersion } from '../../fix/drafts.js';
import { API_PLUGIN_VERSIONS, DECLARATIVE_AGENT_VERSIONS } from '../../schemas/catalog.js';
import type { FixDraft } from '../../types.js';

/** The version a $schema URL names, for agent (declarative-agent/v1.6/…) and plugin (plugin/v2.4/…) schemas. */
function namedVersion(url: string, family: 'declarative-agent' | 'plugin'): string | undefined {
  return new RegExp(`/copilot/${family}/(v\\d+\\.\\d+)/`, 'i').exec(url)?.[1];
}

/** $schema pointed at the declared version, when Microsoft publishes that version's schema. */
function urlFix(url: string, family: 'declarative-agent' | 'plugin', version: string): FixDraft | undefined {
  const known = family === 'plugin' ? API_PLUGIN_VERSIONS : DECLARATIVE_AGENT_VERSIONS;
  const fixed = known.includes(version) ? schemaUrlWithVersion(url, `/copilot/${family}`, version) : undefined;
  return fixed ? replaceFix(`Point $schema at the ${version} schema: "${fixed}".`, '/$schema', fixed) : undefined;
}

export const schemaUrlVersion = defineRule({
  id: 'copilot.schema-url-version',
  title: "$schema names the version the agent or plugin file declares",
  severity: 'warning',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.declarativeAgentManifest,
  description:
    "The Agents Toolkit validates a declarative agent or plugin file against the schema its $schema URL names, while the service reads `version` (agents) or `schema_version` (plugins). " +
    "When they differ, `atk validate` checks the file against the wrong version and fails (or passes what the service rejects). A warning: the packaged file itself is read by its declared version, which is what this tool checks.",
  *check({ pkg, manifest }) {
    if (!manifest) return;
    const files = copilotFiles(pkg, manifest.value);
    for (const agent of files.agents) {
      const version = asString(agent.value?.version);
      const url = asString(agent.value?.$schema) ?? '';
      const named = namedVersion(url, 'declarative-agent');
      if (version && named && named !== version) {
        const fix = urlFix(url, 'declarative-agent', version);
        yield at(agent.path, '/$schema', `"$schema" names declarative agent schema ${named} but "version" is ${version}; point $schema at the ${version} schema.`, fix ? { fix } : {});
      }
    }
    for (const plugin of files.plugins) {
      const version = asString(plugin.value?.schema_version);
      const url = asString(plugin.value?.$schema) ?? '';
      const named = namedVersion(url, 'plugin');
      if (version && named && named !== version) {
        const fix = urlFix(url, 'plugin', version);
        yield at(plugin.path, '/$schema', `"$schema" names plugin schema ${named} but "schema_version" is ${version}; point $schema at the ${version} schema.`, fix ? { fix } : {});
      }
    }
  },
});
