// Credentials in submitted files.
import { defineRule, MULTITENANT } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { connectorOf } from './shared/connector.js';
import { mayHoldToken, TOKEN_PATTERNS } from './shared/secrets.js';

export const noSecrets = defineRule({
  id: 'powerplatform.no-secrets',
  title: 'No keys, tokens or private keys in the connector files',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorRepoReadme,
  description:
    'Files submitted for certification are public: the repository runs CredScan on every PR and asks for dummy values (README "Submitting", PR #3035). ' +
    'Only token formats with a fixed prefix are matched, so a finding is almost surely a real credential.',
  *check({ pkg }) {
    const { files } = connectorOf(pkg);
    for (const name of [files.swagger, files.apiProperties, files.readme, files.intro, files.settings, ...files.scripts]) {
      const text = name ? pkg.text(name) : undefined;
      if (!name || !text || !mayHoldToken(text)) continue;
      for (const [label, re] of TOKEN_PATTERNS) {
        const m = re.exec(text);
        if (!m) continue;
        const line = text.slice(0, m.index).split('\n').length;
        yield { file: name, line, message: `${name} line ${line} holds what looks like ${label}; remove it and rotate the credential.` };
      }
    }
  },
});
