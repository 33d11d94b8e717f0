// info: title, description, version and contact, as the certification guide and the string guidance ask.
import { defineRule, BOTH, MULTITENANT } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { asRecord, asString, isNonEmptyString } from '../../util/values.js';
import { withSwagger } from './shared/connector.js';
import { operationsOf } from './shared/operations.js';
import { charLength, endsAlphanumeric, hasWord, isAbsoluteHttpUrl, isAsciiEmail, productNamesIn, quote } from './shared/text.js';
import type { PackageView } from '../../read/package-view.js';

const TITLE_MAX = 30;
const DESCRIPTION_MIN = 30;
const DESCRIPTION_MAX = 500;

function info(pkg: PackageView) {
  const c = withSwagger(pkg);
  const value = asRecord(c?.swagger.info);
  return c && value ? { c, info: value } : undefined;
}

export const titlePresent = defineRule({
  id: 'powerplatform.title-present',
  title: 'info.title is present and not blank',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'The title is the connector name users see (RequiredValueEmpty).',
  *check({ pkg }) {
    const x = info(pkg);
    if (x && !isNonEmptyString(x.info.title)) yield { file: x.c.swaggerFile, pointer: '/info/title', message: 'info.title is missing or blank; it is the connector\'s name.' };
  },
});

export const titleLength = defineRule({
  id: 'powerplatform.title-length',
  title: 'info.title is at most 30 characters',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorStringGuidance,
  description: 'Certified and independent-publisher connector titles have at most 30 characters (certification guide, string guidance; policy 5000.2.2.1). Only a guideline for tenant connectors.',
  *check({ pkg }) {
    const x = info(pkg);
    const title = asString(x?.info.title);
    if (x && title && charLength(title) > TITLE_MAX) {
      yield { file: x.c.swaggerFile, pointer: '/info/title', message: `info.title is ${charLength(title)} characters; the limit is ${TITLE_MAX}.` };
    }
  },
});

export const titleWords = defineRule({
  id: 'powerplatform.title-words',
  title: 'info.title does not contain "API", "Connector" or a Power Platform product name',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorStringGuidance,
  description:
    'The title may not include the words API or Connector, nor Power Apps, Power Automate, Power BI, Power Pages, Power Virtual Agents or (since 2025) Copilot Studio ' +
    '(certification guide, string guidance, ValueContainsRestrictedWords; policy 5000.2.2.2).',
  *check({ pkg }) {
    const x = info(pkg);
    const title = asString(x?.info.title);
    if (!x || !title) return;
    const words = [...['API', 'Connector'].filter((w) => hasWord(title, w)), ...productNamesIn(title)];
    if (words.length) yield { file: x.c.swaggerFile, pointer: '/info/title', message: `info.title ${quote(title)} contains ${words.map((w) => `"${w}"`).join(', ')}; remove it.` };
  },
});

export const titleEnd = defineRule({
  id: 'powerplatform.title-end',
  title: 'info.title ends with a letter or digit',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description: 'No trailing space, period or bracket (ValueMustEndWithAlphanumeric; policy 5000.2.2.3).',
  *check({ pkg }) {
    const x = info(pkg);
    const title = asString(x?.info.title);
    if (x && title && title.trim() && !endsAlphanumeric(title)) {
      yield { file: x.c.swaggerFile, pointer: '/info/title', message: `info.title ${quote(title)} must end with a letter or digit.` };
    }
  },
});

