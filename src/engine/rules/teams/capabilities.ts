// Store guidelines on capabilities the schema leaves open: bot commands, meeting tabs, SaaS offers, RSC consent.
import { defineRule, BOTH, MULTITENANT, type Rule } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { pointer } from '../../json/pointer.js';
import { asArray, asRecord, asString } from '../../util/values.js';

export const botCommands = defineRule({
  id: 'teams.bot-commands',
  title: 'Bots list their commands, or say they only send notifications',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description:
    'The guidelines ask every conversational bot for at least one command in its command menu, with unique titles that do not start with "/", and a bot with no commands to set isNotificationOnly. The schema checks only counts and lengths.',
  *check({ manifest }) {
    for (const [i, b] of asArray(asRecord(manifest?.value)?.bots).entries()) {
      const bot = asRecord(b);
      if (!bot) continue;
      const lists = asArray(bot.commandLists);
      const commands = lists.flatMap((l) => asArray(asRecord(l)?.commands));
      if (commands.length === 0 && bot.isNotificationOnly !== true) {
        yield { file: 'manifest.json', pointer: pointer('bots', i), message: `bots[${i}] lists no commands and is not isNotificationOnly; add commands to its command menu, or set isNotificationOnly: true.` };
      }
      for (const [j, l] of lists.entries()) {
        const seen = new Set<string>();
        for (const [k, c] of asArray(asRecord(l)?.commands).entries()) {
          const title = asString(asRecord(c)?.title);
          if (title === undefined) continue;
          const at = pointer('bots', i, 'commandLists', j, 'commands', k, 'title');
          if (title.trim().startsWith('/')) yield { file: 'manifest.json', pointer: at, message: `Bot command "${title}" starts with "/"; Teams command titles are plain words.` };
          const key = title.trim().toLowerCase();
          if (seen.has(key)) yield { file: 'manifest.json', pointer: at, message: `Bot command "${title}" appears twice in the same command list.` };
          seen.add(key);
        }
      }
    }
  },
});

const MEETING_CONTEXTS = ['meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel', 'meetingStage'];
const REQUIRED_MEETING_CONTEXTS = ['meetingDetailsTab', 'meetingChatTab', 'meetingSidePanel'];

export const meetingTabs = defineRule({
  id: 'teams.meeting-tab-contexts',
  title: 'Meeting tabs support group chats and every meeting surface',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description:
    'For meeting extensions to work on mobile, the guidelines ask configurable tabs used in meetings to include the groupChat scope and the meetingDetailsTab, meetingChatTab and meetingSidePanel contexts.',
  *check({ manifest }) {
    for (const [i, t] of asArray(asRecord(manifest?.value)?.configurableTabs).entries()) {
      const tab = asRecord(t);
      const context = asArray(tab?.context).map((c) => asString(c) ?? '');
      if (!context.some((c) => MEETING_CONTEXTS.includes(c))) continue;
      const scopes = asArray(tab?.scopes).map((s) => (asString(s) ?? '').toLowerCase());
      if (!scopes.includes('groupchat')) {
        yield { file: 'manifest.json', pointer: pointer('configurableTabs', i, 'scopes'), message: `configurableTabs[${i}] is used in meetings but its scopes do not include groupChat.` };
      }
      const missing = REQUIRED_MEETING_CONTEXTS.filter((c) => !context.includes(c));
      if (missing.length) {
        yield { file: 'manifest.json', pointer: pointer('configurableTabs', i, 'context'), message: `configurableTabs[${i}] is used in meetings but its context lacks ${missing.join(', ')}.` };
      }
    }
  },
});

export const saasOfferId = defineRule({
  id: 'teams.saas-offer-id',
  title: 'subscriptionOffer.offerId is publisherId.offerId',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description: 'Apps linked to a SaaS offer name it as "{publisherId}.{offerId}", both from Partner Center; the schema only limits the length.',
  *check({ manifest }) {
    const offer = asRecord(asRecord(manifest?.value)?.subscriptionOffer);
    const id = asString(offer?.offerId);
    if (offer && id !== undefined && !/^[^.\s]+\.[^.\s]+$/.test(id)) {
      yield { file: 'manifest.json', pointer: '/subscriptionOffer/offerId', message: `subscriptionOffer.offerId "${id}" is not of the form publisherId.offerId.` };
    }
  },
});

export const rscNeedsWebApplicationInfo = defineRule({
  id: 'teams.rsc-web-application-info',
  title: 'Application resource-specific permissions come with webApplicationInfo',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description:
    'Resource-specific consent for application permissions is granted to the Microsoft Entra app named in webApplicationInfo; without it admins cannot consent and the permissions never reach the app. The guidelines ask for webApplicationInfo whenever the app needs Entra consent. Warning: the schema does not tie the two together.',
  *check({ manifest }) {
    const m = asRecord(manifest?.value);
    const rsc = asArray(asRecord(asRecord(m?.authorization)?.permissions)?.resourceSpecific);
    const hasApplication = rsc.some((p) => asRecord(p)?.type === 'Application');
    if (hasApplication && !asString(asRecord(m?.webApplicationInfo)?.id)) {
      yield { file: 'manifest.json', pointer: '/authorization/permissions/resourceSpecific', message: 'The app asks for Application resource-specific permissions but declares no webApplicationInfo.id (the Entra app they are granted to).' };
    }
  },
});

export const capabilityRules: readonly Rule[] = [botCommands, meetingTabs, saasOfferId, rscNeedsWebApplicationInfo];
