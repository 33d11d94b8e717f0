// Store text: what the store validation guidelines ask of the app name and descriptions.
import { defineRule, MULTITENANT, type Rule } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { isSpace, parenthesized } from '../../util/text.js';
import { asRecord, asString } from '../../util/values.js';
import { quoteList, storeTexts, type StoreText } from './shared/store-text.js';
import { matchesOf, WordMatcher, wordPattern } from './shared/word-matcher.js';

// Guidelines: Beta, Dev, Preview, UAT; Microsoft's legacy validator adds staging and stg (its "stag" and "prod" are
// left out: as whole words they mostly mean a deer and "product"); test, demo and alpha are the same kind of marker.
const PREPRODUCTION = wordPattern(['beta', 'dev', 'preview', 'uat', 'staging', 'stg', 'test', 'demo', 'alpha']);

export const namePreproduction = defineRule({
  id: 'teams.name-preproduction',
  title: 'The app name holds no pre-production marker',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description:
    "Store apps are production apps: the guidelines reject names with Beta, Dev, Preview or UAT; Microsoft's legacy validator also flagged staging and stg, and test, demo and alpha are the same kind of marker (a toolkit build often appends the environment name, for example \"dev\").",
  *check({ manifest }) {
    for (const t of storeTexts(manifest?.value, 'name')) {
      const words = matchesOf(PREPRODUCTION, t.text);
      if (words.length) {
        yield {
          file: 'manifest.json',
          pointer: t.pointer,
          message: `${t.field} "${t.text}" contains the pre-production marker ${quoteList(words)}.`,
          // name.short and name.full holding one marker are one rename.
          repeat: { summary: `{n} app names contain the pre-production marker ${quoteList(words)}`, place: `${t.field} "${t.text}"` },
        };
      }
    }
  },
});

// Proper nouns that are also English words match only when capitalized as the product is.
const PRODUCTS_ANY_CASE = ['Microsoft', 'MSFT', 'Excel', 'PowerPoint', 'OneDrive', 'SharePoint', 'OneNote', 'Azure', 'Xbox', 'Outlook', 'Copilot', 'Power BI', 'Power Apps', 'Power Automate', 'Dynamics 365', 'Skype', 'Yammer', 'Office 365', 'Microsoft 365', 'M365', 'O365'];
const PRODUCTS_CAPITALIZED = ['Teams', 'Word', 'Surface', 'Windows', 'Bing', 'Viva', 'Planner', 'Exchange', 'Loop'];
const PRODUCT_ANY = wordPattern(PRODUCTS_ANY_CASE);
const PRODUCT_CAPITALIZED = wordPattern(PRODUCTS_CAPITALIZED, true);

/** Product names in a name, ignoring a trailing "for <products>" (the documented partnership form) unless inside parentheses. */
export function productNamesIn(name: string): { names: string[]; inParentheses: boolean } {
  // Linear scans: the expressions these replace (/\(([^)]*)\)/g and /\s+for\s+[^()]*$/i) were quadratic on long
  // runs of "(" or of spaces (a 400,000-space name took two minutes).
  const inside = parenthesized(name).join(' ');
  const inParentheses = matchesOf(PRODUCT_ANY, inside).length + matchesOf(PRODUCT_CAPITALIZED, inside).length > 0;
  // "Contoso Connector for Microsoft Teams": the app name first, then "for" and the product, is the partnership form.
  const head = inParentheses ? name : withoutTrailingFor(name);
  return { names: [...matchesOf(PRODUCT_ANY, head), ...matchesOf(PRODUCT_CAPITALIZED, head)], inParentheses };
}

/** `name` without its first " for …" that has no parenthesis after it (what `replace(/\s+for\s+[^()]*$/i, '')` did). */
function withoutTrailingFor(name: string): string {
  // The part removed holds no parenthesis, so it lies after the last one.
  const tail = Math.max(name.lastIndexOf('('), name.lastIndexOf(')')) + 1;
  for (let i = tail + 1; i + 3 < name.length; i++) {
    if (!isSpace(name[i - 1]) || !isSpace(name[i + 3]) || name.slice(i, i + 3).toLowerCase() !== 'for') continue;
    let start = i - 1;
    while (start > tail && isSpace(name[start - 1])) start--;
    return name.slice(0, start);
  }
  return name;
}

