// Operations: operationId, summary, description, visibility, path templates, GET bodies.
import { defineRule, BOTH, MULTITENANT } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { asRecord, asString, isNonEmptyString } from '../../util/values.js';
import { withSwagger } from './shared/connector.js';
import { operationsOf, parametersOf, pathPlaceholders } from './shared/operations.js';
import { isInternal } from './shared/dynamic.js';
import { charLength, endsAlphanumeric, endsWithSentencePunctuation, productNamesIn, quote } from './shared/text.js';

const SUMMARY_DOCS_MAX = 80;
const SUMMARY_VALIDATOR_MAX = 120;

const label = (op: { method: string; path: string }) => `${op.method.toUpperCase()} ${op.path}`;

export const operationIdRequired = defineRule({
  id: 'powerplatform.operation-id-required',
  title: 'Every operation has an operationId',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'Flows, apps and agents refer to operations by operationId (OperationIdRequired).',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const op of operationsOf(c.swagger)) {
      if (!isNonEmptyString(op.operationId)) yield { file: c.swaggerFile, pointer: op.pointer, message: `${label(op)} has no operationId.` };
    }
  },
});

export const operationIdUnique = defineRule({
  id: 'powerplatform.operation-id-unique',
  title: 'operationIds are unique (ignoring case)',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'OperationIdNotUnique. IDs that differ only in case collide once the service normalises them.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    const seen = new Map<string, string>();
    for (const op of operationsOf(c.swagger)) {
      if (!op.operationId) continue;
      const key = op.operationId.toLowerCase();
      const first = seen.get(key);
      if (first !== undefined) yield { file: c.swaggerFile, pointer: `${op.pointer}/operationId`, message: `operationId ${quote(op.operationId)} is also used by ${first}.` };
      else seen.set(key, label(op));
    }
  },
});

export const operationIdFormat = defineRule({
  id: 'powerplatform.operation-id-format',
  title: 'operationIds are letters and digits only',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorStringGuidance,
  description:
    'Other characters are "sanitized" by the service with a warning (OperationIdSanitized); the string guidance asks for CamelCase such as GetContacts. 146 certified connectors break it, so a warning; ' +
    'the operations of one file are listed in one finding (one naming habit, one fix).',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const op of operationsOf(c.swagger)) {
      if (op.operationId && !/^[A-Za-z0-9]+$/.test(op.operationId)) {
        yield {
          file: c.swaggerFile,
          pointer: `${op.pointer}/operationId`,
          message: `operationId ${quote(op.operationId)} has characters other than letters and digits; use CamelCase such as "GetOrders".`,
          repeat: { summary: '{n} operationIds have characters other than letters and digits (the service rewrites them); use CamelCase such as "GetOrders"', place: quote(op.operationId) },
        };
      }
    }
  },
});

export const summaryPresent = defineRule({
  id: 'powerplatform.operation-summary',
  title: 'Every operation has a summary',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description: 'The summary is the operation\'s name in the designer; certification requires one per operation (certification checklist).',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const op of operationsOf(c.swagger)) {
      if (!isNonEmptyString(op.op.summary)) yield { file: c.swaggerFile, pointer: op.pointer, message: `${label(op)} has no summary.` };
    }
  },
});

export const summaryLength = defineRule({
  id: 'powerplatform.operation-summary-length',
  title: 'Operation summaries are at most 80 characters',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorStringGuidance,
  description: 'The documents say at most 80 characters; the Swagger Validator warns above 120 (OperationSummaryTooLong). The sources disagree, so both are warnings.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const op of operationsOf(c.swagger)) {
      const s = asString(op.op.summary);
      if (s && charLength(s) > SUMMARY_DOCS_MAX) {
        yield {
          file: c.swaggerFile,
          pointer: `${op.pointer}/summary`,
          message: `The summary of ${label(op)} is ${charLength(s)} characters; keep it to ${SUMMARY_DOCS_MAX}${charLength(s) > SUMMARY_VALIDATOR_MAX ? ` (the validator warns above ${SUMMARY_VALIDATOR_MAX})` : ''}.`,
          repeat: { summary: `{n} operation summaries are longer than ${SUMMARY_DOCS_MAX} characters`, place: `${label(op)} (${charLength(s)})` },
        };
      }
    }
  },
});