export const titleVersion = defineRule({
  id: 'powerplatform.title-version',
  title: 'info.title carries no version tag',
  severity: 'notice',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description: 'Reviewers ask to keep versions such as "(V2)" out of the title; info.version carries the version (PR #759). Advice only.',
  *check({ pkg }) {
    const x = info(pkg);
    const title = asString(x?.info.title);
    if (x && title && /(?:^|[\s(\[-])v\d+(?:\.\d+)*\)?$/i.test(title.trim())) {
      yield { file: x.c.swaggerFile, pointer: '/info/title', message: `info.title ${quote(title)} carries a version; keep the version in info.version.` };
    }
  },
});

export const descriptionLength = defineRule({
  id: 'powerplatform.description-length',
  title: 'info.description is 30 to 500 characters',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description: 'Certification requires a description of 30 to 500 characters (FieldLengthNotInRange; policy 5000.2.3.4).',
  *check({ pkg }) {
    const x = info(pkg);
    if (!x) return;
    const d = asString(x.info.description)?.trim();
    if (!d) yield { file: x.c.swaggerFile, pointer: '/info', message: 'info.description is missing; describe the service and what the connector does (30 to 500 characters).' };
    else if (charLength(d) < DESCRIPTION_MIN || charLength(d) > DESCRIPTION_MAX) {
      yield { file: x.c.swaggerFile, pointer: '/info/description', message: `info.description is ${charLength(d)} characters; it must be ${DESCRIPTION_MIN} to ${DESCRIPTION_MAX}.` };
    }
  },
});

export const descriptionWords = defineRule({
  id: 'powerplatform.description-words',
  title: 'info.description names no Power Platform product (and avoids the word API)',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorStringGuidance,
  description:
    'The description may not refer to Power Platform products (certification guide; policy 5000.2.3.5). The string guidance also bans the word API; ' +
    'the certification guide does not, so that part is a warning.',
  *check({ pkg }) {
    const x = info(pkg);
    const d = asString(x?.info.description);
    if (!x || !d) return;
    const products = productNamesIn(d);
    if (products.length) yield { file: x.c.swaggerFile, pointer: '/info/description', message: `info.description mentions ${products.join(', ')}; describe the service instead.` };
    if (hasWord(d, 'API')) yield { file: x.c.swaggerFile, pointer: '/info/description', severity: 'warning', message: 'info.description contains the word "API"; the string guidance asks to avoid it.' };
  },
});

const GENERIC = /^(?:a\s+)?(?:custom\s+)?connector\s+(?:to|for)\s+(?:read|write|get|access|call|connect)/i;

export const descriptionQuality = defineRule({
  id: 'powerplatform.description-quality',
  title: 'info.description says what the service does, not just "custom connector"',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description: 'Reviewers reject generic descriptions ("custom connector to read and write data") and descriptions that repeat the title (PR #865, PR #759). Heuristic, so a warning.',
  *check({ pkg }) {
    const x = info(pkg);
    const d = asString(x?.info.description)?.trim();
    const title = asString(x?.info.title)?.trim();
    if (!x || !d) return;
    if (title && d.toLowerCase().replace(/[.!]$/, '') === title.toLowerCase()) {
      yield { file: x.c.swaggerFile, pointer: '/info/description', message: 'info.description repeats the title; say what the service is and what the connector lets users do.' };
    } else if (GENERIC.test(d)) {
      yield { file: x.c.swaggerFile, pointer: '/info/description', message: `info.description ${quote(d)} is generic; say what the service is and what the connector lets users do.` };
    }
  },
});

export const infoVersion = defineRule({
  id: 'powerplatform.info-version',
  title: 'info.version is present',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorRepoSchemas,
  description: 'info.version is required (repository schema); reviewers ask new connectors to start at "1.0" or "1.0.0" (PR #919).',
  *check({ pkg }) {
    const x = info(pkg);
    if (x && typeof x.info.version === 'string' && !x.info.version.trim()) {
      yield { file: x.c.swaggerFile, pointer: '/info/version', message: 'info.version is blank; start new connectors at "1.0.0".' };
    }
  },
});

export const contact = defineRule({
  id: 'powerplatform.contact',
  title: 'info.contact has name, url and email',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description: 'Certified and independent-publisher connectors name their support team, site and e-mail in info.contact (certification guide step 3b; policy 5000.3.1.4).',
  *check({ pkg }) {
    const x = info(pkg);
    if (!x) return;
    const ct = asRecord(x.info.contact);
    if (!ct) {
      yield { file: x.c.swaggerFile, pointer: '/info', message: 'info.contact is missing; give the support name, url and email.' };
      return;
    }
    const missing = ['name', 'url', 'email'].filter((k) => !isNonEmptyString(ct[k]));
    if (missing.length) yield { file: x.c.swaggerFile, pointer: '/info/contact', message: `info.contact lacks ${missing.join(', ')}.` };
  },
});

export const contactFormat = defineRule({
  id: 'powerplatform.contact-format',
  title: 'info.contact.email is an e-mail address and info.contact.url an absolute URL',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'ContactEmailNotValid (ASCII address) and UrlNotValid (absolute URL).',
  *check({ pkg }) {
    const x = info(pkg);
    const ct = asRecord(x?.info.contact);
    if (!x || !ct) return;
    const email = asString(ct.email);
    if (email && !isAsciiEmail(email.trim())) yield { file: x.c.swaggerFile, pointer: '/info/contact/email', message: `info.contact.email ${quote(email)} is not a valid e-mail address.` };
    const url = asString(ct.url);
    if (url && !isAbsoluteHttpUrl(url.trim())) yield { file: x.c.swaggerFile, pointer: '/info/contact/url', message: `info.contact.url ${quote(url)} is not an absolute http(s) URL.` };
  },
});

const NON_ASCII = /[^\x00-\x7f]/;

// Letters outside the Latin script (accents included in Latin), counted, not matched as a whole.
function mostlyNonLatin(text: string): boolean {
  // ASCII letters are all Latin: most texts are decided without splitting them into characters.
  if (!NON_ASCII.test(text)) return false;
  const letters = [...text].filter((ch) => /\p{L}/u.test(ch));
  if (letters.length < 4) return false;
  const latin = letters.filter((ch) => /\p{Script=Latin}/u.test(ch)).length;
  return latin / letters.length < 0.5;
}

export const englishText = defineRule({
  id: 'powerplatform.english-text',
  title: 'Title, description and operation summaries are in English',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description:
    'Certified connectors are written in English (ValueMustBeInEnglish; the certification checklist asks for English summaries). Only text written mostly outside ' +
    'the Latin script is detected, which cannot tell English from other Latin-script languages, so a warning.',
  *check({ pkg }) {
    const x = info(pkg);
    if (!x) return;
    const texts: Array<[unknown, string]> = [[x.info.title, '/info/title'], [x.info.description, '/info/description']];
    for (const op of operationsOf(x.c.swagger)) texts.push([op.op.summary, `${op.pointer}/summary`]);
    for (const [t, at] of texts) {
      if (typeof t === 'string' && mostlyNonLatin(t)) yield { file: x.c.swaggerFile, pointer: at, message: `${quote(t)} is not in English.` };
    }
  },
});
