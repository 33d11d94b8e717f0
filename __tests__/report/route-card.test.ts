// The route card in the pull-request comment, the verdict line above it and the same facts in text.
// Routes come from the real engine with only route facts and test rules, so the snapshots move only when routes do.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/engine/check.js';
import { defineRule, BOTH, MULTITENANT } from '../../src/engine/rules/rule.js';
import type { AudienceOption, PackageReport } from '../../src/engine/types.js';
import { verdictLine } from '../../src/report/format.js';
import { routeCard } from '../../src/report/route-card.js';
import { renderText } from '../../src/report/text.js';
import { connectorPackage } from '../helpers/connector-packages.js';
import { graphPackage } from '../helpers/graph-packages.js';
import { check, teamsPackage, validManifest, type FileRecord } from '../helpers/packages.js';

const HOSTILE = ['name | with pipe', '<script>alert(1)</script>', '@octocat please look', 'line\nbreak [link](https://evil.example)', '`code` ** bold **'];

// Messages that quote package values, as real rules do, one rule each; the last ones overflow the card's three lines.
const hostile = HOSTILE.map((text, i) =>
  defineRule({
    id: `test.hostile-${i}`,
    title: 'quotes package text',
    severity: 'error',
    audiences: BOTH,
    kinds: ['teams-app'],
    docs: 'https://learn.microsoft.com/test',
    *check() {
      yield { message: `name.short is "${text}"` };
    },
  }),
);

const storeOnly = defineRule({
  id: 'test.store-only',
  title: 'store only',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['teams-app'],
  docs: 'https://learn.microsoft.com/test',
  *check() {
    yield { message: 'description.full is too short for the store.' };
  },
});

const run = (record: FileRecord, path: string, rules = [] as typeof storeOnly[], audience: AudienceOption = 'both') => check(record, { rules, path, audience });
const card = (p: PackageReport) => routeCard(p).join('\n');
const rows = (p: PackageReport) => routeCard(p, { details: false }).slice(2);

