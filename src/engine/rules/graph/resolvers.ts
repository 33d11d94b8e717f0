// activitySettings.urlToItemResolvers: how Copilot and Microsoft 365 turn a shared link into a connector item.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import type { PackageView } from '../../read/package-view.js';
import { asArray, asRecord, isNonEmptyString, type JsonRecord } from '../../util/values.js';
import { at, connections } from './shared/model.js';
import { compilePattern, itemIdPlaceholders } from './shared/regex.js';
import { isHttpUrl, isInt32, quote } from './shared/text.js';

const KINDS = ['graph-connector'] as const;
export const ITEM_ID_RESOLVER_TYPE = '#microsoft.graph.externalConnectors.itemIdResolver';

interface Resolver {
  file: string;
  pointer: string;
  /** The resolver object; undefined when the entry is not an object. */
  value?: JsonRecord;
  raw: unknown;
}

function* resolvers(pkg: PackageView): Generator<Resolver> {
  for (const c of connections(pkg)) {
    const list = asRecord(c.value.activitySettings)?.urlToItemResolvers;
    for (const [i, raw] of asArray(list).entries()) {
      yield { file: c.file, pointer: at(c.pointer, 'activitySettings', 'urlToItemResolvers', i), value: asRecord(raw), raw };
    }
  }
}

export const resolversPresent = defineRule({
  id: 'graph.resolvers-present',
  title: 'The connection has at least one URL-to-item resolver',
  severity: 'warning',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphConnectorExperiences,
  description:
    'activitySettings.urlToItemResolvers lets Copilot, the Microsoft 365 app and Context IQ recognise links to your items when users share them. Optional in the API, strongly recommended in the deployment and Partner Center guides.',
  *check({ pkg }) {
    for (const c of connections(pkg)) {
      const list = asRecord(c.value.activitySettings)?.urlToItemResolvers;
      if (asArray(list).length > 0) continue;
      yield {
        file: c.file,
        pointer: 'activitySettings' in c.value ? at(c.pointer, 'activitySettings') : c.pointer,
        message: 'The connection has no activitySettings.urlToItemResolvers; links to its items will not be recognised when users share them.',
      };
    }
  },
});

export const resolverType = defineRule({
  id: 'graph.resolver-type',
  title: 'Each resolver is an itemIdResolver',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphItemIdResolver,
  description: `urlToItemResolverBase is abstract; its only derived type is itemIdResolver, so every resolver needs "@odata.type": "${ITEM_ID_RESOLVER_TYPE}".`,
  *check({ pkg }) {
    for (const r of resolvers(pkg)) {
      if (!r.value) continue; // graph.resolver-fields reports entries that are not objects
      const t = r.value['@odata.type'];
      // The leading "#" is the OData convention; the service also resolves the bare name.
      if (t === ITEM_ID_RESOLVER_TYPE || t === ITEM_ID_RESOLVER_TYPE.slice(1)) continue;
      yield {
        file: r.file,
        pointer: t === undefined ? r.pointer : at(r.pointer, '@odata.type'),
        message: t === undefined ? `The resolver has no "@odata.type"; set it to "${ITEM_ID_RESOLVER_TYPE}".` : `The resolver's @odata.type ${quote(t)} is not "${ITEM_ID_RESOLVER_TYPE}".`,
      };
    }
  },
});

export const resolverFields = defineRule({
  id: 'graph.resolver-fields',
  title: 'Each resolver has priority, itemId and urlMatchInfo with baseUrls and urlPattern',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphItemIdResolver,
  description: 'priority (Int32), itemId (string) and urlMatchInfo { baseUrls: string[], urlPattern: string } are required on every itemIdResolver.',
  *check({ pkg }) {
    for (const r of resolvers(pkg)) {
      if (!r.value) {
        yield { file: r.file, pointer: r.pointer, message: `The resolver ${quote(r.raw)} is not an object.` };
        continue;
      }
      const v = r.value;
      if (!isInt32(v.priority)) {
        yield { file: r.file, pointer: 'priority' in v ? at(r.pointer, 'priority') : r.pointer, message: `The resolver's priority ${v.priority === undefined ? 'is missing' : `${quote(v.priority)} is not a 32-bit integer`}.` };
      }
      if (!isNonEmptyString(v.itemId)) {
        yield { file: r.file, pointer: 'itemId' in v ? at(r.pointer, 'itemId') : r.pointer, message: 'The resolver has no itemId string (for example "{ticketId}").' };
      }
      const match = asRecord(v.urlMatchInfo);
      if (!match) {
        yield { file: r.file, pointer: 'urlMatchInfo' in v ? at(r.pointer, 'urlMatchInfo') : r.pointer, message: 'The resolver has no urlMatchInfo object with baseUrls and urlPattern.' };
        continue;
      }
      const mp = at(r.pointer, 'urlMatchInfo');
      if (!Array.isArray(match.baseUrls)) yield { file: r.file, pointer: 'baseUrls' in match ? at(mp, 'baseUrls') : mp, message: 'urlMatchInfo.baseUrls must be an array of URLs.' };
      if (!isNonEmptyString(match.urlPattern)) yield { file: r.file, pointer: 'urlPattern' in match ? at(mp, 'urlPattern') : mp, message: 'urlMatchInfo.urlPattern must be a regular expression string.' };
    }
  },
});

