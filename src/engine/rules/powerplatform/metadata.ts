// x-ms-connector-metadata: Website, Privacy policy and Categories (from the fixed list, at most two).
import { defineRule, MULTITENANT } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { asArray, asRecord, asString } from '../../util/values.js';
import { withSwagger } from './shared/connector.js';
import { isAbsoluteHttpUrl, quote } from './shared/text.js';
import type { PackageView } from '../../read/package-view.js';

export const CATEGORIES = [
  'AI',
  'Business Management',
  'Business Intelligence',
  'Collaboration',
  'Commerce',
  'Communication',
  'Content and Files',
  'Finance',
  'Data',
  'Human Resources',
  'Internet of Things',
  'IT Operations',
  'Lifestyle and Entertainment',
  'Marketing',
  'Productivity',
  'Sales and CRM',
  'Security',
  'Social Media',
  'Website',
] as const;

const REQUIRED = ['Website', 'Privacy policy', 'Categories'] as const;

interface Entry {
  name: string;
  value: unknown;
  index: number;
}

function metadata(pkg: PackageView) {
  const c = withSwagger(pkg);
  if (!c) return undefined;
  const raw = c.swagger['x-ms-connector-metadata'];
  const entries: Entry[] = asArray(raw).flatMap((e, index) => {
    const rec = asRecord(e);
    const name = asString(rec?.propertyName);
    return name === undefined ? [] : [{ name, value: rec?.propertyValue, index }];
  });
  return { c, present: raw !== undefined, entries, find: (n: string) => entries.find((e) => e.name === n) };
}

export const metadataPresent = defineRule({
  id: 'powerplatform.metadata-present',
  title: 'x-ms-connector-metadata names Website, Privacy policy and Categories',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description:
    'Certified and independent-publisher definitions carry x-ms-connector-metadata with the propertyNames "Website", "Privacy policy" and "Categories" ' +
    '(certification guide, step 3; ConnectorMetadataPropertiesMissing). A name in another case ("Privacy Policy") is only a warning: 74 certified and ' +
    'independent-publisher connectors of microsoft/PowerPlatformConnectors write it so, some merged in 2024 (Recorded Future, Power Form 7), and no ' +
    'Microsoft page says the match is case-sensitive.',
  *check({ pkg }) {
    const m = metadata(pkg);
    if (!m) return;
    if (!m.present) {
      yield { file: m.c.swaggerFile, pointer: '', message: 'The definition has no x-ms-connector-metadata; add Website, Privacy policy and Categories.' };
      return;
    }
    for (const name of REQUIRED) {
      if (m.find(name)) continue;
      const near = m.entries.find((e) => e.name.toLowerCase() === name.toLowerCase());
      yield near
        ? {
            file: m.c.swaggerFile,
            pointer: `/x-ms-connector-metadata/${near.index}/propertyName`,
            severity: 'warning',
            message: `propertyName ${quote(near.name)} is written "${name}" in the certification guide; live certified connectors use this case too, but write it as the guide does.`,
          }
        : { file: m.c.swaggerFile, pointer: '/x-ms-connector-metadata', message: `x-ms-connector-metadata has no "${name}" entry.` };
    }
  },
});

export const metadataUrls = defineRule({
  id: 'powerplatform.metadata-urls',
  title: 'Website and Privacy policy are absolute http(s) URLs',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'UrlNotValid; policies 5000.3.1.3 and 5000.3.1.5 (quoted by third parties). "www.example.com" without a scheme is refused.',
  *check({ pkg }) {
    const m = metadata(pkg);
    if (!m) return;
    for (const e of m.entries) {
      if (e.name.toLowerCase() !== 'website' && e.name.toLowerCase() !== 'privacy policy') continue;
      const v = asString(e.value)?.trim() ?? '';
      if (!isAbsoluteHttpUrl(v)) {
        yield { file: m.c.swaggerFile, pointer: `/x-ms-connector-metadata/${e.index}/propertyValue`, message: `${e.name} ${quote(v)} is not an absolute http(s) URL.` };
      }
    }
  },
});

function categories(value: unknown): string[] {
  return (asString(value) ?? '').split(';').map((s) => s.trim()).filter(Boolean);
}

export const metadataCategories = defineRule({
  id: 'powerplatform.metadata-categories',
  title: 'Categories come from the fixed list',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description:
    'Categories is a ";"-separated list drawn from the certification guide\'s list (InvalidConnectorCategory). Whether the check is case-sensitive is not documented, ' +
    'so a case-only difference (Social media) is a warning, and spaces around ";" (Kanbanize) only a notice.',
  *check({ pkg }) {
    const m = metadata(pkg);
    const e = m?.find('Categories');
    if (!m || !e) return;
    const at = `/x-ms-connector-metadata/${e.index}/propertyValue`;
    const list = categories(e.value);
    const raw = asString(e.value) ?? '';
    if (/\s;|;\s/.test(raw)) {
      yield { file: m.c.swaggerFile, pointer: at, severity: 'notice', message: `Categories ${quote(raw)} has spaces around ";"; write "A;B".` };
    }
    if (list.length === 0) yield { file: m.c.swaggerFile, pointer: at, message: 'Categories is empty; pick one or two categories from the list.' };
    for (const cat of list) {
      if ((CATEGORIES as readonly string[]).includes(cat)) continue;
      const near = CATEGORIES.find((k) => k.toLowerCase() === cat.toLowerCase());
      yield near
        ? { file: m.c.swaggerFile, pointer: at, severity: 'warning', message: `Category ${quote(cat)} should be written "${near}".` }
        : { file: m.c.swaggerFile, pointer: at, message: `Category ${quote(cat)} is not one of: ${CATEGORIES.join(', ')}.` };
    }
  },
});

export const metadataCategoryCount = defineRule({
  id: 'powerplatform.metadata-category-count',
  title: 'At most two categories',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'TooManyConnectorCategories: a connector lists one or two categories.',
  *check({ pkg }) {
    const m = metadata(pkg);
    const e = m?.find('Categories');
    if (!m || !e) return;
    const n = categories(e.value).length;
    if (n > 2) yield { file: m.c.swaggerFile, pointer: `/x-ms-connector-metadata/${e.index}/propertyValue`, message: `Categories lists ${n} categories; the limit is 2.` };
  },
});
