import { describe, expect, it } from 'vitest';
import { BOT_ID, check, findingsOf, teamsPackage, validManifest } from '../helpers/packages.js';

const dev = validManifest().developer as Record<string, string>;

describe("'teams.manifest-feature-version'", () => {
  it('passes features that exist in the manifest version', async () => {
    expect(findingsOf(await check(teamsPackage()), 'teams.manifest-feature-version')).toEqual([]);
  });
  it('names the version a feature needs', async () => {
    const m = validManifest({
      manifestVersion: '1.16',
      $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.16/MicrosoftTeams.schema.json',
      copilotAgents: { declarativeAgents: [{ id: 'a', file: 'a.json' }] },
    });
    const [f] = findingsOf(await check(teamsPackage(m, { 'a.json': {} })), 'teams.manifest-feature-version');
    expect(f).toMatchObject({ severity: 'error', pointer: '/copilotAgents/declarativeAgents' });
    expect(f.message).toContain('1.19 or later');
  });
  it('finds samplePrompts inside commands and copilotExtensions anywhere', async () => {
    const m = validManifest({ manifestVersion: '1.16', copilotExtensions: { declarativeCopilots: [] } });
    (m.composeExtensions as any)[0].commands[0].samplePrompts = [{ text: 'Find orders' }];
    const pointers = findingsOf(await check(teamsPackage(m)), 'teams.manifest-feature-version').map((f) => f.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/composeExtensions/0/commands/0/samplePrompts', '/copilotExtensions']));
  });
});

describe("'teams.version-semver'", () => {
  it('passes 1.0.0', async () => {
    expect(findingsOf(await check(teamsPackage()), 'teams.version-semver')).toEqual([]);
  });
  it.each(['1.0', '1.0.0-beta', '01.0.0', 'v1.0.0', '1.0.0+build'])('reports %s', async (version) => {
    const [f] = findingsOf(await check(teamsPackage(validManifest({ version }))), 'teams.version-semver');
    expect(f).toMatchObject({ severity: 'error', pointer: '/version' });
  });
});

describe("'teams.version-major-zero'", () => {
  it('passes 1.0.0 and reports 0.1.0 as a notice', async () => {
    expect(findingsOf(await check(teamsPackage()), 'teams.version-major-zero')).toEqual([]);
    const [f] = findingsOf(await check(teamsPackage(validManifest({ version: '0.1.0' }))), 'teams.version-major-zero');
    expect(f.severity).toBe('notice');
  });
});

describe("'teams.manifest-version-copilot'", () => {
  it('passes a message extension on 1.13 or later', async () => {
    expect(findingsOf(await check(teamsPackage()), 'teams.manifest-version-copilot')).toEqual([]);
  });
  it('reports a message extension on 1.12', async () => {
    const m = validManifest({ manifestVersion: '1.12', $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.12/MicrosoftTeams.schema.json' });
    const [f] = findingsOf(await check(teamsPackage(m)), 'teams.manifest-version-copilot');
    expect(f).toMatchObject({ severity: 'warning', pointer: '/manifestVersion', audiences: ['multitenant'] });
  });
});

describe("'teams.manifest-dev-preview'", () => {
  it('passes a released version and reports devPreview', async () => {
    expect(findingsOf(await check(teamsPackage()), 'teams.manifest-dev-preview')).toEqual([]);
    const [f] = findingsOf(await check(teamsPackage(validManifest({ manifestVersion: 'devPreview' }))), 'teams.manifest-dev-preview');
    expect(f).toMatchObject({ severity: 'warning', audiences: ['multitenant'] });
  });
});

describe("'teams.developer-url-https'", () => {
  it('passes https and reports http', async () => {
    expect(findingsOf(await check(teamsPackage()), 'teams.developer-url-https')).toEqual([]);
    const m = validManifest({ developer: { ...dev, privacyUrl: 'http://www.contoso.com/privacy' } });
    const [f] = findingsOf(await check(teamsPackage(m)), 'teams.developer-url-https');
    expect(f.pointer).toBe('/developer/privacyUrl');
  });
});

describe("'teams.developer-default-values'", () => {
  it('passes real developer information', async () => {
    expect(findingsOf(await check(teamsPackage()), 'teams.developer-default-values')).toEqual([]);
  });
  it('reports the toolkit defaults', async () => {
    const m = validManifest({
      developer: { name: 'Teams App, Inc.', websiteUrl: 'https://www.example.com', privacyUrl: 'https://www.example.com/privacy', termsOfUseUrl: 'https://www.contoso.com/terms' },
    });
    // One template block, one finding: at the first field, listing the others.
    const [f, ...more] = findingsOf(await check(teamsPackage(m)), 'teams.developer-default-values');
    expect(more).toEqual([]);
    expect(f.pointer).toBe('/developer/name');
    expect(f.related?.map((r) => r.pointer)).toEqual(['/developer/websiteUrl', '/developer/privacyUrl']);
    expect(f.message).toBe(
      "3 developer fields are template defaults; use the publisher's name as registered in Partner Center and its real pages: name \"Teams App, Inc.\", websiteUrl https://www.example.com, privacyUrl https://www.example.com/privacy.",
    );
  });
});

describe("'teams.developer-mpn-id'", () => {
  it('passes with mpnId and notes its absence', async () => {
    const m = validManifest({ developer: { ...dev, mpnId: '1234567' } });
    expect(findingsOf(await check(teamsPackage(m)), 'teams.developer-mpn-id')).toEqual([]);
    expect(findingsOf(await check(teamsPackage()), 'teams.developer-mpn-id')[0].severity).toBe('notice');
  });
});

describe("'teams.manifest-schema-url'", () => {
  it('passes a matching $schema', async () => {
    expect(findingsOf(await check(teamsPackage()), 'teams.manifest-schema-url')).toEqual([]);
  });
  it('reports a missing $schema and one for another version', async () => {
    const { $schema: _s, ...noSchema } = validManifest();
    expect(findingsOf(await check(teamsPackage(noSchema)), 'teams.manifest-schema-url')[0].message).toContain('v1.19/MicrosoftTeams.schema.json');
    const other = validManifest({ $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json' });
    const [f] = findingsOf(await check(teamsPackage(other)), 'teams.manifest-schema-url');
    expect(f).toMatchObject({ pointer: '/$schema', severity: 'notice' });
  });
});

describe("'teams.custom-engine-agent-bot'", () => {
  const base = { manifestVersion: '1.21', $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.21/MicrosoftTeams.schema.json' };
  it('passes an agent backed by a personal bot', async () => {
    const m = validManifest({ ...base, bots: [{ botId: BOT_ID, scopes: ['personal'] }], copilotAgents: { customEngineAgents: [{ id: BOT_ID, type: 'bot' }] } });
    expect(findingsOf(await check(teamsPackage(m)), 'teams.custom-engine-agent-bot')).toEqual([]);
  });
  it('reports an agent without a bot, and a bot without personal scope', async () => {
    const none = validManifest({ ...base, copilotAgents: { customEngineAgents: [{ id: BOT_ID, type: 'bot' }] } });
    expect(findingsOf(await check(teamsPackage(none)), 'teams.custom-engine-agent-bot')[0].pointer).toBe('/copilotAgents/customEngineAgents/0/id');
    const team = validManifest({ ...base, bots: [{ botId: BOT_ID, scopes: ['team'] }], copilotAgents: { customEngineAgents: [{ id: BOT_ID, type: 'bot' }] } });
    expect(findingsOf(await check(teamsPackage(team)), 'teams.custom-engine-agent-bot')[0].message).toContain('personal scope');
  });
});
