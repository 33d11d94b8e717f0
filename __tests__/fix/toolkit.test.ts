// The toolkit's fix: an Agents Toolkit project checked from source whose template writes a variable the env file
// sets in a way the toolkit does not replace ({{BOT_ID}}, <<BOT_ID>>) has the placeholder left in the package; the
// fix writes it as ${{BOT_ID}} in the template, in the template's own formatting, and the project built again has
// nothing left. A correct ${{VAR}} in a file the toolkit packages as it is, or a name the env file does not set,
// gets no fix.
import { describe, expect, it } from 'vitest';
import { checkPaths } from '../../src/engine/index.js';
import type { Finding } from '../../src/engine/types.js';
import { edited, serialize, STYLES } from '../helpers/fixes.js';
import { makeWorkspace } from '../helpers/workspace.js';
import { apiMessageExtensionProject, botProject, PROD_VALUES } from '../toolkit/projects.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PLACEHOLDER_RULES = ['package.unresolved-placeholder', 'package.unresolved-placeholder-functional'];
const ENV = { TEAMS_APP_ID: PROD_VALUES.TEAMS_APP_ID, BOT_ID: PROD_VALUES.BOT_ID, BOT_DOMAIN: PROD_VALUES.BOT_DOMAIN };

async function placeholders(dir: string): Promise<Finding[]> {
  const { report } = await checkPaths(['.'], { audience: 'both', toolVersion: 'test', cwd: dir, root: dir });
  return report.packages.flatMap((p) => p.findings).filter((f) => PLACEHOLDER_RULES.includes(f.ruleId));
}

/** The bot project's template with the message extension's botId written the old way, in a style. */
function template(botId: string): Record<string, any> {
  const m = JSON.parse(String(botProject({ env: ENV })['appPackage/manifest.json']));
  m.composeExtensions[0].botId = botId;
  return m;
}

describe('a placeholder the toolkit does not replace, for a variable the env file sets', () => {
  for (const style of STYLES) {
    it(`{{BOT_ID}} becomes \${{BOT_ID}} in the template (${style.name})`, async () => {
      const source = serialize(template('{{BOT_ID}}'), style);
      const dir = await makeWorkspace({ ...botProject({ env: ENV }), 'appPackage/manifest.json': source });
      const [f, ...others] = await placeholders(dir);
      expect(others).toEqual([]);
      expect(f.ruleId).toBe('package.unresolved-placeholder-functional');
      expect(f.fix).toMatchObject({
        description: 'Write {{BOT_ID}} as ${{BOT_ID}}, the placeholder the toolkit fills in (env/.env.dev sets BOT_ID).',
        changes: [{ file: 'manifest.json', op: 'replace-text', pointer: '/composeExtensions/0/botId', find: '{{BOT_ID}}', text: '${{BOT_ID}}' }],
        applicable: true,
        edits: [{ path: 'appPackage/manifest.json', text: '${{BOT_ID}}' }],
      });
      const fixed = edited(source, f.fix!.edits);
      expect(fixed).toBe(serialize(template('${{BOT_ID}}'), style));
      writeFileSync(join(dir, 'appPackage/manifest.json'), fixed);
      expect(await placeholders(dir)).toEqual([]);
    });
  }

  it('<<BOT_ID>> too, and through --fix the template is fixed and the project checked again is clean', async () => {
    const dir = await makeWorkspace({ ...botProject({ env: ENV }), 'appPackage/manifest.json': serialize(template('<<BOT_ID>>'), STYLES[1]) });
    const { runCli } = await import('../../src/cli/main.js');
    let stderr = '';
    const code = await runCli(['.', '--fix'], { cwd: dir, stdout: () => undefined, stderr: (t) => (stderr += t) });
    expect(stderr).toContain('fixed 1 finding in 1 file: appPackage/manifest.json.');
    expect(readFileSync(join(dir, 'appPackage/manifest.json'), 'utf8')).toBe(serialize(template('${{BOT_ID}}'), STYLES[1]));
    expect(await placeholders(dir)).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('no fix', () => {
  it('for a name the env file does not set, or sets empty', async () => {
    const unset = await makeWorkspace({ ...botProject({ env: ENV }), 'appPackage/manifest.json': serialize(template('{{OTHER_BOT}}'), STYLES[0]) });
    expect((await placeholders(unset)).map((f) => [f.ruleId, f.fix])).toEqual([['package.unresolved-placeholder-functional', undefined]]);
    const empty = await makeWorkspace({ ...botProject({ env: { ...ENV, BOT_ID: '' } }), 'appPackage/manifest.json': serialize(template('{{BOT_ID}}'), STYLES[0]) });
    expect((await placeholders(empty)).filter((f) => f.fix)).toEqual([]);
  });

  it('for a correct ${{VAR}} in a file the toolkit packages as it is (a response template)', async () => {
    const layout = apiMessageExtensionProject({ env: { TEAMS_APP_ID: ENV.TEAMS_APP_ID, APIKEY_REGISTRATION_ID: PROD_VALUES.APIKEY_REGISTRATION_ID } });
    const card = JSON.parse(String(layout['appPackage/responseTemplates/listOrders.json']));
    card.previewCardTemplate = { ...card.previewCardTemplate, title: 'Orders from ${{OPENAPI_SERVER_URL}}' };
    const dir = await makeWorkspace({ ...layout, 'appPackage/responseTemplates/listOrders.json': JSON.stringify(card, null, 2) });
    const found = await placeholders(dir);
    expect(found.map((f) => [f.file, f.fix])).toEqual([['responseTemplates/listOrders.json', undefined]]);
  });
});