export const summaryCharacters = defineRule({
  id: 'powerplatform.operation-summary-chars',
  title: 'Summaries use letters, digits, spaces and parentheses, and end with a letter or digit',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorStringGuidance,
  description:
    'No slash, no trailing punctuation or space (string guidance; RestrictedCharactersInSummary). A validator warning, so a warning here. Internal operations are skipped: ' +
    'the designer never shows their summary.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const op of operationsOf(c.swagger)) {
      const s = asString(op.op.summary);
      if (!s || !s.trim() || isInternal(op)) continue;
      const bad = [...new Set(s.replace(/[\p{L}\p{N} ()'-]/gu, ''))];
      const repeat = { summary: '{n} operation summaries use characters other than letters, digits, spaces and parentheses, or do not end with a letter or digit', place: quote(s) };
      if (bad.length) yield { file: c.swaggerFile, pointer: `${op.pointer}/summary`, message: `The summary ${quote(s)} contains ${bad.map((ch) => `"${ch}"`).join(' ')}; use letters, digits, spaces and parentheses.`, repeat };
      else if (!endsAlphanumeric(s)) yield { file: c.swaggerFile, pointer: `${op.pointer}/summary`, message: `The summary ${quote(s)} must end with a letter or digit.`, repeat };
    }
  },
});

export const operationDescription = defineRule({
  id: 'powerplatform.operation-description',
  title: 'Every operation has a description written as a sentence',
  severity: 'error',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description:
    'Certification requires a description per operation (a missing one is an error, listed once per file). The string guidance asks for full sentences ending in punctuation: ' +
    'a style point no reviewer blocks on and that 19 of 27 corpus connectors miss, so a notice, and not for internal operations, whose description nobody reads.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const op of operationsOf(c.swagger)) {
      const d = asString(op.op.description)?.trim();
      if (!d) {
        yield { file: c.swaggerFile, pointer: op.pointer, message: `${label(op)} has no description.`, repeat: { summary: '{n} operations have no description', place: label(op) } };
      } else if (!endsWithSentencePunctuation(d) && d.includes(' ') && !isInternal(op)) {
        yield {
          file: c.swaggerFile,
          pointer: `${op.pointer}/description`,
          severity: 'notice',
          message: `The description of ${label(op)} should be a sentence ending with a period.`,
          repeat: { summary: '{n} operation descriptions do not end with a period', place: label(op) },
        };
      }
    }
  },
});

export const summaryNotDescription = defineRule({
  id: 'powerplatform.summary-not-description',
  title: 'summary and description say different things',
  severity: 'notice',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorStringGuidance,
  description:
    'The string guidance (written for certification) asks for a description that adds to the summary, and an x-ms-summary different from the description for parameters. ' +
    'Style advice that neither the import nor the validator enforces, and that 9 of 27 corpus connectors (105 places) do not follow: a notice for the multitenant route, ' +
    'listed once per file, internal operations skipped.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    const same = (a: unknown, b: unknown) => typeof a === 'string' && typeof b === 'string' && a.trim() !== '' && a.trim().toLowerCase().replace(/\.$/, '') === b.trim().toLowerCase().replace(/\.$/, '');
    const seen = new Set<string>();
    for (const op of operationsOf(c.swagger)) {
      if (isInternal(op)) continue;
      if (same(op.op.summary, op.op.description)) {
        yield {
          file: c.swaggerFile,
          pointer: `${op.pointer}/description`,
          message: `The description of ${label(op)} repeats its summary; explain what the operation does.`,
          repeat: { summary: 'The description of {n} operations repeats the summary; say what each does', place: label(op) },
        };
      }
      for (const p of parametersOf(c.swagger, op)) {
        if (seen.has(p.valuePointer) || !same(p.param['x-ms-summary'], p.param.description)) continue;
        seen.add(p.valuePointer);
        yield {
          file: c.swaggerFile,
          pointer: `${p.valuePointer}/description`,
          message: `The description of parameter "${p.name}" repeats its x-ms-summary.`,
          repeat: { summary: 'The description of {n} parameters repeats the x-ms-summary', place: `"${p.name}"` },
        };
      }
    }
  },
});

export const operationVisibility = defineRule({
  id: 'powerplatform.operation-visibility',
  title: 'Every operation sets x-ms-visibility',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description:
    'The certification checklist asks for visibility on each operation (important, advanced or internal). Reviewer feedback rather than a validator error, so a warning; ' +
    'one finding per file lists the operations (371 per-operation warnings on 31 real connectors said one thing).',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const op of operationsOf(c.swagger)) {
      if (op.op['x-ms-visibility'] === undefined) {
        yield {
          file: c.swaggerFile,
          pointer: op.pointer,
          message: `${label(op)} has no x-ms-visibility (important, advanced or internal).`,
          repeat: { summary: '{n} operations have no x-ms-visibility; set important, advanced or internal on each', place: label(op) },
        };
      }
    }
  },
});

export const operationProductNames = defineRule({
  id: 'powerplatform.operation-product-names',
  title: 'Summaries and descriptions name no Power Platform product',
  severity: 'warning',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description: 'The certification guide asks not to mention Power Platform products in operation text; reviewer feedback, so a warning.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const op of operationsOf(c.swagger)) {
      for (const key of ['summary', 'description'] as const) {
        const t = asString(op.op[key]);
        const names = t ? productNamesIn(t) : [];
        if (names.length) {
          yield {
            file: c.swaggerFile,
            pointer: `${op.pointer}/${key}`,
            message: `The ${key} of ${label(op)} mentions ${names.join(', ')}.`,
            repeat: { summary: '{n} operation summaries or descriptions mention a Power Platform product', place: `${key} of ${label(op)} (${names.join(', ')})` },
          };
        }
      }
    }
  },
});