describe('routeCard', () => {
  it('teams-app, ready for both routes', async () => {
    expect(card(await run(teamsPackage(), 'appPackage/build/contoso-orders.zip'))).toMatchSnapshot();
  });

  it('teams-app, the store blocked by a finding', async () => {
    expect(card(await run(teamsPackage(), 'appPackage/build/contoso-orders.zip', [storeOnly]))).toMatchSnapshot();
  });

  it('teams-app below manifest 1.13: a caution for one organisation, the store closed', async () => {
    const m = validManifest({ manifestVersion: '1.12', $schema: 'https://developer.microsoft.com/json-schemas/teams/v1.12/MicrosoftTeams.schema.json' });
    expect(card(await run(teamsPackage(m), 'legacy.zip'))).toMatchSnapshot();
  });

  it('power-platform-connector, ready for both routes', async () => {
    expect(card(await run(connectorPackage(), 'connectors/contoso-orders'))).toMatchSnapshot();
  });

  it('graph-connector, standalone: the store refused with the way forward', async () => {
    expect(card(await run(graphPackage(), 'connectors/contoso-tickets.json'))).toMatchSnapshot();
  });

  it('one audience only', async () => {
    expect(routeCard(await run(graphPackage(), 'contoso-tickets.json', [], 'single-tenant'), { details: false }).join('\n')).toMatchSnapshot();
  });

  it('escapes package text and lists three blockers, then how many more', async () => {
    const p = await run(teamsPackage(), 'x.zip', hostile);
    const text = card(p);
    expect(text).toMatchSnapshot();
    // Every hostile message shown: still two rows, nothing live.
    const all = routeCard(p, { maxBlockers: 10, details: false });
    expect(all).toHaveLength(4);
    const joined = all.join('\n');
    expect(joined).not.toContain('<script>');
    expect(joined).not.toMatch(/@octocat/);
    expect(joined).not.toContain('](https://evil.example)');
    expect(joined).toContain('line break');
    expect(joined).not.toMatch(/evil\.example\)?\]\(|(?<!\\)\]\(https:\/\/evil/);
    expect(joined).not.toMatch(/(?<!\\)`code/);
    for (const row of all.slice(2)) expect(row.match(/(?<!\\)\|/g)).toHaveLength(6);
    for (const row of rows(p)) {
      // Exactly the six pipes that delimit five cells: no pipe from package text survives unescaped.
      expect(row.match(/(?<!\\)\|/g)).toHaveLength(6);
      expect(row).toContain('… and 2 more blockers');
      expect(row).not.toContain('\n');
    }
  });

  it('lists one line per rule with how often it fired', async () => {
    const twice = defineRule({ ...storeOnly, id: 'test.a-twice', audiences: BOTH, *check() { yield { message: 'first' }; yield { message: 'second' }; } });
    const p = await run(teamsPackage(), 'x.zip', [twice, ...hostile]);
    const [row] = rows(p);
    expect(row).toContain('❌ blocked (7)');
    expect(row).toContain('`test.a-twice` first (×2)<br>`test.hostile-0`');
    expect(row).not.toContain('second');
    expect(row).toContain('… and 3 more blockers');
  });

  it('can leave out the folded prerequisites and steps', async () => {
    const lines = routeCard(await run(teamsPackage(), 'a.zip'), { details: false });
    expect(lines).toHaveLength(4);
    expect(lines.join('\n')).not.toContain('<details>');
  });

  it('links every prerequisite and step to its page in the folded part', async () => {
    const p = await run(connectorPackage(), 'c');
    const text = card(p);
    const items = p.routes.reduce((n, r) => n + r.prerequisites.length + r.steps.length, 0);
    expect(text.match(/\(\[docs\]\(https:\/\/learn\.microsoft\.com\//g)).toHaveLength(items);
  });
});

describe('verdictLine', () => {
  it('names where a single package can go and where it cannot', async () => {
    const p = await run(graphPackage(), 'contoso-tickets.json');
    expect(verdictLine(buildReport([p], { audience: 'both', toolVersion: '0' }))).toBe(
      'contoso-tickets.json can go to Microsoft 365 admin center > Search & intelligence > Data sources (one organisation); not to Partner Center > Microsoft 365 and Copilot (apps and agents) (1 blocker).',
    );
  });

  it('says when a single package can go nowhere yet', async () => {
    const p = await run(teamsPackage(), 'x.zip', hostile);
    expect(verdictLine(buildReport([p], { audience: 'both', toolVersion: '0' }))).toBe(
      'x.zip cannot be published yet: Microsoft 365 admin center > Integrated apps (5 blockers); Partner Center > Microsoft 365 and Copilot (apps and agents) (5 blockers).',
    );
  });

  it('counts ready and blocked packages per audience for several packages', async () => {
    const packages = [await run(teamsPackage(), 'a.zip'), await run(graphPackage(), 'b.json'), await run(teamsPackage(), 'c.zip', [storeOnly])];
    expect(verdictLine(buildReport(packages, { audience: 'both', toolVersion: '0' }))).toBe(
      '3 packages checked — one organisation: 3 ready, 0 blocked; every organisation (store): 1 ready, 2 blocked.',
    );
  });

  it('handles no package and an unrecognised one', async () => {
    expect(verdictLine(buildReport([], { audience: 'both', toolVersion: '0' }))).toBe('No package was found to check.');
    const p = await run({ 'notes.txt': 'x' }, 'notes');
    expect(verdictLine(buildReport([p], { audience: 'both', toolVersion: '0' }))).toContain('notes: no Teams app, connector or Copilot (Graph) connector definition was recognised');
  });
});

describe('renderText, route part', () => {
  it('shows the verdict, blockers or cautions, the next step and the guide for each kind', async () => {
    const packages = [
      await run(teamsPackage(validManifest({ manifestVersion: '1.12' })), 'legacy.zip'),
      await run(connectorPackage(), 'connectors/contoso-orders'),
      await run(graphPackage(), 'contoso-tickets.json'),
    ];
    expect(renderText(buildReport(packages, { audience: 'both', toolVersion: '0' }))).toMatchSnapshot();
  });
});
