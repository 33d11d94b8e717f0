// Routes in markdown (one line per route of a package, prerequisites and steps once per route kind), the verdict
// line and the same facts in text.
// Routes come from the real engine with only route facts and test rules, so the snapshots move only when routes do.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/engine/check.js';
import { defineRule, BOTH, MULTITENANT } from '../../src/engine/rules/rule.js';
import type { AudienceOption, PackageReport } from '../../src/engine/types.js';
import { verdictLine } from '../../src/report/format.js';
import { publishingGuide, routeLines } from '../../src/report/route-card.js';
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
const card = (p: PackageReport) => [...routeLines(p), '', ...publishingGuide([p])].join('\n');

describe('routeLines and publishingGuide', () => {
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
    expect(routeLines(await run(graphPackage(), 'contoso-tickets.json', [], 'single-tenant')).join('\n')).toMatchSnapshot();
  });

  it("says how many errors block a route; their messages are the findings table's, not repeated here", async () => {
    const p = await run(teamsPackage(), 'x.zip', hostile);
    const lines = routeLines(p);
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).toMatch(/❌ blocked by 5 errors\.$/);
      expect(line).not.toContain('<script>');
      expect(line).not.toContain('\n');
    }
    // The short form leaves out what the table's ✅ and ❌ already say.
    expect(routeLines(p, { onlyNotable: true })).toEqual([]);
  });

  it('keeps a route closed by a fact, with the way forward, in the short form', async () => {
    const p = await run(graphPackage(), 'contoso-tickets.json');
    const [line] = routeLines(p, { onlyNotable: true, links: false });
    expect(line).toMatch(/^- \*\*Every organisation \(store\)\*\*: Partner Center > .* — ❌ closed: `route\.standalone-graph-connector` .* Next: Package the connector in a Teams app/);
  });

  it('gives prerequisites and steps once per route kind, with how many packages take it', async () => {
    const packages = [await run(teamsPackage(), 'a.zip'), await run(teamsPackage(), 'b.zip', [storeOnly]), await run(connectorPackage(), 'c')];
    const guide = publishingGuide(packages).join('\n');
    expect(guide.match(/<details>/g)).toHaveLength(4);
    expect(guide).toContain('<summary><b>One organisation</b>: Microsoft 365 admin center &gt; Integrated apps · 2 packages</summary>');
    expect(guide.match(/Upload custom apps: upload the zip/g)).toHaveLength(1);
    const items = [packages[0], packages[2]].flatMap((p) => p.routes).reduce((n, r) => n + r.prerequisites.length + r.steps.length, 0);
    expect(guide.match(/\(\[docs\]\(https:\/\/learn\.microsoft\.com\//g)).toHaveLength(items);
  });

  it('in the short form, only a route some package can take gets its steps; the others one line', async () => {
    const packages = [await run(teamsPackage(), 'a.zip', [storeOnly]), await run(teamsPackage(), 'b.zip', [storeOnly])];
    const guide = publishingGuide(packages, { itemLinks: false, onlyReady: true });
    expect(guide.filter((l) => l === '<details>')).toHaveLength(1);
    expect(guide.join('\n')).toMatch(/- \*\*Every organisation \(store\)\*\*: \[Partner Center > .*\]\(https:\/\/learn\.microsoft\.com\/.*\) · every package — no package is ready yet; 4 prerequisites and 4 steps in the job summary\./);
    expect(guide.join('\n')).not.toContain('[docs]');
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
