// Update checks against the published package (--previous): same id, higher version, same bots, and what the
// change costs (a new consent from every user, or a new review).
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPaths, checkView } from '../../src/engine/check.js';
import { viewFromRecord } from '../../src/engine/read/package-view.js';
import { compareSemver } from '../../src/engine/routes/semver.js';
import { readPrevious, type PreviousPackage } from '../../src/engine/routes/update.js';
import type { AudienceOption } from '../../src/engine/types.js';
import { agentPackage, validAgent } from '../helpers/copilot-packages.js';
import { connectorPackage } from '../helpers/connector-packages.js';
import { BOT_ID, png, teamsPackage, validManifest, type FileRecord } from '../helpers/packages.js';

const OTHER_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

function writeFolder(record: FileRecord): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpc-update-'));
  for (const [name, content] of Object.entries(record)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, typeof content === 'string' || content instanceof Uint8Array ? content : JSON.stringify(content));
  }
  return dir;
}

async function published(record: FileRecord): Promise<PreviousPackage> {
  const dir = writeFolder(record);
  const previous = await readPrevious(dir, dir);
  if (!previous) throw new Error('previous not found');
  return previous;
}

/** The update findings only (no other rule runs). */
async function update(current: FileRecord, previous: FileRecord, audience: AudienceOption = 'both') {
  const report = await checkView(viewFromRecord('app.zip', current, 'zip'), [], 'app.zip', { audience, rules: [], previousPackage: await published(previous) });
  return report;
}

const ids = (r: Awaited<ReturnType<typeof update>>) => r.findings.map((f) => f.ruleId);
const v = (version: string, more: Record<string, unknown> = {}) => validManifest({ version, ...more });

describe('semver', () => {
  it('orders versions by precedence', () => {
    expect(compareSemver('1.0.1', '1.0.0')).toBeGreaterThan(0);
    expect(compareSemver('1.10.0', '1.9.9')).toBeGreaterThan(0);
    expect(compareSemver('1.0.0', '1.0.0')).toBe(0);
    expect(compareSemver('1.0.0', '1.0.0+build.5')).toBe(0);
    expect(compareSemver('1.0.0-beta', '1.0.0')).toBeLessThan(0);
    expect(compareSemver('1.0.0-beta.2', '1.0.0-beta.11')).toBeLessThan(0);
    expect(compareSemver('1.0.0-alpha', '1.0.0-1')).toBeGreaterThan(0);
    expect(compareSemver('1.0', '1.0.0')).toBeUndefined();
  });
});

describe('an update that changes nothing but the version', () => {
  it('has no update finding and keeps both routes open', async () => {
    const r = await update(teamsPackage(v('1.0.1')), teamsPackage(v('1.0.0')));
    expect(r.findings).toEqual([]);
    expect(r.routes.every((x) => x.eligible)).toBe(true);
  });
});

describe("'route.update-id-changed'", () => {
  it('is an error on /id that blocks both routes', async () => {
    const r = await update(teamsPackage(v('1.0.1', { id: OTHER_ID })), teamsPackage(v('1.0.0')));
    const [f] = r.findings.filter((x) => x.ruleId === 'route.update-id-changed');
    expect(f).toMatchObject({ severity: 'error', file: 'manifest.json', pointer: '/id' });
    expect(f.message).toContain(OTHER_ID);
    expect(f.line).toBeGreaterThan(0);
    expect(r.routes.every((x) => !x.eligible && x.blockers.some((b) => b.ruleId === 'route.update-id-changed'))).toBe(true);
  });

  it('ignores letter case in the id', async () => {
    const r = await update(teamsPackage(v('1.0.1', { id: validManifest().id!.toString().toUpperCase() })), teamsPackage(v('1.0.0')));
    expect(ids(r)).not.toContain('route.update-id-changed');
  });
});

describe("'route.update-version-not-increased'", () => {
  it.each([
    ['1.0.0', '1.0.0'],
    ['1.0.0', '1.2.0'],
    ['2.0.0-beta', '2.0.0'],
  ])('refuses %s after %s', async (now, before) => {
    const r = await update(teamsPackage(v(now)), teamsPackage(v(before)));
    const [f] = r.findings;
    expect(f).toMatchObject({ ruleId: 'route.update-version-not-increased', severity: 'error', pointer: '/version' });
    expect(f.message).toContain(`version ${now} is not higher than the published ${before}`);
  });

  it('accepts a higher version, pre-release included', async () => {
    expect(ids(await update(teamsPackage(v('2.0.0-beta')), teamsPackage(v('1.9.0'))))).toEqual([]);
  });
});

