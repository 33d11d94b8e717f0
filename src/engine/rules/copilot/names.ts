// One name for one agent: manifest, declarative agent and plugins.
import { defineRule, MULTITENANT } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { asRecord, asString } from '../../util/values.js';
import { copilotFiles } from './shared/files.js';
import { at, hasPlaceholder, isLocalizationToken } from './shared/drafts.js';

export const nameConsistent = defineRule({
  id: 'copilot.name-consistent',
  title: 'The manifest, the declarative agent and its plugins carry the same name',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.agentValidation,
  description:
    'The agent validation guidelines require name.short in the app manifest, name in the declarative agent and name_for_human in each plugin to be identical: a Must fix, so an error for the Agent Store. Localized values ([[token]]) and unresolved ${{VAR}} placeholders are skipped: their final text is not in the file.',
  *check({ pkg, manifest }) {
    if (!manifest) return;
    const appName = asString(asRecord(asRecord(manifest.value)?.name)?.short);
    if (!appName || isLocalizationToken(appName) || hasPlaceholder(appName)) return;
    const files = copilotFiles(pkg, manifest.value);
    if (files.agents.length === 0) return;
    const differs = (v: unknown): v is string => typeof v === 'string' && !isLocalizationToken(v) && !hasPlaceholder(v) && v.trim() !== appName.trim();
    for (const agent of files.agents) {
      if (differs(agent.value?.name)) yield at(agent.path, '/name', `The agent is named "${agent.value.name}" but the app manifest's name.short is "${appName}"; the Agent Store requires the same name.`);
    }
    for (const plugin of files.plugins) {
      const name = plugin.value?.name_for_human;
      if (differs(name)) yield at(plugin.path, '/name_for_human', `The plugin's name_for_human is "${name}" but the app manifest's name.short is "${appName}"; the Agent Store requires the same name.`);
    }
  },
});
