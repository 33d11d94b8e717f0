// $schema of agent and plugin files: the URL the Agents Toolkit validates against must name the file's own version.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { asString } from '../../util/values.js';
import { at } from './shared/drafts.js';
import { copilotFiles } from './shared/files.js';

/** The version a $schema URL names, for agent (declarative-agent/v1.6/…) and plugin (plugin/v2.4/…) schemas. */
function namedVersion(url: string, family: 'declarative-agent' | 'plugin'): string | undefined {
  return new RegExp(`/copilot/${family}/(v\\d+\\.\\d+)/`, 'i').exec(url)?.[1];
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
      const named = namedVersion(asString(agent.value?.$schema) ?? '', 'declarative-agent');
      if (version && named && named !== version) {
        yield at(agent.path, '/$schema', `"$schema" names declarative agent schema ${named} but "version" is ${version}; point $schema at the ${version} schema.`);
      }
    }
    for (const plugin of files.plugins) {
      const version = asString(plugin.value?.schema_version);
      const named = namedVersion(asString(plugin.value?.$schema) ?? '', 'plugin');
      if (version && named && named !== version) {
        yield at(plugin.path, '/$schema', `"$schema" names plugin schema ${named} but "schema_version" is ${version}; point $schema at the ${version} schema.`);
      }
    }
  },
});