describe("'route.update-bot-id-changed'", () => {
  it('warns on the message extension botId that changed', async () => {
    const before = validManifest({ version: '1.0.0' });
    const now = validManifest({ version: '1.0.1' });
    (now.composeExtensions as Array<Record<string, unknown>>)[0].botId = OTHER_ID;
    const r = await update(teamsPackage(now), teamsPackage(before));
    const [f] = r.findings.filter((x) => x.ruleId === 'route.update-bot-id-changed');
    expect(f).toMatchObject({ severity: 'warning', pointer: '/composeExtensions/0/botId' });
    expect(f.message).toContain(BOT_ID);
    expect(r.routes.every((x) => x.eligible)).toBe(true);
  });

  it('is silent when the bot ids are kept', async () => {
    expect(ids(await update(teamsPackage(v('1.0.1')), teamsPackage(v('1.0.0'))))).not.toContain('route.update-bot-id-changed');
  });
});

describe("'route.update-needs-consent'", () => {
  it('names each change that makes users consent again', async () => {
    const now = v('1.1.0', {
      bots: [{ botId: BOT_ID, scopes: ['personal'] }],
      webApplicationInfo: { id: OTHER_ID, resource: `api://orders.contoso.com/${OTHER_ID}` },
      authorization: { permissions: { resourceSpecific: [{ name: 'ChannelMessage.Read.Group', type: 'Application' }] } },
      permissions: ['identity', 'messageTeamMembers'],
      staticTabs: [{ entityId: 'orders', name: 'Orders', contentUrl: 'https://orders.contoso.com/tab', scopes: ['personal'] }],
    });
    const r = await update(teamsPackage(now), teamsPackage(v('1.0.0')));
    const consent = r.findings.filter((f) => f.ruleId === 'route.update-needs-consent');
    expect(consent.map((f) => f.pointer).sort()).toEqual(['/authorization/permissions/resourceSpecific', '/bots', '/permissions', '/staticTabs', '/webApplicationInfo']);
    expect(consent.every((f) => f.severity === 'warning')).toBe(true);
    expect(consent.find((f) => f.pointer === '/authorization/permissions/resourceSpecific')?.message).toContain('"ChannelMessage.Read.Group (Application)"');
    expect(consent.find((f) => f.pointer === '/bots')?.message).toContain('Adds 1 bot: existing users must accept a new permission request');
  });

  it('catches a removed message extension and a changed bot setting', async () => {
    const before = v('1.0.0', { bots: [{ botId: BOT_ID, scopes: ['personal'] }] });
    const now = v('1.0.1', { composeExtensions: undefined, bots: [{ botId: BOT_ID, scopes: ['personal'], supportsFiles: true }] });
    const msgs = (await update(teamsPackage(now), teamsPackage(before))).findings.filter((f) => f.ruleId === 'route.update-needs-consent').map((f) => f.message);
    expect(msgs.some((m) => m.startsWith('Removes 1 message extension'))).toBe(true);
    expect(msgs.some((m) => m.startsWith('Changes bots[0].supportsFiles from false to true'))).toBe(true);
  });

  it('is silent when webApplicationInfo only changes key order', async () => {
    const wai = { id: OTHER_ID, resource: 'api://x' };
    const r = await update(teamsPackage(v('1.0.1', { webApplicationInfo: { resource: 'api://x', id: OTHER_ID } })), teamsPackage(v('1.0.0', { webApplicationInfo: wai })));
    expect(ids(r)).toEqual([]);
  });
});

