// The report contract of DESIGN.md §3 as a JSON Schema, so any test can assert a report is well formed.
import Ajv from 'ajv';
import { expect } from 'vitest';

const position = { type: 'integer', minimum: 1 };
const severity = { enum: ['error', 'warning', 'notice'] };
const audience = { enum: ['single-tenant', 'multitenant'] };
// RFC 6901 allows any character in a token, line breaks included ("." would not match them).
const pointer = { type: 'string', pattern: '^(/[\\s\\S]*)?$' };
const source = {
  oneOf: [
    { type: 'null' },
    { type: 'object', required: ['path', 'line', 'column'], properties: { path: { type: 'string' }, line: position, column: position } },
  ],
};
const textPosition = {
  type: 'object',
  required: ['line', 'column', 'offset'],
  additionalProperties: false,
  properties: { line: position, column: position, offset: { type: 'integer', minimum: 0 } },
};

export const REPORT_SCHEMA = {
  type: 'object',
  required: ['schemaVersion', 'tool', 'audience', 'packages', 'summary'],
  properties: {
    schemaVersion: { const: 1 },
    tool: { type: 'object', required: ['name', 'version'], properties: { name: { const: 'copilot-publish-check' }, version: { type: 'string' } } },
    audience: { enum: ['single-tenant', 'multitenant', 'both'] },
    baseline: {
      type: 'object',
      required: ['file', 'known', 'fixed'],
      properties: { file: { type: 'string', minLength: 1 }, known: { type: 'integer', minimum: 0 }, fixed: { type: 'integer', minimum: 0 } },
    },
    // Optional (additive to contract v1): what searches skipped, and which packages a scoped run checked.
    skipped: {
      type: 'array',
      items: { type: 'object', required: ['path', 'reason'], additionalProperties: false, properties: { path: { type: 'string', minLength: 1 }, reason: { type: 'string', minLength: 1 } } },
    },
    scope: {
      type: 'object',
      required: ['mode', 'outOfScope'],
      additionalProperties: false,
      properties: {
        mode: { enum: ['changed', 'all'] },
        changes: { type: 'string' },
        changedFiles: { type: 'integer', minimum: 0 },
        outOfScope: { type: 'integer', minimum: 0 },
        fallback: { type: 'string' },
      },
    },
    summary: {
      type: 'object',
      required: ['packages', 'errors', 'warnings', 'notices'],
      properties: Object.fromEntries(['packages', 'errors', 'warnings', 'notices'].map((k) => [k, { type: 'integer', minimum: 0 }])),
    },
    packages: {
      type: 'array',
      items: {
        type: 'object',
        required: ['path', 'kind', 'capabilities', 'routes', 'findings', 'stats'],
        properties: {
          path: { type: 'string', minLength: 1 },
          kind: { enum: ['teams-app', 'power-platform-connector', 'graph-connector', 'unknown'] },
          capabilities: {
            type: 'array',
            items: { enum: ['message-extension', 'declarative-agent', 'api-plugin', 'graph-connector', 'bot', 'tab', 'custom-engine-agent'] },
          },
          routes: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['audience', 'channel', 'eligible', 'blockers', 'prerequisites', 'steps'],
              properties: {
                audience,
                channel: { type: 'string' },
                eligible: { type: 'boolean' },
                blockers: { type: 'array', items: { type: 'object', required: ['ruleId', 'message'], properties: { ruleId: { type: 'string' }, message: { type: 'string' } } } },
                prerequisites: { type: 'array', items: { type: 'string' } },
                steps: { type: 'array', items: { type: 'string' } },
              },
            },
          },
          findings: {
            type: 'array',
            items: {
              type: 'object',
              required: ['ruleId', 'severity', 'message', 'file', 'pointer', 'source', 'audiences', 'docs'],
              properties: {
                ruleId: { type: 'string', pattern: '^[a-z]+\\.[a-z0-9.-]+$' },
                severity,
                message: { type: 'string', minLength: 1 },
                file: { type: 'string' },
                pointer,
                line: position,
                column: position,
                source,
                audiences: { type: 'array', items: audience, minItems: 1 },
                docs: { type: 'string', pattern: '^https://' },
                // Accepted by the configuration or the baseline (src/config/): kept, not counted.
                suppressed: {
                  type: 'object',
                  required: ['kind', 'reason'],
                  additionalProperties: false,
                  properties: { kind: { enum: ['config', 'ignore', 'baseline'] }, reason: { type: 'string', minLength: 1 } },
                },
                originalSeverity: severity,
                // The other places of a defect reported once (optional, added to contract v1).
                related: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    required: ['pointer', 'message'],
                    properties: {
                      pointer,
                      line: position,
                      column: position,
                      message: { type: 'string', minLength: 1 },
                      source,
                    },
                  },
                },
                // The one right change (src/engine/fix/): what changes, and the text edits that make it.
                fix: {
                  type: 'object',
                  required: ['description', 'changes', 'edits', 'applicable'],
                  additionalProperties: false,
                  properties: {
                    description: { type: 'string', minLength: 1 },
                    changes: {
                      type: 'array',
                      minItems: 1,
                      items: {
                        type: 'object',
                        required: ['op', 'file', 'pointer'],
                        additionalProperties: false,
                        properties: {
                          op: { enum: ['replace', 'add', 'remove', 'replace-text'] },
                          file: { type: 'string', minLength: 1 },
                          pointer,
                          value: {},
                          first: { const: true },
                          find: { type: 'string', minLength: 1 },
                          text: { type: 'string' },
                        },
                      },
                    },
                    edits: {
                      type: 'array',
                      minItems: 1,
                      items: {
                        type: 'object',
                        required: ['path', 'start', 'end', 'text'],
                        additionalProperties: false,
                        properties: { path: { type: 'string', minLength: 1 }, start: textPosition, end: textPosition, text: { type: 'string' } },
                      },
                    },
                    applicable: { type: 'boolean' },
                    reason: { type: 'string', minLength: 1 },
                  },
                  // A fix that cannot be made says why.
                  if: { properties: { applicable: { const: false } } },
                  then: { required: ['reason'] },
                },
              },
            },
          },
          stats: { type: 'object', required: ['files', 'bytes', 'ms'] },
        },
      },
    },
  },
} as const;

const validate = new Ajv({ allErrors: true, strict: false }).compile(REPORT_SCHEMA);

export function expectWellFormed(report: unknown): void {
  const ok = validate(report);
  expect(ok ? [] : validate.errors).toEqual([]);
  const r = report as { summary: { errors: number; warnings: number; notices: number }; packages: { findings: { severity: string; suppressed?: object }[] }[] };
  // The summary counts what is not suppressed.
  const count = (s: string) => r.packages.reduce((n, p) => n + p.findings.filter((f) => f.severity === s && !f.suppressed).length, 0);
  expect([r.summary.errors, r.summary.warnings, r.summary.notices]).toEqual([count('error'), count('warning'), count('notice')]);
}
