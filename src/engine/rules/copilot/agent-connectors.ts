// agentConnectors (app manifest 1.27 and later): MCP servers registered for every Microsoft 365 agent to use.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { asString } from '../../util/values.js';
import { MANIFEST } from './shared/files.js';
import { agentConnectors } from './shared/mcp.js';

export const agentConnectorIdUnique = defineRule({
  id: 'copilot.agent-connector-id-unique',
  title: 'Agent connector ids are unique',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.agentConnectors,
  description:
    'Each connector must have a unique id that distinguishes it from the other connectors in the manifest (Register MCP servers as agent connectors); agents and admins refer to a connector by it. The schema cannot say so, since it only limits the id to 64 characters.',
  *check({ manifest }) {
    const seen = new Map<string, number>();
    for (const c of agentConnectors(manifest?.value)) {
      const id = asString(c.connector.id);
      if (id === undefined) continue;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, c.index);
      else yield { file: MANIFEST, pointer: `${c.pointer}/id`, message: `The agent connector id "${id}" is already used by agentConnectors[${first}]; give every connector its own id.` };
    }
  },
});
