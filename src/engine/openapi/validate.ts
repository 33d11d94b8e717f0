// Structural validation of an API description with @apidevtools/swagger-parser (Swagger 2.0, OpenAPI 3.0/3.1),
// offline: external references are removed from a copy first (they are reported by listExternalRefs),
// and the resolver may read neither files nor URLs.
import SwaggerParser from '@apidevtools/swagger-parser';
import { escapeToken } from '../json/pointer.js';
import type { ApiDocument } from './document.js';
import { listRefs, withoutExternalRefs } from './refs.js';

export interface ApiIssue {
  /** RFC 6901 pointer into the document ("" for the whole document). */
  pointer: string;
  message: string;
}

const OFFLINE = { resolve: { external: false, http: false, file: false } } as const;
/** Enough to fix a document; the rest repeat the same mistake through oneOf branches. */
export const MAX_ISSUES_PER_DOCUMENT = 25;

const cache = new WeakMap<ApiDocument, Promise<ApiIssue[]>>();

/** Issues in a parsed document (empty when valid); memoised per document. Never rejects. */
export function validateApiDocument(doc: ApiDocument): Promise<ApiIssue[]> {
  let result = cache.get(doc);
  if (!result) {
    result = doc.ok ? validateValue(doc.value) : Promise.resolve([]);
    cache.set(doc, result);
  }
  return result;
}

export async function validateValue(value: unknown): Promise<ApiIssue[]> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [{ pointer: '', message: 'The document is not an object, so it is not an OpenAPI or Swagger description.' }];
  }
  try {
    await SwaggerParser.validate(withoutExternalRefs(value) as never, OFFLINE as never);
    return [];
  } catch (e) {
    return describeError(e, value);
  }
}

interface AjvLike {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

function describeError(e: unknown, value: unknown): ApiIssue[] {
  const err = e as { message?: string; details?: AjvLike[]; path?: unknown; targetRef?: string; name?: string };
  if (Array.isArray(err.details) && err.details.length > 0) return fromAjv(err.details);
  const message = (err.message ?? String(e)).split('\n')[0];
  // A missing local $ref target: point at the reference when the parser says where it is.
  if (err.name === 'MissingPointerError' && typeof err.targetRef === 'string') {
    const site = listRefs(value).find((r) => r.ref === err.targetRef);
    return [{ pointer: site?.pointer ?? '', message: `The reference "${err.targetRef}" points at nothing in this document.` }];
  }
  return [{ pointer: '', message: message.replace(/^\[object Object\] is not/, 'This is not') }];
}

// Swagger-parser's schema errors come from ajv over oneOf-heavy schemas: one mistake yields several
// entries at the same place. Keep one message per place, with enum alternatives merged.
function fromAjv(details: AjvLike[]): ApiIssue[] {
  const byPointer = new Map<string, { messages: string[]; allowed: Set<string> }>();
  for (const d of details) {
    let p = d.instancePath ?? '';
    let message = d.message ?? d.keyword ?? 'is invalid';
    if (d.keyword === 'required' && typeof d.params?.missingProperty === 'string') {
      message = `is missing the required property "${d.params.missingProperty}"`;
    } else if (d.keyword === 'additionalProperties' && typeof d.params?.additionalProperty === 'string') {
      p = `${p}/${escapeToken(d.params.additionalProperty)}`;
      message = 'is not allowed here';
    }
    const entry = byPointer.get(p) ?? { messages: [], allowed: new Set<string>() };
    if (d.keyword === 'enum' && Array.isArray(d.params?.allowedValues)) {
      for (const v of d.params.allowedValues) entry.allowed.add(JSON.stringify(v));
    } else if (!entry.messages.includes(message)) entry.messages.push(message);
    byPointer.set(p, entry);
  }
  const issues: ApiIssue[] = [];
  for (const [p, { messages, allowed }] of byPointer) {
    const parts = [...messages];
    if (allowed.size > 0) parts.push(`must be one of ${[...allowed].join(', ')}`);
    issues.push({ pointer: p, message: `${p === '' ? 'The document' : `"${p}"`} ${parts.join('; ')}.` });
  }
  return issues.slice(0, MAX_ISSUES_PER_DOCUMENT);
}
