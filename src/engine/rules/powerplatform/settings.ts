// settings.json: paconn's argument store, not part of the connector; checked only so its references are not stale.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { asRecord, asString } from '../../util/values.js';
import { connectorOf } from './shared/connector.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FILE_KEYS = ['apiDefinition', 'apiProperties', 'icon', 'script'];

export const settingsFile = defineRule({
  id: 'powerplatform.settings-file',
  title: 'settings.json names files that exist and a GUID environment',
  severity: 'notice',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorRepoSchemas,
  description: 'settings.json only stores paconn arguments (repository schema paconn-settings): the file names it gives should exist and "environment" is a GUID. It does not affect the connector, hence a notice.',
  *check({ pkg }) {
    const c = connectorOf(pkg);
    const name = c.files.settings;
    const doc = name ? pkg.json(name) : undefined;
    const s = asRecord(doc?.value);
    if (!name || !s) return;
    const dir = name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : '';
    for (const key of FILE_KEYS) {
      const v = asString(s[key]);
      if (v && !pkg.has(dir + v.replace(/^\.\//, ''))) yield { file: name, pointer: `/${key}`, message: `settings.json names ${key} "${v}", which is not in the folder.` };
    }
    const env = asString(s.environment);
    if (env && !GUID.test(env.trim())) yield { file: name, pointer: '/environment', message: `environment "${env}" is not an environment GUID.` };
  },
});
