// Connectors used as Copilot plugins (Microsoft 365 Copilot, Copilot Studio, Copilot for Sales): x-ms-openai-data,
// keywords, and descriptions an agent can choose an operation by.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { asArray, asRecord, asString } from '../../util/values.js';
import { withSwagger, type SwaggerConnector } from './shared/connector.js';
import { operationById, operationsOf, parametersOf, visibility } from './shared/operations.js';
import { quote, wordCount } from './shared/text.js';

/** Whether the connector declares itself a plugin: x-ms-openai-data with openai-enabled true, at the root or on an operation. */
export function isPlugin(c: SwaggerConnector): boolean {
  if (asRecord(c.swagger['x-ms-openai-data'])?.['openai-enabled'] === true) return true;
  return operationsOf(c.swagger).some((op) => asRecord(op.op['x-ms-openai-data'])?.['openai-enabled'] === true);
}

export const openAiData = defineRule({
  id: 'powerplatform.openai-data',
  title: 'x-ms-openai-data is well formed and names existing operations',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.salesCopilotConnectorSample,
  description:
    'Plugin connectors mark themselves with x-ms-openai-data: an object with a boolean "openai-enabled"; at the root it may list operations[] of ' +
    '{ operationId, x-ms-require-user-confirmation } (Copilot for Sales sample definition; 38 repository connectors). The shape is documented only by example, so a warning.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    const sites: Array<[unknown, string, boolean]> = [[c.swagger['x-ms-openai-data'], '/x-ms-openai-data', true]];
    for (const op of operationsOf(c.swagger)) sites.push([op.op['x-ms-openai-data'], `${op.pointer}/x-ms-openai-data`, false]);
    for (const [value, at, root] of sites) {
      if (value === undefined) continue;
      const rec = asRecord(value);
      if (!rec) {
        yield { file: c.swaggerFile, pointer: at, message: 'x-ms-openai-data must be an object.' };
        continue;
      }
      if (typeof rec['openai-enabled'] !== 'boolean') yield { file: c.swaggerFile, pointer: at, message: 'x-ms-openai-data needs a boolean "openai-enabled".' };
      if (!root || rec.operations === undefined) continue;
      for (const [i, entry] of asArray(rec.operations).entries()) {
        const e = asRecord(entry);
        const id = asString(e?.operationId);
        if (!id || !operationById(c.swagger, id)) {
          yield { file: c.swaggerFile, pointer: `${at}/operations/${i}`, message: `x-ms-openai-data lists operation ${quote(String(id))}, which the definition does not have.` };
        }
        const confirm = e?.['x-ms-require-user-confirmation'];
        if (confirm !== undefined && typeof confirm !== 'boolean') {
          yield { file: c.swaggerFile, pointer: `${at}/operations/${i}/x-ms-require-user-confirmation`, message: 'x-ms-require-user-confirmation must be true or false.' };
        }
      }
    }
  },
});

export const aiKeywords = defineRule({
  id: 'powerplatform.ai-keywords',
  title: 'Plugin connectors list info.x-ms-keywords',
  severity: 'notice',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.salesCopilotConnectorSample,
  description: 'The Copilot for Sales sample pairs x-ms-openai-data with info.x-ms-keywords, which help Copilot find the connector. Advice for plugin connectors.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c || !isPlugin(c)) return;
    const kw = asRecord(c.swagger.info)?.['x-ms-keywords'];
    if (asArray(kw).length === 0) yield { file: c.swaggerFile, pointer: '/info', message: 'This plugin connector has no info.x-ms-keywords; list words users would say when they need it.' };
  },
});

const MIN_WORDS = 6;

export const aiDescriptions = defineRule({
  id: 'powerplatform.ai-descriptions',
  title: 'Operations and parameters are described well enough for an agent to choose them',
  severity: 'notice',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorCertification,
  description:
    'Copilot picks a connector action from its description and fills parameters from theirs (certification "agent action requirements", quoted by third parties; ' +
    'Copilot for Sales maps parameters "based on the descriptions"). A description of fewer than six words, one that repeats the summary, or a visible parameter without description ' +
    'is reported: a warning for connectors that declare themselves plugins (x-ms-openai-data), a notice for others, because the threshold is a judgement. One finding per file and kind.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    const severity = isPlugin(c) ? 'warning' : 'notice';
    for (const op of operationsOf(c.swagger)) {
      if (visibility(op.op) === 'internal' || op.isTrigger) continue;
      const d = asString(op.op.description)?.trim() ?? '';
      const s = asString(op.op.summary)?.trim() ?? '';
      if (d && (wordCount(d) < MIN_WORDS || d.toLowerCase().replace(/\.$/, '') === s.toLowerCase())) {
        yield {
          file: c.swaggerFile,
          pointer: `${op.pointer}/description`,
          severity,
          message: `The description of ${op.operationId ?? op.path} (${quote(d)}) is too thin for Copilot to know when to call it; say what it does, with what input, and what it returns.`,
          repeat: { summary: '{n} operation descriptions are too thin for Copilot to know when to call them; say what each does, with what input, and what it returns', place: op.operationId ?? op.path },
        };
      }
      const undocumented = parametersOf(c.swagger, op).filter((p) => visibility(p.param) !== 'internal' && p.in !== 'body' && !asString(p.param.description)?.trim());
      if (undocumented.length) {
        const names = undocumented.map((p) => `"${p.name}"`).join(', ');
        yield {
          file: c.swaggerFile,
          pointer: op.pointer,
          severity,
          message: `Copilot cannot tell what to pass for ${names} of ${op.operationId ?? op.path}: describe each parameter.`,
          repeat: { summary: '{n} operations have parameters without a description, so Copilot cannot tell what to pass', place: `${op.operationId ?? op.path} (${names})` },
        };
      }
    }
  },
});

export const agenticProtocol = defineRule({
  id: 'powerplatform.mcp-protocol',
  title: 'MCP operations declare x-ms-agentic-protocol: mcp-streamable-1.0',
  severity: 'notice',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.copilotStudioMcp,
  description: 'Copilot Studio recognises an MCP server connector by x-ms-agentic-protocol "mcp-streamable-1.0" on its streamable endpoint. Known only from third-party guides, so a notice.',
  *check({ pkg }) {
    const c = withSwagger(pkg);
    if (!c) return;
    for (const op of operationsOf(c.swagger)) {
      const v = op.op['x-ms-agentic-protocol'];
      if (v !== undefined && v !== 'mcp-streamable-1.0') {
        yield { file: c.swaggerFile, pointer: `${op.pointer}/x-ms-agentic-protocol`, message: `x-ms-agentic-protocol is ${quote(String(v))}; Copilot Studio expects "mcp-streamable-1.0".` };
      }
    }
  },
});
