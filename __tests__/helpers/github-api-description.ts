// GitHub's own API description, as the GitHub API stand-in checks itself against it: the REST operations the action
// calls (a cut of @octokit/openapi committed in __tests__/fixtures/github-rest-api.json, made and compared by
// scripts/github-api-description.mjs) routed and validated by openapi-backend, and GraphQL documents validated by
// @octokit/graphql-schema and answered by executing them against GitHub's schema. Loaded once per test file
// (each file runs in its own process); validators compile on first use, the GraphQL schema on the first query.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import addFormats from 'ajv-formats';
import { OpenAPIBackend, type Operation } from 'openapi-backend';

export const DESCRIPTION_PATH = join(__dirname, '..', 'fixtures', 'github-rest-api.json');

export interface DescribedRequest {
  method: string;
  /** Path without the query. */
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

let backend: Promise<OpenAPIBackend> | undefined;

/** The router and validator over the committed cut (quick: validators compile when an operation is first met). */
export function githubRestApi(): Promise<OpenAPIBackend> {
  backend ??= new OpenAPIBackend({
    definition: JSON.parse(readFileSync(DESCRIPTION_PATH, 'utf8')),
    quick: true,
    strict: true,
    validate: true,
    ajvOpts: { allErrors: true },
    // uri, date-time and email are checked, as GitHub's description means them.
    customizeAjv: (ajv) => {
      (addFormats as unknown as (a: typeof ajv) => void)(ajv);
      return ajv;
    },
  }).init();
  return backend;
}

/** The operation GitHub's description has for a request, or why none. */
export function routeOf(api: OpenAPIBackend, req: DescribedRequest): Operation | undefined {
  return api.matchOperation({ method: req.method, path: req.path, headers: headersOf(req.headers), query: req.query });
}

/** What is wrong with a request for its operation, in words (none when it validates). */
export function requestViolations(api: OpenAPIBackend, req: DescribedRequest, operation: Operation): string[] {
  const r = api.validateRequest({ method: req.method, path: req.path, headers: headersOf(req.headers), query: req.query, body: req.body }, operation);
  return (r.errors ?? []).map((e) => `${e.instancePath || '(request)'} ${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`);
}

/** The path parameters of a request (owner, repo, issue_number…), by the operation's path template. */
export function pathParams(api: OpenAPIBackend, req: DescribedRequest, operation: Operation): Record<string, string> {
  return api.router.parseRequest({ method: req.method, path: req.path, headers: headersOf(req.headers), query: req.query }, operation).params as Record<string, string>;
}

/** Whether the description says what this operation answers with this status. */
function describes(operation: Operation, status: number): boolean {
  return String(status) in (operation.responses ?? {});
}

/** What is wrong with a response the stand-in is about to give (none when it validates or the status is undescribed). */
export function responseViolations(api: OpenAPIBackend, operation: Operation, status: number, body: unknown, headers: Record<string, string>): string[] {
  if (!describes(operation, status)) return [];
  const out: string[] = [];
  const described = (operation.responses as Record<string, { content?: Record<string, unknown> }>)[String(status)];
  if (described.content?.['application/json']) {
    for (const e of api.validateResponse(body, operation, status).errors ?? []) out.push(`body${e.instancePath} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
  } else if (body !== undefined) {
    out.push(`a ${status} answer has no body in GitHub's description, but one was given`);
  }
  for (const e of api.validateResponseHeaders(headers, operation, { statusCode: status }).errors ?? []) out.push(`header${e.instancePath} ${e.message}`);
  return out;
}

const templates = new Map<string, unknown>();

/** A response body of an operation built from its schema alone (placeholders GitHub's description accepts), fresh each call. */
export function template(api: OpenAPIBackend, operationId: string, status = 200): unknown {
  const key = `${operationId} ${status}`;
  if (!templates.has(key)) templates.set(key, api.mockResponseForOperation(operationId, { code: status }).mock);
  return structuredClone(templates.get(key));
}

function headersOf(h: DescribedRequest['headers']): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(h)) if (v !== undefined) out[k.toLowerCase()] = v;
  return out;
}

interface GraphqlTools {
  validate: (query: string) => ReadonlyArray<{ message: string }>;
  answer: (query: string, variables: Record<string, unknown> | undefined, root: Record<string, unknown>) => Promise<{ data?: unknown; errors?: ReadonlyArray<{ message: string }> }>;
}

let graphqlTools: Promise<GraphqlTools> | undefined;

/** @octokit/graphql-schema's validation, and execution against GitHub's schema (loaded on the first query). */
export function githubGraphql(): Promise<GraphqlTools> {
  graphqlTools ??= (async () => {
    const [{ validate, schema }, graphql] = await Promise.all([import('@octokit/graphql-schema'), import('graphql')]);
    const built = graphql.buildClientSchema(schema.json as never);
    return {
      validate: (query) => validate(query),
      answer: async (query, variables, root) => graphql.execute({ schema: built, document: graphql.parse(query), variableValues: variables, rootValue: root }),
    };
  })();
  return graphqlTools;
}