export const nameMicrosoftProducts = defineRule({
  id: 'teams.name-microsoft-product',
  title: 'The app name does not use Teams or other Microsoft product names',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description:
    'The guidelines forbid Teams, Microsoft and product names (Excel, PowerPoint, Word, OneDrive, SharePoint, OneNote, Azure, Surface, Xbox, …) in the app name, as they could suggest co-branding. Official partners may name the product after their own app name ("Contoso Connector for Microsoft Teams"); that form is not reported, since partnership cannot be checked offline, but a product name in parentheses always is.',
  *check({ manifest }) {
    for (const t of storeTexts(manifest?.value, 'name')) {
      const { names, inParentheses } = productNamesIn(t.text);
      if (names.length === 0) continue;
      const how = inParentheses ? ' Product names may not appear in parentheses.' : ' Only an official Microsoft partner may name the product, after the app name ("Contoso Connector for Microsoft Teams").';
      yield {
        file: 'manifest.json',
        pointer: t.pointer,
        message: `${t.field} "${t.text}" uses the Microsoft product name ${quoteList(names)}.${how}`,
        repeat: {
          summary: `{n} app names use the Microsoft product name ${quoteList(names)} (${inParentheses ? 'never in parentheses' : 'only an official Microsoft partner may name it, after the app name'})`,
          place: `${t.field} "${t.text}"`,
        },
      };
    }
  },
});

const CORE_FEATURES = ['Chat', 'Contacts', 'Calendar', 'Calls', 'Files', 'Activity', 'Teams', 'Help'];
const CORE_FEATURE = wordPattern(CORE_FEATURES);

export const nameCoreFeature = defineRule({
  id: 'teams.name-core-feature',
  title: 'The app name does not start with a core Teams feature name',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description: `Names of core Teams features (${CORE_FEATURES.join(', ')}) may not lead an app name; prefix common nouns with the developer name ("Contoso Calendar").`,
  *check({ manifest }) {
    for (const t of storeTexts(manifest?.value, 'name')) {
      const first = CORE_FEATURE.at(t.text, t.text.length - t.text.trimStart().length);
      if (first) yield { file: 'manifest.json', pointer: t.pointer, message: `${t.field} "${t.text}" starts with the core Teams feature name "${first}"; put your brand first.` };
    }
  },
});

const MAX_FULL_DESCRIPTION_WORDS = 500;

export const descriptionWords = defineRule({
  id: 'teams.description-full-words',
  title: 'description.full is at most 500 words',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description: 'The schema allows 4,000 characters; the guidelines add that the long description must not exceed 500 words.',
  *check({ manifest }) {
    const full = storeTexts(manifest?.value, 'description').find((t) => t.field === 'description.full');
    const words = full ? full.text.split(/\s+/).filter(Boolean).length : 0;
    if (full && words > MAX_FULL_DESCRIPTION_WORDS) {
      yield { file: 'manifest.json', pointer: full.pointer, message: `description.full has ${words} words; the store limit is ${MAX_FULL_DESCRIPTION_WORDS}.` };
    }
  },
});

const MS_ABBREVIATION = wordPattern(['MS Teams', 'MSFT', 'MS'], true);

export const microsoftAbbreviation = defineRule({
  id: 'teams.text-microsoft-abbreviation',
  title: 'Microsoft is not abbreviated MS or MSFT',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description: 'The guidelines require "Microsoft" written out in names and descriptions (and "Microsoft Teams" at first mention), never "MS" or "MSFT".',
  *check({ manifest }) {
    for (const t of storeTexts(manifest?.value)) {
      const found = matchesOf(MS_ABBREVIATION, t.text);
      if (found.length) yield { file: 'manifest.json', pointer: t.pointer, message: `${t.field} abbreviates Microsoft as ${quoteList(found)}; write "Microsoft".` };
    }
  },
});

export const noAppSourceLinks = defineRule({
  id: 'teams.text-appsource-link',
  title: 'No links to AppSource in descriptions or developer URLs',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description: 'The guidelines forbid links to AppSource in the descriptions and require privacy and terms pages that are not AppSource pages.',
  *check({ manifest }) {
    const m = asRecord(manifest?.value);
    const dev = asRecord(m?.developer);
    const places: Array<{ label: string; text: string; pointer: string }> = [
      ...storeTexts(m, 'description').map((t) => ({ label: t.field, text: t.text, pointer: t.pointer })),
      ...['websiteUrl', 'privacyUrl', 'termsOfUseUrl'].flatMap((k) => {
        const v = asString(dev?.[k]);
        return v ? [{ label: `developer.${k}`, text: v, pointer: `/developer/${k}` }] : [];
      }),
    ];
    for (const p of places) {
      if (/appsource\.microsoft\.com/i.test(p.text)) yield { file: 'manifest.json', pointer: p.pointer, message: `${p.label} links to AppSource, which the store does not allow.` };
    }
  },
});

