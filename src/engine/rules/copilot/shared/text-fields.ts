// The text Copilot reads to choose and call an extension, with where each piece sits. The agent validation
// guidelines (policy 1140.9) apply the same description rules to all of it: the app's short description,
// command and parameter (semantic) descriptions, agent instructions and starters, plugin descriptions,
// function state descriptions, and OpenAPI path keys, operationIds and operation descriptions.
import { escapeToken, pointer } from '../../../json/pointer.js';
import { draftAt, listOperations, type ApiDocument } from '../../../openapi/index.js';
import type { PackageView } from '../../../read/package-view.js';
import type { FindingDraft } from '../../../types.js';
import { fieldText } from '../../../util/text.js';
import { asArray, asRecord, asString } from '../../../util/values.js';
import { allSpecs, copilotFiles, MANIFEST } from './files.js';

export type TextKind = 'description' | 'instructions' | 'prompt' | 'identifier';

export interface TextField {
  text: string;
  kind: TextKind;
  /** A readable name for messages ("command description"). */
  label: string;
  /** The app's own store text (manifest description), which the teams.* store-text rules also read. */
  storeText?: boolean;
  /** Builds a draft at this field. */
  draft(message: string, extra?: Partial<FindingDraft>): FindingDraft;
}

const OPENAPI_DESCRIBED_METHODS = new Set(['get', 'post', 'put', 'delete']);

export function copilotTextFields(pkg: PackageView, manifest: unknown): TextField[] {
  const fields: TextField[] = [];
  const json = (file: string, p: string, value: unknown, kind: TextKind, label: string) => {
    if (typeof value === 'string' && value.trim()) fields.push({ text: fieldText(value), kind, label, draft: (message, extra) => ({ file, pointer: p, message, ...extra }) });
  };
  const api = (doc: ApiDocument, p: string, value: unknown, kind: TextKind, label: string) => {
    if (typeof value === 'string' && value.trim()) fields.push({ text: fieldText(value), kind, label, draft: (message, extra) => draftAt(doc, p, message, extra) });
  };
  const m = asRecord(manifest);
  if (!m) return fields;
  json(MANIFEST, '/description/short', asRecord(m.description)?.short, 'description', 'short description');
  if (fields.length > 0) fields[0].storeText = true;
  asArray(m.composeExtensions).forEach((ce, i) =>
    asArray(asRecord(ce)?.commands).forEach((c, j) => {
      const cmd = asRecord(c);
      const at = pointer('composeExtensions', i, 'commands', j);
      json(MANIFEST, `${at}/description`, cmd?.description, 'description', 'command description');
      json(MANIFEST, `${at}/semanticDescription`, cmd?.semanticDescription, 'description', 'command semanticDescription');
      asArray(cmd?.parameters).forEach((prm, k) => {
        const param = asRecord(prm);
        json(MANIFEST, `${at}/parameters/${k}/description`, param?.description, 'description', 'parameter description');
        json(MANIFEST, `${at}/parameters/${k}/semanticDescription`, param?.semanticDescription, 'description', 'parameter semanticDescription');
      });
    }),
  );
  const files = copilotFiles(pkg, m);
  for (const agent of files.agents) {
    const a = agent.value;
    json(agent.path, '/description', a?.description, 'description', 'agent description');
    json(agent.path, '/instructions', a?.instructions, 'instructions', 'agent instructions');
    asArray(a?.conversation_starters).forEach((s, i) => {
      json(agent.path, pointer('conversation_starters', i, 'title'), asRecord(s)?.title, 'prompt', 'conversation starter title');
      json(agent.path, pointer('conversation_starters', i, 'text'), asRecord(s)?.text, 'prompt', 'conversation starter');
    });
  }
  for (const plugin of files.plugins) {
    const v = plugin.value;
    json(plugin.path, '/description_for_human', v?.description_for_human, 'description', 'description_for_human');
    json(plugin.path, '/description_for_model', v?.description_for_model, 'description', 'description_for_model');
    asArray(asRecord(v?.capabilities)?.conversation_starters).forEach((s, i) => {
      json(plugin.path, pointer('capabilities', 'conversation_starters', i, 'title'), asRecord(s)?.title, 'prompt', 'conversation starter title');
      json(plugin.path, pointer('capabilities', 'conversation_starters', i, 'text'), asRecord(s)?.text, 'prompt', 'conversation starter');
    });
    asArray(v?.functions).forEach((f, i) => {
      const fn = asRecord(f);
      json(plugin.path, pointer('functions', i, 'description'), fn?.description, 'description', 'function description');
      for (const [state, config] of Object.entries(asRecord(fn?.states) ?? {})) {
        json(plugin.path, pointer('functions', i, 'states', state, 'description'), asRecord(config)?.description, 'description', `function ${state} state description`);
      }
    });
  }
  for (const { doc } of allSpecs(pkg, m)) {
    if (!doc.ok) continue;
    const seenPaths = new Set<string>();
    for (const op of listOperations(doc.value)) {
      if (!seenPaths.has(op.path)) {
        seenPaths.add(op.path);
        api(doc, `/paths/${escapeToken(op.path)}`, op.path, 'identifier', 'OpenAPI path');
      }
      api(doc, `${op.pointer}/operationId`, op.operationId, 'identifier', 'operationId');
      if (OPENAPI_DESCRIBED_METHODS.has(op.method)) api(doc, `${op.pointer}/description`, asString(op.operation.description), 'description', 'operation description');
    }
  }
  return fields;
}