export const triggerText = defineRule({
  id: 'powerplatform.trigger-text',
  title: 'Trigger summaries read "When a …"',
  severity: 'notice',
  audiences: MULTITENANT,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorStringGuidance,
  description: 'The string guidance (written for certification) writes trigger summaries as "When a task is created" and descriptions as "This operation triggers when …". Style advice for the multitenant route.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const op of operationsOf(c.swagger)) {
      const s = asString(op.op.summary);
      if (op.isTrigger && s && !/^when\b/i.test(s.trim())) {
        yield { file: c.swaggerFile, pointer: `${op.pointer}/summary`, message: `Trigger summary ${quote(s)} should read "When …".`, repeat: { summary: '{n} trigger summaries do not read "When …"', place: quote(s) } };
      }
    }
  },
});

export const pathSyntax = defineRule({
  id: 'powerplatform.path-syntax',
  title: 'Paths start with /, have no query, fragment or wildcard, and well-formed placeholders',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'OperationPath* codes: a path starts with "/", holds no "?", "#" or "*", each {placeholder} sits within one segment, and templates carry no "=" defaults.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    const paths = asRecord(c?.swagger.paths);
    if (!c || !paths) return;
    for (const path of Object.keys(paths)) {
      const at = `/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const problems: string[] = [];
      if (!path.startsWith('/')) problems.push('does not start with "/"');
      if (/[?#*]/.test(path)) problems.push('contains "?", "#" or "*"');
      const braces = path.replace(/\{[^{}/]*\}/g, '');
      if (/[{}]/.test(braces)) problems.push('has a placeholder that is unbalanced or spans a "/"');
      if (pathPlaceholders(path).some((p) => p.includes('=') || p.trim() === '')) problems.push('has an empty placeholder or a "=" default');
      if (problems.length) yield { file: c.swaggerFile, pointer: at, message: `Path ${quote(path)} ${problems.join('; ')}.` };
    }
  },
});

export const pathUnique = defineRule({
  id: 'powerplatform.path-unique',
  title: 'No two paths differ only in case or placeholder names',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'PathRedefined and DuplicateOperationPath: "/Items" and "/items", or "/a/{x}" and "/a/{y}", cannot be told apart when a request arrives.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    const paths = asRecord(c?.swagger.paths);
    if (!c || !paths) return;
    const seen = new Map<string, string>();
    for (const [path, item] of Object.entries(paths)) {
      const methods = Object.keys(asRecord(item) ?? {}).filter((m) => !m.startsWith('x-') && m !== 'parameters');
      for (const method of methods) {
        const key = `${method} ${path.toLowerCase().replace(/\{[^{}]*\}/g, '{}')}`;
        const first = seen.get(key);
        if (first !== undefined) {
          yield { file: c.swaggerFile, pointer: `/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/${method}`, message: `${method.toUpperCase()} ${path} cannot be told apart from ${method.toUpperCase()} ${first}.` };
        } else seen.set(key, path);
      }
    }
  },
});

export const getWithoutBody = defineRule({
  id: 'powerplatform.get-body',
  title: 'GET operations take no body or form data',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'BodyOrFormDataParameterInFetchOperationNotAllowed: a GET request carries no body.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const op of operationsOf(c.swagger)) {
      if (op.method !== 'get') continue;
      for (const p of parametersOf(c.swagger, op)) {
        if (p.in === 'body' || p.in === 'formData') yield { file: c.swaggerFile, pointer: p.pointer, message: `GET ${op.path} has a ${p.in} parameter "${p.name}"; GET requests carry no body.` };
      }
    }
  },
});

export const deprecationAnnotation = defineRule({
  id: 'powerplatform.deprecation-annotation',
  title: 'x-ms-api-annotation.replacement is only on deprecated operations and names api and operationId',
  severity: 'error',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorSwaggerValidator,
  description: 'ApiAnnotation* codes: a replacement points users from a deprecated operation to its successor, so it needs deprecated: true and both api and operationId; the successor must exist.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    const ids = new Set(operationsOf(c.swagger).map((o) => o.operationId));
    for (const op of operationsOf(c.swagger)) {
      const replacement = asRecord(asRecord(op.op['x-ms-api-annotation'])?.replacement);
      if (!replacement) continue;
      const at = `${op.pointer}/x-ms-api-annotation/replacement`;
      if (op.op.deprecated !== true) yield { file: c.swaggerFile, pointer: at, message: `${label(op)} names a replacement but is not marked "deprecated": true.` };
      if (!isNonEmptyString(replacement.api) || !isNonEmptyString(replacement.operationId)) {
        yield { file: c.swaggerFile, pointer: at, message: 'A replacement names both "api" and "operationId".' };
      } else if (!ids.has(replacement.operationId)) {
        yield { file: c.swaggerFile, pointer: `${at}/operationId`, severity: 'warning', message: `The replacement operation ${quote(replacement.operationId)} is not in this definition (fine only if "api" is another connector).` };
      }
    }
  },
});
