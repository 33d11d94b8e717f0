// connectorId of a connection, in a standalone definition or packaged in a Teams app. In a file of its own so
// that a Teams run loads it with the Teams-side Graph rules, without the standalone definition rules.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { asRecord } from '../../util/values.js';
import { at, connections } from './shared/model.js';
import { isGuid, quote } from './shared/text.js';

export const connectionConnectorId = defineRule({
  id: 'graph.connection-connector-id',
  title: "connectorId is the Teams app id of the app that carries the connector",
  severity: 'error',
  audiences: BOTH,
  kinds: ['graph-connector', 'teams-app'],
  docs: DOCS.graphConnectorTeams,
  description:
    "connectorId ties a connection to the Teams app that deploys it: it must equal the manifest's id. A connection file inside a Teams package with another value is an error; " +
    'in a standalone definition a value that is not a GUID (a Teams app id) is a warning, since the app it names cannot be seen.',
  *check({ pkg, kind, manifest }) {
    const appId = kind === 'teams-app' ? asRecord(manifest?.value)?.id : undefined;
    for (const c of connections(pkg)) {
      if (!('connectorId' in c.value)) continue;
      const v = c.value.connectorId;
      const pointer = at(c.pointer, 'connectorId');
      if (kind === 'teams-app') {
        if (typeof appId === 'string' && (typeof v !== 'string' || v.toLowerCase() !== appId.toLowerCase())) {
          yield { file: c.file, pointer, message: `connectorId ${quote(v)} is not this app's id ${quote(appId)}; Microsoft Graph links the connection to the app by it.` };
        }
      } else if (!isGuid(v)) {
        yield { file: c.file, pointer, severity: 'warning', message: `connectorId ${quote(v)} is not a GUID; it must be the id of the Teams app that deploys the connector.` };
      }
    }
  },
});
