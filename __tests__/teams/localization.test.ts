import { describe, expect, it } from 'vitest';
import { check, findingsOf, teamsPackage, validManifest } from '../helpers/packages.js';

const LOC_SCHEMA = 'https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.Localization.schema.json';
const base = validManifest();
const strings = {
  $schema: LOC_SCHEMA,
  'name.short': 'Commandes Contoso',
  'name.full': 'Commandes Contoso pour Microsoft 365',
  'description.short': 'Trouvez et partagez les commandes Contoso.',
  'description.full': 'Recherchez les commandes Contoso par client, statut ou date.',
};
const defaults = {
  $schema: LOC_SCHEMA,
  'name.short': (base.name as any).short,
  'name.full': (base.name as any).full,
  'description.short': (base.description as any).short,
  'description.full': (base.description as any).full,
};

function localized(fr: object, extra: Record<string, unknown> = {}, en: object = defaults) {
  const m = validManifest({
    localizationInfo: { defaultLanguageTag: 'en', defaultLanguageFile: 'en.json', additionalLanguages: [{ languageTag: 'fr', file: 'fr.json' }] },
    ...extra,
  });
  return teamsPackage(m, { 'fr.json': fr, 'en.json': en });
}

describe('localization on a correct package', () => {
  it.each([
    'teams.localization-schema',
    'teams.localization-key-unknown',
    'teams.localization-version-match',
    'teams.localization-default-file',
    'teams.localization-language-only-tag',
  ])('%s has nothing to say', async (id) => {
    const ok = { ...strings, 'composeExtensions[0].commands[0].title': 'Rechercher' };
    expect(findingsOf(await check(localized(ok)), id)).toEqual([]);
  });
});

describe("'teams.localization-schema'", () => {
  it('reports a too-long name and an unknown key in the language file, at their pointers', async () => {
    const found = findingsOf(await check(localized({ ...strings, 'name.short': 'x'.repeat(31), surprise: 'x' })), 'teams.localization-schema');
    expect(found.map((f) => [f.file, f.pointer])).toEqual(
      expect.arrayContaining([
        ['fr.json', '/name.short'],
        ['fr.json', '/surprise'],
      ]),
    );
    expect(found[0].severity).toBe('error');
    expect(found[0].line).toBeGreaterThan(1);
  });
  it('reports a missing required string', async () => {
    const { 'description.full': _d, ...partial } = strings;
    const [f] = findingsOf(await check(localized(partial)), 'teams.localization-schema');
    expect(f.pointer).toBe('/description.full');
  });
});

describe("'teams.localization-key-unknown'", () => {
  it('reports a key for a command the manifest does not have', async () => {
    const [f] = findingsOf(await check(localized({ ...strings, 'composeExtensions[0].commands[3].title': 'Autre' })), 'teams.localization-key-unknown');
    expect(f).toMatchObject({ file: 'fr.json', pointer: '/composeExtensions[0].commands[3].title', severity: 'warning' });
  });
});

describe("'teams.localization-version-match'", () => {
  it('reports a language file for another schema version', async () => {
    const other = { ...strings, $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.16/MicrosoftTeams.Localization.schema.json' };
    const [f] = findingsOf(await check(localized(other)), 'teams.localization-version-match');
    expect(f).toMatchObject({ file: 'fr.json', pointer: '/$schema', audiences: ['multitenant'] });
    expect(f.message).toContain('1.16');
  });
});

describe("'teams.localization-default-file'", () => {
  it('reports a default language file that disagrees with the manifest', async () => {
    const [f] = findingsOf(await check(localized(strings, {}, { ...defaults, 'name.short': 'Orders' })), 'teams.localization-default-file');
    expect(f).toMatchObject({ file: 'en.json', pointer: '/name.short' });
  });
});

describe("'teams.localization-language-only-tag'", () => {
  it('notes regional tags without a language-only entry', async () => {
    const pkg = localized(strings, {
      localizationInfo: { defaultLanguageTag: 'en', additionalLanguages: [{ languageTag: 'fr-FR', file: 'fr.json' }] },
    });
    const [f] = findingsOf(await check(pkg), 'teams.localization-language-only-tag');
    expect(f).toMatchObject({ severity: 'notice', pointer: '/localizationInfo/additionalLanguages' });
    expect(f.message).toContain('fr-fr');
  });
});