describe("'route.update-needs-review'", () => {
  it('reports new domains, metadata, icons and changed agent files as notices', async () => {
    const before = agentPackage({ manifest: validManifest({ version: '1.0.0', composeExtensions: undefined, copilotAgents: { declarativeAgents: [{ id: 'a', file: 'declarativeAgent.json' }] } }) });
    const now = agentPackage({
      manifest: validManifest({
        version: '1.1.0',
        name: { short: 'Contoso Orders Pro', full: 'Contoso Orders for Microsoft 365' },
        validDomains: ['orders.contoso.com', 'api.contoso.com'],
        composeExtensions: undefined,
        copilotAgents: { declarativeAgents: [{ id: 'a', file: 'declarativeAgent.json' }] },
      }),
      agent: validAgent({ instructions: 'Help sales staff find Contoso orders. Never create an order without asking first; confirm the customer.' }),
      files: { 'color.png': png(192, 192, [200, 0, 0, 255]) },
    });
    const review = (await update(now, before)).findings.filter((f) => f.ruleId === 'route.update-needs-review');
    expect(review.every((f) => f.severity === 'notice')).toBe(true);
    const text = review.map((f) => f.message).join('\n');
    expect(text).toContain('Adds valid domain "api.contoso.com"');
    expect(text).toContain('Metadata update (name.short, icons.color)');
    expect(text).toContain('Changed or new file "declarativeAgent.json"');
  });

  it('reports a new capability', async () => {
    const now = v('1.1.0', { copilotAgents: { declarativeAgents: [{ id: 'a', file: 'declarativeAgent.json' }] } });
    const r = await update(teamsPackage(now, { 'declarativeAgent.json': JSON.stringify(validAgent({ actions: undefined })) }), teamsPackage(v('1.0.0')));
    expect(r.findings.some((f) => f.ruleId === 'route.update-needs-review' && f.message.startsWith('Adds "declarative-agent"'))).toBe(true);
  });

  it('is silent for identical files', async () => {
    expect(ids(await update(agentPackage({ manifest: validManifest({ version: '1.0.1' }) }), agentPackage({ manifest: validManifest({ version: '1.0.0' }) })))).toEqual([]);
  });
});

describe("'route.update-previous-unreadable'", () => {
  it('warns when the published package is not a Teams app', async () => {
    const r = await update(teamsPackage(v('1.0.1')), connectorPackage());
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'route.update-previous-unreadable', severity: 'warning' })]);
    expect(r.findings[0].message).toContain('is not a Teams app package');
  });

  it('warns when its manifest cannot be parsed', async () => {
    const r = await update(teamsPackage(v('1.0.1')), { ...teamsPackage(), 'manifest.json': '{ "id": ' });
    expect(r.findings[0].message).toContain('cannot be parsed');
  });

  it('compares nothing for a package that is not a Teams app', async () => {
    const report = await checkView(viewFromRecord('c', connectorPackage(), 'folder'), [], 'c', { audience: 'both', rules: [], previousPackage: await published(teamsPackage()) });
    expect(report.findings).toEqual([]);
  });
});

describe('checkPaths with previous', () => {
  it('reads the published package once and checks each package against it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cpc-run-'));
    const cur = writeFolder(teamsPackage(v('1.0.0')));
    const prev = writeFolder(teamsPackage(v('1.0.0')));
    const { report, missing } = await checkPaths([cur], { audience: 'both', toolVersion: '0', cwd: root, previous: prev, rules: [] });
    expect(missing).toEqual([]);
    expect(report.packages[0].findings.map((f) => f.ruleId)).toEqual(['route.update-version-not-increased']);
    expect(report.summary.errors).toBe(1);
  });

  it('reports a previous path that names nothing as missing', async () => {
    const root = mkdtempSync(join(tmpdir(), 'cpc-run-'));
    const cur = writeFolder(teamsPackage());
    const { missing } = await checkPaths([cur], { audience: 'both', toolVersion: '0', cwd: root, previous: 'no/such/app.zip', rules: [] });
    expect(missing).toEqual(['no/such/app.zip']);
  });
});

describe('the CLI with --previous', () => {
  const io = (cwd: string) => {
    const out = { stdout: '', stderr: '' };
    return { out, io: { cwd, stdout: (t: string) => void (out.stdout += t), stderr: (t: string) => void (out.stderr += t) } };
  };

  it('fails an update whose version did not go up, and names the rule', async () => {
    const cur = writeFolder(teamsPackage(v('1.0.0')));
    const prev = writeFolder(teamsPackage(v('1.0.0')));
    const { out, io: cli } = io(cur);
    const { runCli } = await import('../../src/cli/main.js');
    expect(await runCli(['.', '--previous', prev, '--format', 'json'], cli)).toBe(1);
    expect(JSON.parse(out.stdout).packages[0].findings.map((f: { ruleId: string }) => f.ruleId)).toContain('route.update-version-not-increased');
  });

  it('exits 2 when --previous names nothing', async () => {
    const cur = writeFolder(teamsPackage(v('1.0.0')));
    const { out, io: cli } = io(cur);
    const { runCli } = await import('../../src/cli/main.js');
    expect(await runCli(['.', '--previous', 'published/app.zip'], cli)).toBe(2);
    expect(out.stderr).toContain('nothing found at "published/app.zip"');
  });
});
