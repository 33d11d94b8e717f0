// Declarative agents (copilotAgents.declarativeAgents, or the legacy copilotExtensions.declarativeCopilots):
// the agent file against Microsoft's schema of its own version, and what the schema cannot say.
import { defineRule, BOTH, MULTITENANT, type RuleContext } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { pointer } from '../../json/pointer.js';
import { issueDraft, validateAgainst } from '../../schemas/validate.js';
import { DECLARATIVE_AGENT_VERSIONS } from '../../schemas/catalog.js';
import { asArray, asRecord, asString, type JsonRecord } from '../../util/values.js';
import { copilotFiles, type AgentFile } from './shared/files.js';
import { at, charCount } from './shared/drafts.js';
import { resolveInPackage } from '../teams/shared/references.js';

export const INSTRUCTIONS_MAX = 8000;
export const STORE_STARTERS_MIN = 3;
export const STORE_STARTERS_MAX = 6;

type ReadableAgent = AgentFile & { value: JsonRecord };

/** Agents whose file parsed to an object (parse errors are package.json-parse's). */
function readableAgents(ctx: RuleContext): ReadableAgent[] {
  if (!ctx.manifest) return [];
  return copilotFiles(ctx.pkg, ctx.manifest.value).agents.filter((a): a is ReadableAgent => a.value !== undefined);
}

export const daSchema = defineRule({
  id: 'copilot.da-schema',
  title: 'The declarative agent file matches the official schema of its version',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  restatedBy: ['package.unresolved-placeholder', 'package.unresolved-placeholder-functional', 'copilot.da-instructions-length'],
  docs: DOCS.declarativeAgentManifest,
  description:
    "The agent file is validated offline with Microsoft's schema for the version its `version` field names (v1.0, v1.2–v1.8), as the toolkit and the service do. A file without a version is an error under copilotAgents and a warning under the legacy devPreview copilotExtensions, whose early files had none. A capability is checked against the form its `name` names, not against every capability's.",
  *check(ctx) {
    if (!ctx.manifest) return;
    for (const agent of copilotFiles(ctx.pkg, ctx.manifest.value).agents) {
      if (!agent.doc.ok) continue;
      if (!agent.value) {
        yield at(agent.path, '', `${agent.path} must hold a JSON object (a declarative agent manifest).`);
        continue;
      }
      const version = agent.value.version;
      if (version === undefined) {
        yield at(agent.path, '', `${agent.path} has no "version" field, so no schema applies; set it to the schema version the file follows, for example "v1.6".`, agent.legacy ? { severity: 'warning' } : {});
        continue;
      }
      if (typeof version !== 'string' || !DECLARATIVE_AGENT_VERSIONS.includes(version)) {
        yield at(agent.path, '/version', `"version" is ${JSON.stringify(version)}; published declarative agent schema versions are ${DECLARATIVE_AGENT_VERSIONS.join(', ')}.`);
        continue;
      }
      // A $schema naming another version is copilot.schema-url-version's to report. A too long `instructions` is
      // reported once, with its character count, by copilot.da-instructions-length (restatedBy).
      for (const issue of validateAgainst('declarative-agent', version, agent.value) ?? []) yield issueDraft(agent.path, issue);
    }
  },
});

export const daInstructionsLength = defineRule({
  id: 'copilot.da-instructions-length',
  title: 'Declarative agent instructions are at most 8,000 characters',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.declarativeAgentManifest,
  description: 'Every published declarative agent schema limits `instructions` to 8,000 characters; a longer file fails validation.',
  *check(ctx) {
    for (const agent of readableAgents(ctx)) {
      const text = agent.value.instructions;
      if (typeof text === 'string' && text.length > INSTRUCTIONS_MAX) {
        yield at(agent.path, '/instructions', `"instructions" is ${charCount(text)} characters; the limit is ${INSTRUCTIONS_MAX}. Move reference material into knowledge sources.`);
      }
    }
  },
});

export const daConversationStarters = defineRule({
  id: 'copilot.da-conversation-starters',
  title: 'An Agent Store declarative agent has 3 to 6 conversation starters',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.agentValidation,
  description:
    'The agent validation guidelines (policy 1140.9) require at least three and at most six prompt starters, a Must fix, so an error for the Agent Store. The schema alone allows 1–6 (v1.0–v1.5) or 1–12 (v1.6 and later), so this only affects the marketplace route.',
  *check(ctx) {
    for (const agent of readableAgents(ctx)) {
      const starters = agent.value.conversation_starters;
      if (starters !== undefined && !Array.isArray(starters)) continue; // the schema rule reports the type
      const n = asArray(starters).length;
      if (n < STORE_STARTERS_MIN) {
        yield at(agent.path, starters === undefined ? '' : '/conversation_starters', `The agent has ${n} conversation starter${n === 1 ? '' : 's'}; the Agent Store requires ${STORE_STARTERS_MIN} to ${STORE_STARTERS_MAX}.`);
      } else if (n > STORE_STARTERS_MAX) {
        yield at(agent.path, pointer('conversation_starters', STORE_STARTERS_MAX), `The agent has ${n} conversation starters; the Agent Store allows at most ${STORE_STARTERS_MAX}.`);
      }
    }
  },
});

