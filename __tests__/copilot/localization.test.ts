import { describe, expect, it } from 'vitest';
import { agentManifest, agentPackage, validAgent, validPlugin } from '../helpers/copilot-packages.js';
import { ruleFindings } from './support.js';

const localized = agentManifest({
  localizationInfo: { defaultLanguageTag: 'en', defaultLanguageFile: 'loc/en.json', additionalLanguages: [{ languageTag: 'fr', file: 'loc/fr.json' }] },
});
const languageFile = (keys: Record<string, string>) =>
  JSON.stringify({ $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.19/MicrosoftTeams.Localization.schema.json', 'name.short': 'Contoso Orders', 'name.full': 'Contoso Orders', 'description.short': 'Orders', 'description.full': 'Orders in Microsoft 365 Copilot.', localizationKeys: keys });

describe("'copilot.localization-token-undefined'", () => {
  it('reports a token missing from one language file, at the token', async () => {
    const agent = validAgent({ name: '[[agent_name]]', description: '[[agent_description]]' });
    const files = { 'loc/en.json': languageFile({ agent_name: 'Contoso Orders', agent_description: 'Orders' }), 'loc/fr.json': languageFile({ agent_name: 'Commandes Contoso' }) };
    const found = await ruleFindings(agentPackage({ manifest: localized, agent, files }), 'copilot.localization-token-undefined');
    expect(found.map((f) => [f.file, f.pointer])).toEqual([['declarativeAgent.json', '/description']]);
    expect(found[0].message).toContain('loc/fr.json');
  });
  it('reports tokens when the manifest has no language file, also in plugins', async () => {
    const found = await ruleFindings(agentPackage({ plugin: validPlugin({ description_for_human: '[[plugin_description]]' }) }), 'copilot.localization-token-undefined');
    expect(found.map((f) => [f.file, f.pointer])).toEqual([['ai-plugin.json', '/description_for_human']]);
  });
  it('passes tokens defined everywhere, and agents without tokens', async () => {
    const agent = validAgent({ name: '[[agent_name]]' });
    const files = { 'loc/en.json': languageFile({ agent_name: 'Contoso Orders' }), 'loc/fr.json': languageFile({ agent_name: 'Commandes Contoso' }) };
    expect(await ruleFindings(agentPackage({ manifest: localized, agent, files }), 'copilot.localization-token-undefined')).toEqual([]);
    expect(await ruleFindings(agentPackage(), 'copilot.localization-token-undefined')).toEqual([]);
  });
});
