// Localization: each language file against Microsoft's localization schema, keys that exist, versions, tags.
import { defineRule, BOTH, MULTITENANT, type Rule } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { pointer } from '../../json/pointer.js';
import { issueDraft, validateAgainst } from '../../schemas/validate.js';
import { schemaFile } from '../../schemas/catalog.js';
import { replaceFix, schemaUrlWithVersion } from '../../fix/drafts.js';
import { teamsSchemaFolder } from './shared/manifest-version.js';
import { asArray, asRecord, asString } from '../../util/values.js';
import { keyPath, languageFiles, manifestValueAt, NON_PATH_KEYS } from './shared/localization.js';

export const localizationSchema = defineRule({
  id: 'teams.localization-schema',
  title: 'Each language file matches the localization schema of the manifest version',
  severity: 'error',
  audiences: BOTH,
  kinds: ['teams-app'],
  restatedBy: ['package.unresolved-placeholder', 'package.unresolved-placeholder-functional'],
  docs: DOCS.appLocalization,
  description:
    "Language files are validated with Microsoft's MicrosoftTeams.Localization.schema.json of the manifest's version: name.short ≤30, name.full ≤100, description.short ≤80, description.full ≤4000, and only the listed keys and key patterns.",
  *check({ pkg, manifest }) {
    const version = asString(asRecord(manifest?.value)?.manifestVersion);
    if (!version) return;
    for (const file of languageFiles(pkg, manifest?.value)) {
      const issues = validateAgainst('teams-localization', version, file.doc.value);
      for (const issue of issues ?? []) yield issueDraft(file.name, { ...issue, message: `${file.name}: ${issue.message}` });
    }
  },
});

export const localizationKeysExist = defineRule({
  id: 'teams.localization-key-unknown',
  title: 'Each localized key names a value that exists in the manifest',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.appLocalization,
  description:
    'A key such as "staticTabs[2].name" replaces the manifest value at that path; when the manifest has no such value the translation is never shown, usually after commands or tabs were removed or reordered. Warning: the service behaviour for such keys is not documented.',
  *check({ pkg, manifest }) {
    for (const file of languageFiles(pkg, manifest?.value)) {
      const values = asRecord(file.doc.value);
      for (const key of Object.keys(values ?? {})) {
        if (NON_PATH_KEYS.has(key)) continue;
        const path = keyPath(key);
        if (!path || manifestValueAt(manifest?.value, path) !== undefined) continue;
        yield { file: file.name, pointer: pointer(key), message: `${file.name} localizes "${key}", but manifest.json has no value there.` };
      }
    }
  },
});

function schemaUrlVersion(url: string | undefined): string | undefined {
  const m = url ? /\/teams\/v(DevPreview|\d+\.\d+)\/MicrosoftTeams\.Localization\.schema\.json$/i.exec(url) : null;
  if (!m) return undefined;
  return m[1].toLowerCase() === 'devpreview' ? 'devPreview' : m[1];
}

export const localizationVersionMatch = defineRule({
  id: 'teams.localization-version-match',
  title: 'Language files use the same schema version as the manifest',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.appLocalization,
  description: 'The store guidelines and the agent localization guide ask that each language file names the localization schema of the same version as manifestVersion.',
  *check({ pkg, manifest }) {
    const version = asString(asRecord(manifest?.value)?.manifestVersion);
    if (!version) return;
    for (const file of languageFiles(pkg, manifest?.value)) {
      const url = asString(asRecord(file.doc.value)?.$schema);
      const named = schemaUrlVersion(url);
      if (url && named && named !== version) {
        // Towards a version that has a localization schema only.
        const fixed = schemaFile('teams-localization', version) ? schemaUrlWithVersion(url, '/teams', teamsSchemaFolder(version)) : undefined;
        const fix = fixed ? replaceFix(`Point $schema at the ${version} localization schema: "${fixed}".`, '/$schema', fixed) : undefined;
        yield { file: file.name, pointer: '/$schema', message: `${file.name} names the localization schema ${named}, but manifestVersion is ${version}.`, ...(fix ? { fix } : {}) };
      }
    }
  },
});

const TEXT_KEYS = ['name.short', 'name.full', 'description.short', 'description.full'] as const;

export const defaultLanguageFileMatches = defineRule({
  id: 'teams.localization-default-file',
  title: 'The default language file holds the same name and descriptions as the manifest',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: DOCS.appLocalization,
  description:
    "The manifest's own strings are the default language; localizationInfo.defaultLanguageFile states them again (with the localization keys agents use). When the two disagree, the store listing, the manifest and Copilot show different names for the same language.",
  *check({ pkg, manifest }) {
    const file = languageFiles(pkg, manifest?.value).find((f) => f.tag === undefined);
    const values = asRecord(file?.doc.value);
    if (!file || !values) return;
    for (const key of TEXT_KEYS) {
      const localized = asString(values[key]);
      const [group, size] = key.split('.');
      const original = asString(asRecord(asRecord(manifest?.value)?.[group])?.[size]);
      if (localized !== undefined && original !== undefined && localized !== original) {
        yield { file: file.name, pointer: pointer(key), message: `${file.name} gives ${key} as "${localized}", but manifest.json says "${original}".` };
      }
    }
  },
});

export const languageOnlyTags = defineRule({
  id: 'teams.localization-language-only-tag',
  title: 'Language-only tags come before regional ones',
  severity: 'notice',
  audiences: BOTH,
  kinds: ['teams-app'],
  docs: DOCS.appLocalization,
  description:
    'Teams applies default strings, then language-only strings ("fr"), then language-and-region strings ("fr-ca"). With only "fr-fr", a user in fr-ca gets the default language; the localization guide asks for language-only files with regional overrides where needed.',
  *check({ manifest }) {
    const languages = asArray(asRecord(asRecord(manifest?.value)?.localizationInfo)?.additionalLanguages);
    const tags = languages.map((l) => asString(asRecord(l)?.languageTag)?.toLowerCase()).filter((t): t is string => !!t);
    const plain = new Set(tags.filter((t) => !t.includes('-')));
    const uncovered = tags.filter((t) => t.includes('-') && !plain.has(t.split('-')[0]));
    if (uncovered.length === 0) return;
    yield {
      file: 'manifest.json',
      pointer: '/localizationInfo/additionalLanguages',
      message: `${uncovered.length} language${uncovered.length === 1 ? '' : 's'} (${uncovered.slice(0, 6).join(', ')}${uncovered.length > 6 ? ', …' : ''}) have a region but no language-only entry; users in other regions of that language get the default language.`,
    };
  },
});

export const localizationRules: readonly Rule[] = [localizationSchema, localizationKeysExist, localizationVersionMatch, defaultLanguageFileMatches, languageOnlyTags];
