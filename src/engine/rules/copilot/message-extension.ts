// Message extensions used as Copilot plugins (certification policy 1140.9): what Copilot reads to pick and
// fill a search command (descriptions, semantic descriptions, sample prompts). The manifest 1.13 minimum for
// Outlook and Copilot is teams.manifest-version-copilot (manifest rules), not repeated here.
import { defineRule, MULTITENANT } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { pointer } from '../../json/pointer.js';
import { asArray, asRecord, asString } from '../../util/values.js';
import { manifestAtLeast } from './shared/manifest-version.js';
import { isSearchCommand, meCommands, normalized, searchCommands } from './shared/commands.js';
import { quote } from './shared/drafts.js';

const FILE = 'manifest.json';
export const SAMPLE_PROMPTS_MIN = 3;
export const SAMPLE_PROMPTS_MAX = 5;
export const PARAMETERS_FOR_COMPOUND = 2;

export const meSearchCommand = defineRule({
  id: 'copilot.me-search-command',
  title: 'A message extension meant for Copilot has a search command',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.messageExtensionAgentGuidelines,
  description: 'Copilot only calls search (type "query") commands; a message extension with action commands only does nothing in Copilot.',
  *check({ manifest }) {
    const all = meCommands(manifest?.value);
    if (all.length > 0 && !all.some(isSearchCommand)) {
      yield { file: FILE, pointer: pointer('composeExtensions', all[0].extensionIndex, 'commands'), message: 'No command has type "query", so Microsoft 365 Copilot cannot use this message extension.' };
    }
  },
});

export const meCommandDescription = defineRule({
  id: 'copilot.me-command-description',
  title: 'Search commands have a description that says more than the title',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.messageExtensionAgentGuidelines,
  description:
    'Copilot picks a command from its description; the guidelines for agents ask for a clear description of what the command does. A missing description, or one that only repeats the title or id, gives Copilot nothing to match.',
  *check({ manifest }) {
    for (const c of searchCommands(manifest?.value)) {
      const description = asString(c.command.description);
      if (!description?.trim()) {
        yield { file: FILE, pointer: c.pointer, message: `The search command "${asString(c.command.id) ?? c.commandIndex}" has no description; Copilot uses it to decide when to call the command.` };
        continue;
      }
      const same = [c.command.title, c.command.id].some((v) => typeof v === 'string' && normalized(v) === normalized(description));
      if (same) yield { file: FILE, pointer: `${c.pointer}/description`, message: `The description ${quote(description)} only repeats the command's title or id; say what it finds and by which criteria.` };
    }
  },
});

export const meParameterDescription = defineRule({
  id: 'copilot.me-parameter-description',
  title: 'Search command parameters have descriptions that differ from their names',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.messageExtensionAgentGuidelines,
  description:
    'Copilot fills parameters from the user prompt using their descriptions. The store guidelines (response quality) treat parameter names and descriptions that say the same thing as a defect.',
  *check({ manifest }) {
    for (const c of searchCommands(manifest?.value)) {
      for (const [k, raw] of asArray(c.command.parameters).entries()) {
        const param = asRecord(raw);
        if (!param) continue;
        const at = pointer('composeExtensions', c.extensionIndex, 'commands', c.commandIndex, 'parameters', k);
        const description = asString(param.description);
        if (!description?.trim()) {
          yield { file: FILE, pointer: at, message: `The parameter "${asString(param.name) ?? k}" has no description; Copilot uses it to fill the parameter from the prompt.` };
        } else if ([param.name, param.title].some((v) => typeof v === 'string' && normalized(v) === normalized(description))) {
          yield { file: FILE, pointer: `${at}/description`, message: `The description ${quote(description)} only repeats the parameter's name or title; say what value is expected, with an example.` };
        }
      }
    }
  },
});

export const meSemanticDescription = defineRule({
  id: 'copilot.me-semantic-description',
  title: 'Search commands have a semanticDescription for Copilot',
  severity: 'notice',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.messageExtensionAgentGuidelines,
  description:
    'From manifest 1.17 a command can carry a semanticDescription (up to 5,000 characters) written for Copilot. The guidelines say it is not mandatory, so its absence is only a notice.',
  *check({ manifest }) {
    if (manifestAtLeast(manifest?.value, '1.17') !== true) return;
    for (const c of searchCommands(manifest?.value)) {
      if (!asString(c.command.semanticDescription)?.trim()) {
        yield { file: FILE, pointer: c.pointer, message: `The search command "${asString(c.command.id) ?? c.commandIndex}" has no semanticDescription; a fuller description helps Copilot choose it.` };
      }
    }
  },
});

