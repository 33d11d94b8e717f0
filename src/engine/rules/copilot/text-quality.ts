// What the agent validation guidelines (policy 1140.9, "Description") forbid in the text Copilot reads:
// instruction-like phrases, URLs, emoji and hidden characters (Must fix), and superlatives (Good-to-fix).
import { defineRule, MULTITENANT } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { copilotTextFields, type TextField } from './shared/text-fields.js';
import { quote } from './shared/drafts.js';

/**
 * Phrases that try to steer the model rather than describe the extension. The guidelines' own examples
 * include bare words such as "delete" and "reset"; those are not matched alone, because they also name
 * ordinary operations ("Deletes a task"). `inInstructions: false` marks phrasing that is normal in an
 * agent's instructions, which are instructions by design.
 */
const STEERING: Array<{ re: RegExp; inInstructions: boolean }> = [
  { re: /\bignore\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier|preceding|system|other)\b[^.]{0,40}?\b(?:instructions?|prompts?|rules?|messages?)\b/i, inInstructions: true },
  { re: /\bdisregard\s+(?:all\s+|any\s+|the\s+)?(?:previous|prior|above|earlier|system)\b/i, inInstructions: true },
  { re: /\bnew\s+instructions?\b/i, inInstructions: true },
  { re: /\bforget\s+(?:all\s+|your\s+|the\s+)?(?:previous|prior|earlier)\s+instructions?\b/i, inInstructions: true },
  { re: /\bif\s+the\s+user\s+(?:says|types|writes|asks)\b/i, inInstructions: false },
  { re: /\banswer\s+in\s+bold\b/i, inInstructions: false },
  { re: /\bdo\s+not\s+print\s+anything\b/i, inInstructions: false },
];

export const textSteering = defineRule({
  id: 'copilot.text-instructional-phrases',
  title: 'Descriptions Copilot reads hold no instruction-like phrases',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.agentValidation,
  description:
    'The agent validation guidelines forbid (Must fix, so an error for the Agent Store) phrases such as "if the user says", "ignore previous instructions", "new instructions", "answer in bold" or "do not print anything" in descriptions, starters, plugin and OpenAPI text. Bare words like "delete" or "reset" are not flagged because they also describe real operations; agent instructions are only checked for attempts to override other instructions.',
  *check({ pkg, manifest }) {
    if (!manifest) return;
    for (const field of copilotTextFields(pkg, manifest.value)) {
      for (const { re, inInstructions } of STEERING) {
        if (field.kind === 'instructions' && !inInstructions) continue;
        const hit = re.exec(field.text);
        if (hit) {
          yield field.draft(`Found the instruction-like phrase ${quote(hit[0])} in the ${field.label}; describe what the extension does instead of telling the model what to do.`);
          break;
        }
      }
    }
  },
});

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s)"'<>]+/i;
const EMOJI_RE = /\p{Extended_Pictographic}/u;
// Zero-width characters, bidirectional controls, the byte-order mark inside text, and other invisible formatting.
const HIDDEN_RE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/;
const ENCODED_RE = /\b(?:0x[0-9a-f]{8,}|[01]{16,}|(?:\\x[0-9a-f]{2}){4,})\b/i;

function problems(field: TextField): Array<{ what: string; sample: string }> {
  const out: Array<{ what: string; sample: string }> = [];
  const url = field.kind === 'identifier' ? null : URL_RE.exec(field.text);
  if (url) out.push({ what: 'a URL', sample: url[0] });
  const emoji = EMOJI_RE.exec(field.text);
  if (emoji) out.push({ what: 'an emoji', sample: emoji[0] });
  const hidden = HIDDEN_RE.exec(field.text);
  if (hidden) out.push({ what: 'a hidden character', sample: `U+${hidden[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` });
  const encoded = ENCODED_RE.exec(field.text);
  if (encoded) out.push({ what: 'an encoded (hexadecimal or binary) string', sample: encoded[0] });
  return out;
}

export const textUrlsEmoji = defineRule({
  id: 'copilot.text-urls-emoji',
  title: 'Descriptions, instructions and starters hold no URLs, emoji or hidden characters',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.agentValidation,
  description:
    'The agent validation guidelines forbid URLs, emoji and hidden or encoded characters (zero-width, bidirectional controls, hexadecimal or binary strings) in the text Copilot reads: a Must fix, so an error for the Agent Store. ' +
    'The guidelines apply the same rules to a declarative agent\'s instructions and conversation starters, so a URL in the instructions is an error too (sites the agent may search belong in the WebSearch capability\'s sites).',
  *check({ pkg, manifest }) {
    if (!manifest) return;
    for (const field of copilotTextFields(pkg, manifest.value)) {
      for (const p of problems(field)) yield field.draft(`Found ${p.what} (${quote(p.sample, 40)}) in the ${field.label}; the Agent Store does not accept it there.`);
    }
  },
});

const SUPERLATIVES = /(?:#1\b|\bnumber one\b|\bamazing\b|\bbest\b(?!\s+practices?)|\bworld[- ]class\b|\bultimate\b|\bincredible\b|\brevolutionary\b|\bunbeatable\b)/i;

export const textSuperlatives = defineRule({
  id: 'copilot.text-superlatives',
  title: 'Descriptions Copilot reads avoid superlatives and marketing claims',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.agentValidation,
  description: 'The agent validation guidelines list superlative claims ("#1", "amazing", "best") and marketing language as Good-to-fix, so this is a warning. Agent instructions are not checked, nor the app description (teams.description-claims reads it).',
  *check({ pkg, manifest }) {
    if (!manifest) return;
    for (const field of copilotTextFields(pkg, manifest.value)) {
      // The app's description is teams.description-claims' to judge.
      if (field.kind === 'instructions' || field.kind === 'identifier' || field.storeText) continue;
      const hit = SUPERLATIVES.exec(field.text);
      if (hit) yield field.draft(`Found the superlative ${quote(hit[0])} in the ${field.label}; describe what the extension does in plain terms.`);
    }
  },
});
