// Store-facing Copilot requirements on the app's own text and on the cards its responses use.
import { defineRule, MULTITENANT } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { pointer } from '../../json/pointer.js';
import type { FindingDraft } from '../../types.js';
import { asArray, asRecord, asString, type JsonRecord } from '../../util/values.js';
import { resolveInPackage } from '../teams/shared/references.js';
import { apiMessageExtensions, copilotFiles, MANIFEST } from './shared/files.js';
import { searchCommands } from './shared/commands.js';
import { hasPlaceholder } from './shared/drafts.js';
import type { RuleContext } from '../rule.js';

/** True when the app is meant for Copilot: an agent or plugin, or search commands written for Copilot. */
function targetsCopilot(ctx: RuleContext): boolean {
  if (ctx.capabilities.includes('declarative-agent') || ctx.capabilities.includes('api-plugin')) return true;
  return searchCommands(ctx.manifest?.value).some((c) => c.command.samplePrompts !== undefined || c.command.semanticDescription !== undefined);
}

export const longDescriptionCopilot = defineRule({
  id: 'copilot.long-description-copilot',
  title: 'The long description says the app works in Microsoft 365 Copilot',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.agentValidation,
  description:
    'The agent validation guidelines require description.full to call out that the agent works in Microsoft 365 Copilot: a Must fix, so an error for the Agent Store. Applied to apps with a declarative agent or API plugin, and to message extensions whose commands carry samplePrompts or semanticDescription (written for Copilot); other message extensions may be Teams-only.',
  *check(ctx) {
    const full = asString(asRecord(asRecord(ctx.manifest?.value)?.description)?.full);
    if (!full || hasPlaceholder(full) || !targetsCopilot(ctx)) return;
    if (!/\bcopilot\b/i.test(full)) {
      yield { file: MANIFEST, pointer: '/description/full', message: 'description.full does not mention Microsoft 365 Copilot; say that the app works there, with an example prompt.' };
    }
  },
});

interface CardSite {
  card: JsonRecord;
  /** Where to report: the card's own file or the plugin value holding it inline. */
  file: string;
  pointer: string;
}

function responseCards(ctx: RuleContext): CardSite[] {
  if (!ctx.manifest) return [];
  const sites: CardSite[] = [];
  const seenFiles = new Set<string>();
  const fromFile = (path: string | undefined, inner: (v: JsonRecord) => unknown, at: string) => {
    if (!path || seenFiles.has(`${path}${at}`) || !ctx.pkg.has(path)) return;
    seenFiles.add(`${path}${at}`);
    const card = asRecord(inner(asRecord(ctx.pkg.json(path)?.value) ?? {}));
    if (card) sites.push({ card, file: path, pointer: at });
  };
  for (const plugin of copilotFiles(ctx.pkg, ctx.manifest.value).plugins) {
    asArray(plugin.value?.functions).forEach((f, i) => {
      const template = asRecord(asRecord(asRecord(asRecord(f)?.capabilities)?.response_semantics)?.static_template);
      if (!template) return;
      const file = asString(template.file);
      if (file) fromFile(resolveInPackage(plugin.path, file), (v) => v, '');
      else sites.push({ card: template, file: plugin.path, pointer: pointer('functions', i, 'capabilities', 'response_semantics', 'static_template') });
    });
  }
  for (const me of apiMessageExtensions(ctx.pkg, ctx.manifest.value)) {
    for (const c of asArray(me.extension.commands)) {
      const file = asString(asRecord(c)?.apiResponseRenderingTemplateFile);
      if (file) fromFile(resolveInPackage(MANIFEST, file), (v) => v.responseCardTemplate, '/responseCardTemplate');
    }
  }
  return sites;
}

export const cardMetadataUrl = defineRule({
  id: 'copilot.card-metadata-url',
  title: 'Response Adaptive Cards carry a metadata URL',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.agentValidation,
  description:
    'The agent validation guidelines require Adaptive Card responses to include a URL in the card metadata (metadata.webUrl), so a card can be copied from one hub to another: a Must fix, so an error for the Agent Store. The cards of one file are one finding.',
  *check(ctx) {
    for (const site of responseCards(ctx)) {
      if (site.card.type !== 'AdaptiveCard') continue;
      if (!asString(asRecord(site.card.metadata)?.webUrl)?.trim()) {
        // Inline templates of several functions in one plugin file are one habit to fix: one finding listing them.
        const draft: FindingDraft = {
          file: site.file,
          pointer: site.pointer,
          message: 'This response card has no metadata.webUrl; add the URL of the item it shows.',
          repeat: { summary: '{n} response cards have no metadata.webUrl; add the URL of the item each shows', place: site.pointer ? site.pointer.replace(/^\/functions\/(\d+)\/.*$/, 'function $1') : site.file },
        };
        yield draft;
      }
    }
  },
});
