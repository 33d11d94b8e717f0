// Narrowing helpers for JSON values of unknown shape.

export type JsonRecord = Record<string, unknown>;

export function asRecord(v: unknown): JsonRecord | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as JsonRecord) : undefined;
}

/**
 * A member of a parsed JSON object, asked for with `in` first. Rules that visit every schema of a definition ask
 * for optional keywords most schemas lack, and across objects of every shape an absent member is found about twice
 * as fast so. Only for names that Object.prototype does not have.
 */
export function member(record: JsonRecord, key: string): unknown {
  return key in record ? record[key] : undefined;
}

export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function isNonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}