export const meSamplePrompts = defineRule({
  id: 'copilot.me-sample-prompts',
  title: 'Each search command has 3 to 5 sample prompts, none repeated across commands',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.agentValidation,
  description:
    'The agent validation guidelines (Must fix) ask for three to five samplePrompts per command and no prompt shared by two commands; the schema enforces the 128-character and five-item limits. A command with no samplePrompts at all gets a notice, since the property is optional and Teams-only apps do not need it; fewer than three is a warning.',
  *check({ manifest }) {
    if (manifestAtLeast(manifest?.value, '1.17') !== true) return; // samplePrompts exists from 1.17
    const seen = new Map<string, string>();
    for (const c of searchCommands(manifest?.value)) {
      const id = asString(c.command.id) ?? String(c.commandIndex);
      const prompts = c.command.samplePrompts;
      if (prompts === undefined) {
        yield { file: FILE, pointer: c.pointer, message: `The search command "${id}" has no samplePrompts; agents in the Agent Store need ${SAMPLE_PROMPTS_MIN} to ${SAMPLE_PROMPTS_MAX} per command.`, severity: 'notice' };
        continue;
      }
      if (!Array.isArray(prompts)) continue; // a schema error
      if (prompts.length < SAMPLE_PROMPTS_MIN) {
        yield { file: FILE, pointer: `${c.pointer}/samplePrompts`, message: `The search command "${id}" has ${prompts.length} sample prompt${prompts.length === 1 ? '' : 's'}; the Agent Store requires ${SAMPLE_PROMPTS_MIN} to ${SAMPLE_PROMPTS_MAX}.` };
      }
      for (const [k, p] of prompts.entries()) {
        const text = asString(asRecord(p)?.text);
        if (!text?.trim()) continue;
        const key = normalized(text);
        const first = seen.get(key);
        if (first && first !== id) {
          yield { file: FILE, pointer: `${c.pointer}/samplePrompts/${k}/text`, message: `The sample prompt ${quote(text)} is also used by the command "${first}"; prompts must differ between commands.` };
        } else if (!first) seen.set(key, id);
      }
    }
  },
});

export const meParameterCount = defineRule({
  id: 'copilot.me-parameter-count',
  title: 'Search commands take several parameters for compound prompts',
  severity: 'notice',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.agentValidation,
  description:
    'The store guidelines (response quality) ask for at least two parameters and the agent guidelines for compound utterances over three or more. The sources disagree on the number and a single-parameter search can be fine, so this is a notice.',
  *check({ manifest }) {
    for (const c of searchCommands(manifest?.value)) {
      const n = asArray(c.command.parameters).length;
      if (n > 0 && n < PARAMETERS_FOR_COMPOUND) {
        yield { file: FILE, pointer: `${c.pointer}/parameters`, message: `The search command "${asString(c.command.id) ?? c.commandIndex}" takes ${n} parameter; Copilot handles compound prompts ("open orders from Contoso last week") better with ${PARAMETERS_FOR_COMPOUND} or more.` };
      }
    }
  },
});

export const meInitialRun = defineRule({
  id: 'copilot.me-initial-run',
  title: 'Search commands of an app with sign-in set initialRun',
  severity: 'notice',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.messageExtensionAgentGuidelines,
  description:
    'The guidelines for agents advise initialRun: true on search commands so the sign-in link appears in Copilot when the user is not yet authenticated. It only matters when the app signs users in (webApplicationInfo, or an API message extension with Microsoft Entra auth), hence a notice limited to those apps.',
  *check({ manifest }) {
    const m = asRecord(manifest?.value);
    if (!m) return;
    for (const c of searchCommands(m)) {
      const authType = asString(asRecord(c.extension.authorization)?.authType);
      const signsIn = authType === 'microsoftEntra' || (authType === undefined && asRecord(m.webApplicationInfo) !== undefined);
      if (signsIn && c.command.initialRun !== true) {
        yield { file: FILE, pointer: c.pointer, message: `The search command "${asString(c.command.id) ?? c.commandIndex}" does not set initialRun: true, so Copilot cannot show the sign-in link before the first search.` };
      }
    }
  },
});
