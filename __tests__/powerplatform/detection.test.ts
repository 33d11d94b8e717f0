// Finding a connector's files despite real-world naming mistakes, and telling certified, independent-publisher and
// custom connectors apart.
import { describe, expect, it } from 'vitest';
import { viewFromRecord } from '../../src/engine/read/package-view.js';
import { connectorFiles, looksLikeConnectorReadme } from '../../src/engine/detect/connector-files.js';
import { classifyConnector, connectorClass } from '../../src/engine/detect/connector-class.js';
import { detectKind } from '../../src/engine/detect/kind.js';
import { check } from '../helpers/packages.js';
import { connectorPackage, customConnectorPackage, ipConnectorPackage } from '../helpers/connector-packages.js';

const view = (record: Record<string, string | object | Uint8Array>, path = 'c') => viewFromRecord(path, record);

describe('connector files', () => {
  it('finds the exact names', () => {
    const f = connectorFiles(view(connectorPackage((p) => Object.assign(p.files, { 'script.csx': '//', 'settings.json': {}, 'intro.md': '# x' }))));
    expect(f).toMatchObject({
      swagger: 'apiDefinition.swagger.json',
      apiProperties: 'apiProperties.json',
      icon: 'icon.png',
      readme: 'readme.md',
      intro: 'intro.md',
      script: 'script.csx',
      settings: 'settings.json',
      root: '',
    });
  });
  it('tolerates wrong case, misspellings, .txt readmes and a wrapping folder', () => {
    const f = connectorFiles(
      view({ 'Tickets/apiDefination.swagger.json': '{}', 'Tickets/ApiProperties.json': '{}', 'Tickets/Readme.md.txt': '#', 'Tickets/Icon.PNG': 'x', 'Tickets/Script.cs': '' }),
    );
    expect(f).toMatchObject({
      swagger: 'Tickets/apiDefination.swagger.json',
      apiProperties: 'Tickets/ApiProperties.json',
      readme: 'Tickets/Readme.md.txt',
      icon: 'Tickets/Icon.PNG',
      script: 'Tickets/Script.cs',
      root: 'Tickets/',
    });
  });
  it('prefers readme.md over readme_old.md and falls back to intro.md', () => {
    expect(connectorFiles(view({ 'apiProperties.json': '{}', 'readme_old.md': '', 'readme.md': '' })).readme).toBe('readme.md');
    expect(connectorFiles(view({ 'apiProperties.json': '{}', 'intro.md': '' })).readme).toBe('intro.md');
  });
  it('recognises a folder holding only a connector readme (a proposal) as a connector', async () => {
    const pkg = view({ 'README.md': '# SEC filings\nText.\n## Publisher: Jane Doe\n' });
    expect(looksLikeConnectorReadme(pkg)).toBe(true);
    expect(detectKind(pkg)).toBe('power-platform-connector');
    expect(looksLikeConnectorReadme(view({ 'README.md': '# A library\n## Usage\n' }))).toBe(false);
    const report = await check({ 'README.md': '# SEC filings\n## Publisher: Jane Doe\n' });
    expect(report.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['powerplatform.file-swagger', 'powerplatform.file-apiproperties']));
  });
  it('does not crash on invalid JSON or a non-UTF-8 definition: each gets a finding', async () => {
    const report = await check(connectorPackage((p) => (p.files['apiDefinition.swagger.json'] = '{ "swagger": "2.0", "info": { "title": "A" "version": "1" } }')));
    expect(report.kind).toBe('power-platform-connector');
    expect(report.findings.find((f) => f.ruleId === 'package.json-parse')).toMatchObject({ file: 'apiDefinition.swagger.json', line: 1 });
    const latin = await check(connectorPackage((p) => (p.files['readme.md'] = Buffer.from('# Caf\xe9 Orders\n', 'latin1'))));
    expect(latin.findings.find((f) => f.ruleId === 'powerplatform.file-encoding')).toMatchObject({ file: 'readme.md', severity: 'error', audiences: ['multitenant'] });
    // A byte-order mark is tolerated (paconn reads utf-8-sig).
    const bom = await check(connectorPackage((p) => (p.files['apiDefinition.swagger.json'] = '\uFEFF' + JSON.stringify(p.swagger))));
    expect(bom.findings).toEqual([]);
  });
});

describe('connector class', () => {
  it('certified: publisher and stackOwner, own brand colour', () => {
    expect(classifyConnector(view(connectorPackage()))).toMatchObject({ connectorClass: 'certified' });
  });
  it('independent publisher: the #da3b01 colour', () => {
    expect(connectorClass(view(ipConnectorPackage()))).toBe('independent-publisher');
  });
  it('custom: no publisher and stackOwner', () => {
    expect(connectorClass(view(customConnectorPackage()))).toBe('custom');
  });
  it('the repository folder decides first', () => {
    expect(connectorClass(view(connectorPackage(), 'repo/independent-publisher-connectors/Contoso'))).toBe('independent-publisher');
    expect(connectorClass(view(ipConnectorPackage(), 'repo/certified-connectors/Contoso'))).toBe('certified');
    expect(connectorClass(view(connectorPackage(), 'PowerPlatformConnectors/custom-connectors/Contoso'))).toBe('custom');
    expect(classifyConnector(view(connectorPackage(), 'x/certified-connectors/Contoso')).reason).toContain('certified-connectors');
  });
  it('is in the report meta', async () => {
    expect((await check(customConnectorPackage())).meta?.connectorClass).toBe('custom');
  });
});

describe('audiences', () => {
  it('a custom connector with no certification metadata is eligible in its own tenant but not for Partner Center', async () => {
    const report = await check(
      customConnectorPackage((p) => {
        delete p.swagger['x-ms-connector-metadata'];
        delete p.swagger.info.contact;
        p.files['readme.md'] = undefined;
      }),
    );
    const [single, multi] = report.routes;
    expect(single).toMatchObject({ audience: 'single-tenant', eligible: true });
    expect(multi.eligible).toBe(false);
    expect(multi.blockers.map((b) => b.ruleId)).toEqual(
      expect.arrayContaining(['powerplatform.metadata-present', 'powerplatform.contact', 'powerplatform.file-readme', 'powerplatform.publisher']),
    );
  });
});

describe('a zip made of the connector folder', () => {
  it('is read with its files one folder down, and findings point into them', async () => {
    const inner = connectorPackage((p) => (p.swagger.host = 'https://orders.contoso.com'));
    const record = Object.fromEntries(Object.entries(inner).map(([name, content]) => [`ContosoOrders/${name}`, content]));
    const report = await check(record);
    expect(report.kind).toBe('power-platform-connector');
    const host = report.findings.find((f) => f.ruleId === 'powerplatform.host');
    expect(host).toMatchObject({ file: 'ContosoOrders/apiDefinition.swagger.json', pointer: '/host' });
    expect(host!.line).toBeGreaterThan(1);
    expect(report.findings.filter((f) => f.ruleId.startsWith('powerplatform.file-'))).toEqual([]);
  });
});