export const resolverPattern = defineRule({
  id: 'graph.resolver-pattern',
  title: "urlPattern compiles and names every group itemId uses",
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphUrlMatchInfo,
  description:
    'urlPattern is an ECMAScript regular expression matched against the URL after the base URL; every {name} in itemId must be a named group (?<name>…) of it. ' +
    'Patterns come from untrusted files, so they are compiled here, never run; one longer than 4,096 characters is not compiled and gets a warning instead.',
  *check({ pkg }) {
    for (const r of resolvers(pkg)) {
      const pattern = asRecord(r.value?.urlMatchInfo)?.urlPattern;
      if (!isNonEmptyString(pattern)) continue; // graph.resolver-fields reports it
      const compiled = compilePattern(pattern);
      const pp = at(r.pointer, 'urlMatchInfo', 'urlPattern');
      if (!compiled.ok) {
        yield compiled.tooLong
          ? { file: r.file, pointer: pp, severity: 'warning', message: `urlPattern is ${compiled.error}; it was not checked. Keep URL patterns short.` }
          : { file: r.file, pointer: pp, message: `urlPattern is not a valid regular expression: ${quote(compiled.error, 160)}.` };
        continue;
      }
      const itemId = r.value?.itemId;
      if (typeof itemId !== 'string') continue;
      const missing = itemIdPlaceholders(itemId).filter((g) => !compiled.groups.includes(g));
      if (missing.length > 0) {
        yield {
          file: r.file,
          pointer: at(r.pointer, 'itemId'),
          message: `itemId uses ${missing.map((g) => quote(`{${g}}`, 40)).join(', ')}, but urlPattern has no named group of that name${missing.length > 1 ? 's' : ''}${compiled.groups.length > 0 ? ` (it has ${compiled.groups.map((g) => quote(g, 40)).join(', ')})` : ''}.`,
        };
      } else if (compiled.groups.length === 0) {
        yield { file: r.file, pointer: pp, message: 'urlPattern has no named group, so no part of the URL can become the item id; capture it with (?<name>…) and use {name} in itemId.' };
      }
    }
  },
});

export const resolverBaseUrls = defineRule({
  id: 'graph.resolver-base-urls',
  title: 'baseUrls lists at least one absolute http(s) URL',
  severity: 'error',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphUrlMatchInfo,
  description:
    'An empty baseUrls matches no link (error). Each entry is the start of the item URLs; a value that is not an absolute http(s) URL is a warning, because the page does not state the scheme.',
  *check({ pkg }) {
    for (const r of resolvers(pkg)) {
      const urls = asRecord(r.value?.urlMatchInfo)?.baseUrls;
      if (!Array.isArray(urls)) continue; // graph.resolver-fields reports it
      const bp = at(r.pointer, 'urlMatchInfo', 'baseUrls');
      if (urls.length === 0) yield { file: r.file, pointer: bp, message: 'urlMatchInfo.baseUrls is empty; list the base URL of your items (for example "https://desk.contoso.com").' };
      for (const [i, u] of urls.entries()) {
        if (!isHttpUrl(u)) yield { file: r.file, pointer: at(bp, i), severity: 'warning', message: `baseUrls entry ${quote(u)} is not an absolute http(s) URL.` };
      }
    }
  },
});

export const resolverPriorityDistinct = defineRule({
  id: 'graph.resolver-priority-distinct',
  title: 'Resolver priorities are distinct',
  severity: 'notice',
  audiences: BOTH,
  kinds: KINDS,
  docs: DOCS.graphItemIdResolver,
  description: 'Priority sets the order in which resolvers are tried; with equal priorities the order is undefined. Not documented as a rule, hence a notice.',
  *check({ pkg }) {
    const seen = new Set<string>();
    for (const r of resolvers(pkg)) {
      const p = r.value?.priority;
      if (!isInt32(p)) continue;
      const key = `${r.file}\u0000${r.pointer.replace(/\/\d+$/, '')}\u0000${p}`;
      if (seen.has(key)) yield { file: r.file, pointer: at(r.pointer, 'priority'), message: `Another resolver of this connection also has priority ${p}; give each a distinct priority so the order is defined.` };
      seen.add(key);
    }
  },
});

export const resolverRules = [resolversPresent, resolverType, resolverFields, resolverPattern, resolverBaseUrls, resolverPriorityDistinct];