const CLAIMS = new WordMatcher(
  ['#\\s?1', 'number one', 'no\\.\\s?1', 'the best', 'best[- ]in[- ]class', "world'?s (?:best|leading|first)", 'top[- ]rated', 'industry[- ]leading', 'market[- ]leading', '(?:top|highest)[- ]ranked', 'award[- ]winning', 'certified for', 'powered by microsoft'],
  false,
);

export const descriptionClaims = defineRule({
  id: 'teams.description-claims',
  title: 'Descriptions make no unverified superlative claims',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description:
    'The guidelines reject unverified claims such as "#1", "the best" or "top rated", and reserve "certified for" and "powered by" for certified partners. Matched by phrase, so plain uses of "best" (as in "best practices") are not reported.',
  *check({ manifest }) {
    for (const t of storeTexts(manifest?.value, 'description')) {
      const found = matchesOf(CLAIMS, t.text);
      if (found.length) yield { file: 'manifest.json', pointer: t.pointer, message: `${t.field} makes the claim ${quoteList(found)}; unverified superlatives are rejected in store review.` };
    }
  },
});

// The legacy validator's list, minus words that are ordinary English ("workplace", "stride", "flock").
const COMPETITORS = wordPattern(['Slack', 'HipChat', 'Hangouts Meet', 'Google Hangouts', 'Google Chat', 'G Suite', 'Workplace from Meta', 'Workplace by Facebook', 'Discord', 'Zoom Chat', 'Mattermost', 'Rocket.Chat', 'Webex Teams']);

export const competitorPlatforms = defineRule({
  id: 'teams.text-competitor-platform',
  title: 'Store text does not name other chat platforms',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description:
    'The guidelines forbid names of similar chat-based collaboration platforms in app metadata unless the app provides interoperability with them. Warning: interoperability apps are allowed, which this check cannot see.',
  *check({ manifest }) {
    for (const t of storeTexts(manifest?.value)) {
      const found = matchesOf(COMPETITORS, t.text);
      if (found.length) yield { file: 'manifest.json', pointer: t.pointer, message: `${t.field} names ${quoteList(found)}; other chat platforms may appear only when the app interoperates with them.` };
    }
  },
});

export const officeThreeSixtyFive = defineRule({
  id: 'teams.text-office-365',
  title: 'Say "Microsoft 365", not "Office 365"',
  severity: 'notice',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description: 'The guidelines recommend the current product name Microsoft 365 over Office 365 (good-to-fix).',
  *check({ manifest }) {
    for (const t of storeTexts(manifest?.value)) {
      if (/office\s*365/i.test(t.text)) yield { file: 'manifest.json', pointer: t.pointer, message: `${t.field} says "Office 365"; the product is now "Microsoft 365".` };
    }
  },
});

const APP_WORD = wordPattern(['apps', 'app']);

export const shortDescriptionApp = defineRule({
  id: 'teams.description-short-app-word',
  title: 'The short description avoids the word "app"',
  severity: 'notice',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description: 'The guidelines suggest a short description that says what the app does without the word "app" (good-to-fix).',
  *check({ manifest }) {
    const short = storeTexts(manifest?.value, 'description').find((t) => t.field === 'description.short');
    if (short && matchesOf(APP_WORD, short.text).length > 0) {
      yield { file: 'manifest.json', pointer: short.pointer, message: 'description.short uses the word "app"; say what it does instead.' };
    }
  },
});

function normalized(t: StoreText): string {
  return t.text.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
}

export const descriptionsRepeat = defineRule({
  id: 'teams.description-repeats',
  title: 'The full description does more than repeat the short one',
  severity: 'notice',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.storeValidation,
  description:
    "Microsoft's legacy validator warned when the full description merely contains the short one; the store expects the long description to explain features, value and requirements. Advice only.",
  *check({ manifest }) {
    const texts = storeTexts(manifest?.value, 'description');
    const short = texts.find((t) => t.field === 'description.short');
    const full = texts.find((t) => t.field === 'description.full');
    if (!short || !full) return;
    const s = normalized(short);
    const f = normalized(full);
    if (f === s) yield { file: 'manifest.json', pointer: full.pointer, message: 'description.full is the same as description.short; describe the features and requirements in the full description.' };
    else if (f.includes(s) && f.length < s.length * 2) {
      yield { file: 'manifest.json', pointer: full.pointer, message: 'description.full mostly repeats description.short; describe the features and requirements in the full description.' };
    }
  },
});

export const storeTextRules: readonly Rule[] = [
  namePreproduction,
  nameMicrosoftProducts,
  nameCoreFeature,
  descriptionWords,
  microsoftAbbreviation,
  noAppSourceLinks,
  descriptionClaims,
  competitorPlatforms,
  officeThreeSixtyFive,
  shortDescriptionApp,
  descriptionsRepeat,
];
