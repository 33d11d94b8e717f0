import { describe, expect, it } from 'vitest';
import { detectKind } from '../src/engine/detect/kind.js';
import { teamsCapabilities } from '../src/engine/detect/teams-capabilities.js';
import { viewFromRecord } from '../src/engine/read/package-view.js';
import { validManifest } from './helpers/packages.js';

const view = (files: Record<string, string | object>) => viewFromRecord('x', files);

describe('kind detection', () => {
  it('recognises a Teams app by manifest.json, also in the wrong case or one folder down', () => {
    expect(detectKind(view({ 'manifest.json': '{}' }))).toBe('teams-app');
    expect(detectKind(view({ 'Manifest.JSON': '{}' }))).toBe('teams-app');
    expect(detectKind(view({ 'appPackage/manifest.json': '{}' }))).toBe('teams-app');
  });
  it('recognises a Power Platform connector by its swagger or apiProperties', () => {
    expect(detectKind(view({ 'apiDefinition.swagger.json': { swagger: '2.0' }, 'apiProperties.json': {} }))).toBe('power-platform-connector');
    expect(detectKind(view({ 'apiProperties.json': {} }))).toBe('power-platform-connector');
  });
  it('recognises a standalone Graph connector definition', () => {
    const def = { id: 'contosohr', name: 'Contoso HR', description: 'Policies', activitySettings: {} };
    expect(detectKind(view({ 'connector.json': def }))).toBe('graph-connector');
  });
  it('says unknown for anything else', () => {
    expect(detectKind(view({ 'readme.md': '# hi', 'data.json': { a: 1 } }))).toBe('unknown');
  });
});

describe('Teams capabilities', () => {
  it('lists what the manifest declares', () => {
    expect(teamsCapabilities(validManifest())).toEqual(['message-extension']);
    const m = validManifest({
      bots: [{ botId: 'x', scopes: ['personal'] }],
      staticTabs: [{ entityId: 'a', scopes: ['personal'] }],
      graphConnector: { notificationUrl: 'https://x.contoso.com' },
      copilotAgents: { declarativeAgents: [{ id: 'a', file: 'da.json' }] },
    });
    expect(new Set(teamsCapabilities(m))).toEqual(new Set(['message-extension', 'bot', 'tab', 'graph-connector', 'declarative-agent']));
  });
  it('survives manifests of the wrong shape', () => {
    expect(teamsCapabilities(null)).toEqual([]);
    expect(teamsCapabilities({ composeExtensions: 'no', bots: 3 })).toEqual([]);
  });
});
