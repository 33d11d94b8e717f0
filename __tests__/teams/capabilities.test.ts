import { describe, expect, it } from 'vitest';
import { BOT_ID, check, findingsOf, teamsPackage, validManifest } from '../helpers/packages.js';

const ids = async (m: Record<string, unknown>, id: string) => findingsOf(await check(teamsPackage(m)), id);
const command = (title: string) => ({ title, description: `Run ${title}` });

describe("'teams.bot-commands'", () => {
  it('passes a bot with commands and a notification-only bot', async () => {
    expect(await ids(validManifest({ bots: [{ botId: BOT_ID, scopes: ['personal'], commandLists: [{ scopes: ['personal'], commands: [command('help')] }] }] }), 'teams.bot-commands')).toEqual([]);
    expect(await ids(validManifest({ bots: [{ botId: BOT_ID, scopes: ['personal'], isNotificationOnly: true }] }), 'teams.bot-commands')).toEqual([]);
  });
  it('reports a silent bot, a slash command and a repeated title', async () => {
    expect((await ids(validManifest({ bots: [{ botId: BOT_ID, scopes: ['personal'] }] }), 'teams.bot-commands'))[0].pointer).toBe('/bots/0');
    const found = await ids(
      validManifest({ bots: [{ botId: BOT_ID, scopes: ['personal'], commandLists: [{ scopes: ['personal'], commands: [command('/help'), command('status'), command('Status')] }] }] }),
      'teams.bot-commands',
    );
    expect(found.map((f) => f.pointer)).toEqual(['/bots/0/commandLists/0/commands/0/title', '/bots/0/commandLists/0/commands/2/title']);
    expect(found[0].audiences).toEqual(['multitenant']);
  });
});

describe("'teams.meeting-tab-contexts'", () => {
  const tab = (scopes: string[], context: string[]) => validManifest({ configurableTabs: [{ configurationUrl: 'https://orders.contoso.com/config', scopes, context }] });
  it('passes a meeting tab with group chat and every meeting surface, and a non-meeting tab', async () => {
    expect(await ids(tab(['groupChat'], ['meetingDetailsTab', 'meetingChatTab', 'meetingSidePanel']), 'teams.meeting-tab-contexts')).toEqual([]);
    expect(await ids(tab(['team'], ['channelTab']), 'teams.meeting-tab-contexts')).toEqual([]);
  });
  it('reports a meeting tab without groupChat and without the side panel', async () => {
    const found = await ids(tab(['team'], ['meetingDetailsTab', 'meetingChatTab']), 'teams.meeting-tab-contexts');
    expect(found.map((f) => f.pointer)).toEqual(['/configurableTabs/0/scopes', '/configurableTabs/0/context']);
    expect(found[1].message).toContain('meetingSidePanel');
  });
});

describe("'teams.saas-offer-id'", () => {
  it('passes publisher.offer and reports an offer id alone', async () => {
    expect(await ids(validManifest({ subscriptionOffer: { offerId: 'contoso.orders-saas' } }), 'teams.saas-offer-id')).toEqual([]);
    expect((await ids(validManifest({ subscriptionOffer: { offerId: 'orders-saas' } }), 'teams.saas-offer-id'))[0].pointer).toBe('/subscriptionOffer/offerId');
  });
});

describe("'teams.rsc-web-application-info'", () => {
  const rsc = { permissions: { resourceSpecific: [{ name: 'ChannelMessage.Read.Group', type: 'Application' }] } };
  it('passes RSC with webApplicationInfo and reports it without', async () => {
    const withWai = validManifest({ authorization: rsc, webApplicationInfo: { id: '0a126d22-dbf3-48e8-a54c-35343569fdb5', resource: 'api://orders.contoso.com/0a126d22-dbf3-48e8-a54c-35343569fdb5' } });
    expect(await ids(withWai, 'teams.rsc-web-application-info')).toEqual([]);
    const [f] = await ids(validManifest({ authorization: rsc }), 'teams.rsc-web-application-info');
    expect(f).toMatchObject({ severity: 'warning', pointer: '/authorization/permissions/resourceSpecific' });
  });
});