export const daFilesPresent = defineRule({
  id: 'copilot.da-file-missing',
  title: "Every file a declarative agent names is in the package",
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.declarativeAgentManifest,
  description:
    'Action (API plugin) files and EmbeddedKnowledge files are paths relative to the agent file and must be packaged; the toolkit refuses to build the package otherwise and the service rejects it.',
  *check(ctx) {
    for (const agent of readableAgents(ctx)) {
      const refs: Array<{ p: string; path: unknown; role: string }> = asArray(agent.value.actions).map((a, i) => ({ p: pointer('actions', i, 'file'), path: asRecord(a)?.file, role: 'action (API plugin) file' }));
      asArray(agent.value.capabilities).forEach((c, i) => {
        const cap = asRecord(c);
        if (cap?.name !== 'EmbeddedKnowledge') return;
        asArray(cap.files).forEach((f, j) => refs.push({ p: pointer('capabilities', i, 'files', j, 'file'), path: asRecord(f)?.file, role: 'embedded knowledge file' }));
      });
      for (const ref of refs) {
        if (typeof ref.path !== 'string' || !ref.path.trim()) continue; // the schema rule reports a missing path
        const resolved = resolveInPackage(agent.path, ref.path);
        if (resolved === undefined) {
          yield at(agent.path, ref.p, `The ${ref.role} "${ref.path}" is outside the package; use a path relative to ${agent.path}.`);
        } else if (!ctx.pkg.has(resolved)) {
          const near = ctx.pkg.findName(resolved);
          yield at(agent.path, ref.p, near ? `The ${ref.role} "${ref.path}" is not in the package; "${near}" differs only in letter case.` : `The ${ref.role} "${ref.path}" (${resolved}) is not in the package.`);
        }
      }
    }
  },
});

export const daCapabilityOnce = defineRule({
  id: 'copilot.da-capability-duplicate',
  title: 'Each capability appears at most once in a declarative agent',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.declarativeAgentManifest,
  description:
    'The declarative agent manifest reference allows no more than one object of each capability type. The JSON schema only checks that items are not identical, so two different WebSearch objects pass it.',
  *check(ctx) {
    for (const agent of readableAgents(ctx)) {
      const seen = new Map<string, number>();
      for (const [i, c] of asArray(agent.value.capabilities).entries()) {
        const name = asString(asRecord(c)?.name);
        if (!name) continue;
        const first = seen.get(name);
        if (first !== undefined) yield at(agent.path, pointer('capabilities', i, 'name'), `The capability ${name} appears again (first at capabilities[${first}]); merge them into one.`);
        else seen.set(name, i);
      }
    }
  },
});

export const daGraphConnectorsOpen = defineRule({
  id: 'copilot.da-graph-connectors-hardcoded',
  title: 'An Agent Store agent does not hard-code Copilot connector connections',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.agentValidation,
  description:
    'For the Agent Store, the GraphConnectors capability (Copilot connectors, formerly Graph connectors) must be left open so the agent grounds in every connector of the customer tenant: a Must fix, so an error. Connection ids from the publisher tenant do not exist elsewhere. Omit the `connections` key; the schema rejects an empty list.',
  *check(ctx) {
    for (const agent of readableAgents(ctx)) {
      for (const [i, c] of asArray(agent.value.capabilities).entries()) {
        const cap = asRecord(c);
        if (cap?.name === 'GraphConnectors' && asArray(cap.connections).length > 0) {
          yield at(agent.path, pointer('capabilities', i, 'connections'), 'GraphConnectors lists specific Copilot connector connections; for the Agent Store omit "connections" so the agent uses every Copilot connector of the customer\'s tenant.');
        }
      }
    }
  },
});

const EXPLAINED_CAPABILITIES: Record<string, RegExp> = {
  WebSearch: /web\s*search|search(ing)? (the )?(web|internet|online)|websearch|bing/i,
  GraphicArt: /graphic\s*art|image|picture|illustration|draw/i,
  CodeInterpreter: /code\s*interpreter|python|chart|graph|calculat|analy[sz]/i,
};

export const daCapabilityInstructions = defineRule({
  id: 'copilot.da-capability-instructions',
  title: 'Instructions explain how the agent uses WebSearch, GraphicArt and CodeInterpreter',
  severity: 'notice',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.agentValidation,
  description:
    'The agent validation guidelines ask that instructions say how to use these capabilities in the context of the agent (Must fix). Whether they do is judged by a reviewer; this check only looks for words about the capability, so it is a notice rather than a warning.',
  *check(ctx) {
    for (const agent of readableAgents(ctx)) {
      const instructions = asString(agent.value.instructions) ?? '';
      for (const [i, c] of asArray(agent.value.capabilities).entries()) {
        const name = asString(asRecord(c)?.name);
        const words = name ? EXPLAINED_CAPABILITIES[name] : undefined;
        if (words && !words.test(instructions)) {
          yield at(agent.path, pointer('capabilities', i), `The agent enables ${name}, but its instructions never say how to use it.`);
        }
      }
    }
  },
});

export const daHasAction = defineRule({
  id: 'copilot.da-has-action',
  title: 'A store declarative agent serves its core use case through actions',
  severity: 'notice',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.agentValidation,
  description:
    'The agent validation guidelines say all agents must have a core use case served through API actions, under a heading that also accepts knowledge sources. Since the sources disagree on whether knowledge alone is enough, an agent with neither actions nor capabilities gets a notice, not a warning.',
  *check(ctx) {
    for (const agent of readableAgents(ctx)) {
      if (asArray(agent.value.actions).length === 0 && asArray(agent.value.capabilities).length === 0) {
        yield at(agent.path, '', 'The agent has no actions and no knowledge capabilities; Agent Store review expects a core use case served through API actions or a knowledge source.');
      }
    }
  },
});
