import { describe, expect, it } from 'vitest';
import { check, findingsOf, teamsPackage, validManifest } from '../helpers/packages.js';

const name = (short: string, full = 'Contoso Orders') => validManifest({ name: { short, full } });
const description = (short: string, full: string) => validManifest({ description: { short, full } });
const ids = async (m: Record<string, unknown>, id: string) => findingsOf(await check(teamsPackage(m)), id);

describe('store text on the valid package', () => {
  it.each([
    'teams.name-preproduction',
    'teams.name-microsoft-product',
    'teams.name-core-feature',
    'teams.description-full-words',
    'teams.text-microsoft-abbreviation',
    'teams.text-appsource-link',
    'teams.description-claims',
    'teams.text-competitor-platform',
    'teams.text-office-365',
    'teams.description-short-app-word',
    'teams.description-repeats',
  ])('%s has nothing to say', async (id) => {
    expect(await ids(validManifest(), id)).toEqual([]);
  });
});

describe("'teams.name-preproduction'", () => {
  it('reports Beta, dev suffixes and Demo, but not words that contain them', async () => {
    expect((await ids(name('Contoso Orders Beta'), 'teams.name-preproduction'))[0]).toMatchObject({ pointer: '/name/short', severity: 'warning', audiences: ['multitenant'] });
    expect(await ids(name('Food catalog-dev'), 'teams.name-preproduction')).toHaveLength(1);
    expect(await ids(name('Graph Plugin Demo'), 'teams.name-preproduction')).toHaveLength(1);
    expect(await ids(name('Contoso Developer Hub'), 'teams.name-preproduction')).toEqual([]);
  });
});

describe("'teams.name-microsoft-product'", () => {
  it('reports Teams and other product names', async () => {
    const [f] = await ids(name('Teams Orders'), 'teams.name-microsoft-product');
    expect(f.message).toContain('"Teams"');
    expect(await ids(name('XBOX Game Master'), 'teams.name-microsoft-product')).toHaveLength(1);
  });
  it('accepts the partnership form, app name first, but not a product in parentheses', async () => {
    expect(await ids(name('Contoso Orders', 'Contoso Connector for Microsoft Teams'), 'teams.name-microsoft-product')).toEqual([]);
    const [f] = await ids(name('Contoso Orders', 'Contoso Orders (for Microsoft Teams)'), 'teams.name-microsoft-product');
    expect(f.message).toContain('parentheses');
  });
  it('does not take ordinary words for capitalized product names', async () => {
    expect(await ids(name('Contoso word games'), 'teams.name-microsoft-product')).toEqual([]);
  });
});

describe("'teams.name-core-feature'", () => {
  it('reports a name that starts with a core feature, not one that ends with it', async () => {
    expect((await ids(name('Calendar Sync'), 'teams.name-core-feature'))[0].message).toContain('"Calendar"');
    expect(await ids(name('Contoso Calendar'), 'teams.name-core-feature')).toEqual([]);
  });
});

describe("'teams.description-full-words'", () => {
  it('reports more than 500 words', async () => {
    const [f] = await ids(description('Find orders', 'word '.repeat(501).trim()), 'teams.description-full-words');
    expect(f.message).toContain('501 words');
  });
});

describe("'teams.text-microsoft-abbreviation'", () => {
  it('reports MS and MS Teams, not words like MSc', async () => {
    const [f] = await ids(description('Orders in MS Teams', 'Works with MSFT tools and MSc degrees.'), 'teams.text-microsoft-abbreviation');
    expect(f.message).toContain('"MS Teams"');
    expect((await ids(description('Orders in MS Teams', 'Works with MSFT tools and MSc degrees.'), 'teams.text-microsoft-abbreviation'))[1].message).toContain('"MSFT"');
  });
});

describe("'teams.text-appsource-link'", () => {
  it('reports an AppSource link in the description', async () => {
    const [f] = await ids(description('Find orders', 'Get it at https://appsource.microsoft.com/product/contoso'), 'teams.text-appsource-link');
    expect(f.pointer).toBe('/description/full');
  });
});

describe("'teams.description-claims'", () => {
  it('reports superlatives but not "best practices"', async () => {
    expect(await ids(description('The #1 order tool', 'Follows best practices.'), 'teams.description-claims')).toHaveLength(1);
    expect(await ids(description('Find orders', 'Follows best practices for order handling.'), 'teams.description-claims')).toEqual([]);
  });
});

describe("'teams.text-competitor-platform'", () => {
  it('reports another chat platform', async () => {
    const [f] = await ids(description('Find orders', 'Also posts your orders to Slack.'), 'teams.text-competitor-platform');
    expect(f.message).toContain('"Slack"');
    expect(await ids(description('Find orders', 'Ideal for the modern workplace.'), 'teams.text-competitor-platform')).toEqual([]);
  });
});

describe("'teams.text-office-365'", () => {
  it('notes "Office 365"', async () => {
    const [f] = await ids(description('Find orders', 'Works with Office 365.'), 'teams.text-office-365');
    expect(f.severity).toBe('notice');
  });
});

describe("'teams.description-short-app-word'", () => {
  it('notes "app" in the short description', async () => {
    expect(await ids(description('An app to find orders', 'Search orders by customer.'), 'teams.description-short-app-word')).toHaveLength(1);
    expect(await ids(description('Find orders in apps-free flow', 'x'), 'teams.description-short-app-word')).toHaveLength(1);
  });
});

describe("'teams.description-repeats'", () => {
  it('notes a full description that equals or barely extends the short one', async () => {
    expect(await ids(description('Find orders', 'Find orders.'), 'teams.description-repeats')).toHaveLength(1);
    expect(await ids(description('Find Contoso orders fast', 'Find Contoso orders fast. Really.'), 'teams.description-repeats')).toHaveLength(1);
  });
});
