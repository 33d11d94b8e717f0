// Structural facts: what the package is (its kind, its capabilities, its manifest version) decides a route, whatever
// the files' defects. A fact either closes a route (a blocker) or limits what it gives (a caution).
import type { ConnectorClass } from '../detect/connector-class.js';
import type { Audience, Capability, Kind, RuleMeta } from '../types.js';
import { asRecord, asString } from '../util/values.js';
import { AGENT_DEV_PREVIEW, MANIFEST_COPILOT_VERSION, MANIFEST_TEAMS_ONLY, STANDALONE_GRAPH_CONNECTOR } from './route-rules.js';

/** What the route engine knows about a package. */
export interface RoutePackage {
  kind: Kind;
  capabilities: readonly Capability[];
  /** The parsed manifest of a Teams app. */
  manifest?: unknown;
  /** A Power Platform connector's track: an independent publisher submits by pull request, a verified one in Partner Center. */
  connectorClass?: ConnectorClass;
}

export interface RouteFact {
  ruleId: string;
  message: string;
  audiences: readonly Audience[];
  /** True: the route cannot be taken. False: it can, with the limit the message names. */
  blocks: boolean;
  /** For a blocking fact: the way forward, shown as the route's next step. */
  next?: string;
}

/** Capabilities that make a Teams app extend Microsoft 365 Copilot (agents, their actions, Copilot connectors). */
const COPILOT_CAPABILITIES: readonly Capability[] = ['message-extension', 'declarative-agent', 'api-plugin', 'graph-connector', 'custom-engine-agent'];
const AGENT_CAPABILITIES: readonly Capability[] = ['declarative-agent', 'custom-engine-agent'];

export function routeFacts(pkg: RoutePackage): RouteFact[] {
  const facts: RouteFact[] = [];
  if (pkg.kind === 'graph-connector') {
    facts.push(fact(STANDALONE_GRAPH_CONNECTOR, true, STANDALONE_MESSAGE, STANDALONE_NEXT));
  }
  if (pkg.kind !== 'teams-app') return facts;
  const version = asString(asRecord(pkg.manifest)?.manifestVersion);
  const parts = version && /^(\d+)\.(\d+)$/.exec(version);
  const belowM365 = !!parts && (Number(parts[1]) < 1 || (Number(parts[1]) === 1 && Number(parts[2]) < 13));
  const copilot = pkg.capabilities.filter((c) => COPILOT_CAPABILITIES.includes(c));
  if (belowM365) {
    if (copilot.length > 0) {
      facts.push(
        fact(
          MANIFEST_COPILOT_VERSION,
          true,
          `manifestVersion ${version} is too old for an app that extends Microsoft 365 Copilot (${copilot.join(', ')}): the store needs 1.13 or later.`,
          'Raise manifestVersion to 1.13 or later (1.19 or later for agents), check the package again, then submit it.',
        ),
      );
    }
    facts.push({
      ruleId: MANIFEST_TEAMS_ONLY.id,
      message: `manifestVersion ${version} keeps the app in Teams only: not in Outlook, the Microsoft 365 Copilot app or Copilot (1.13 or later runs there).`,
      // The store route is already closed for apps that extend Copilot; the caution matters wherever the route stays open.
      audiences: copilot.length > 0 ? ['single-tenant'] : MANIFEST_TEAMS_ONLY.audiences,
      blocks: false,
    });
  }
  if (version === 'devPreview' && pkg.capabilities.some((c) => AGENT_CAPABILITIES.includes(c))) {
    facts.push(
      fact(
        AGENT_DEV_PREVIEW,
        true,
        'manifestVersion is devPreview: Partner Center accepts agents only on a released manifest version.',
        'Move the manifest to a released version (1.19 or later for declarative agents, 1.20 or later for custom engine agents), check again, then submit.',
      ),
    );
  }
  return facts;
}

const STANDALONE_MESSAGE =
  'Standalone Copilot connectors cannot be submitted to Partner Center: the "Microsoft 365 and Copilot" program accepts connectors only inside a Microsoft 365 app package (a Teams app) from a verified publisher.';
const STANDALONE_NEXT =
  'Package the connector in a Teams app (manifest 1.13 or later with "graphConnector" and its notificationUrl, plus "webApplicationInfo"), verify the publisher, and submit that app to Partner Center as an "Apps and agents for Microsoft 365 and Copilot" offer.';

function fact(rule: RuleMeta, blocks: boolean, message: string, next?: string): RouteFact {
  return { ruleId: rule.id, message, audiences: rule.audiences, blocks, next };
}
