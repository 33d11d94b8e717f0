// The project's yml (m365agents.yml, teamsapp.yml and their local/playground/sandbox variants) as far as packaging
// needs it: where the env files are, the teamsApp/zipAppPackage step, and which variables the steps write when the
// project is provisioned (writeToEnvironmentFile, the toolkit's default output names, arm/deploy template outputs,
// file/createOrUpdateEnvironmentFile, and scripts' ::set-teamsfx-env).
// Lines are kept so a stand-in notice can name the step that writes a variable.
import { dirname, resolve } from 'node:path';
import type { Node as YamlNode } from 'yaml';
import { MAX_YAML_CHARS } from '../limits.js';
import { isInside, readText } from './files.js';

/** Project files, by the environment they serve (fx-core pathUtils.getYmlFilePath: V4 names first, then V3). */
const YML_BY_ENV: Record<string, readonly string[]> = {
  local: ['m365agents.local.yml', 'teamsapp.local.yml'],
  playground: ['m365agents.playground.yml'],
  testtool: ['teamsapp.testtool.yml'],
  sandbox: ['m365agents.sandbox.yml', 'teamsapp.sandbox.yml'],
};
const MAIN_YML = ['m365agents.yml', 'teamsapp.yml'] as const;

/** Every file name that makes a folder a toolkit project. */
export const PROJECT_YML_NAMES: readonly string[] = [...MAIN_YML, ...new Set(Object.values(YML_BY_ENV).flat())];

/** The yml names the toolkit reads for `environment`, in its order of preference. */
export function ymlNamesFor(environment: string): readonly string[] {
  return YML_BY_ENV[environment] ?? MAIN_YML;
}

export interface ZipStep {
  manifestPath?: string;
  outputZipPath?: string;
  outputFolder?: string;
  line: number;
}

export interface WrittenVariable {
  /** The step that writes it (`uses`). */
  action: string;
  line: number;
}

export interface ProjectYml {
  abs: string;
  /** The raw environmentFolderPath (default ./env). */
  environmentFolderPath: string;
  /** zipAppPackage steps, provision's first, then publish's, then deploy's. */
  zipSteps: ZipStep[];
  /** Variables steps write when the project is provisioned or deployed. */
  written: Map<string, WrittenVariable>;
  /** Prefixes of variables written from object outputs of ARM templates (NAME__KEY). */
  writtenPrefixes: Map<string, WrittenVariable>;
  /** A typeSpec/compile step: the agent is generated from TypeSpec. */
  typeSpec?: { path: string; line: number };
  /** Why the yml could not be read, when it could not. */
  error?: string;
}

const LIFECYCLES = ['provision', 'publish', 'deploy'] as const;

/** Output names drivers write even without writeToEnvironmentFile (fx-core defaultOutputNames / internalOutputNames). */
const DEFAULT_OUTPUTS: Record<string, readonly string[]> = {
  'teamsApp/create': ['TEAMS_APP_ID', 'TEAMS_APP_TENANT_ID'],
  'teamsApp/publishAppPackage': ['TEAMS_APP_PUBLISHED_APP_ID'],
};

export async function readProjectYml(abs: string): Promise<ProjectYml> {
  const out: ProjectYml = { abs, environmentFolderPath: './env', zipSteps: [], written: new Map(), writtenPrefixes: new Map() };
  const text = await readText(abs);
  if (text === undefined) return { ...out, error: 'it cannot be read' };
  if (text.length > MAX_YAML_CHARS) return { ...out, error: `it is larger than ${MAX_YAML_CHARS} characters` };
  const Y = await import('yaml');
  const lines = new Y.LineCounter();
  const doc = Y.parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  if (doc.errors.length > 0) return { ...out, error: `it is not valid YAML (line ${lines.linePos(doc.errors[0].pos[0]).line})` };
  const root = doc.contents;
  if (!Y.isMap(root)) return { ...out, error: 'it is not a YAML mapping' };
  const folder: unknown = root.get('environmentFolderPath');
  if (typeof folder === 'string' && folder.trim()) out.environmentFolderPath = folder.trim();
  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const templates: Array<{ path: string; action: string; line: number }> = [];
  for (const lifecycle of LIFECYCLES) {
    const steps = root.get(lifecycle, true);
    if (!Y.isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!Y.isMap(step)) continue;
      const uses = step.get('uses');
      if (typeof uses !== 'string') continue;
      const line = lineOf(step as YamlNode);
      const withArgs = step.get('with', true);
      const arg = (name: string) => (Y.isMap(withArgs) ? stringOf(withArgs.get(name)) : undefined);
      if (uses === 'teamsApp/zipAppPackage') {
        out.zipSteps.push({ manifestPath: arg('manifestPath'), outputZipPath: arg('outputZipPath'), outputFolder: arg('outputFolder'), line });
      }
      if (uses === 'typeSpec/compile' && !out.typeSpec) out.typeSpec = { path: arg('path') ?? './main.tsp', line };
      const writes = step.get('writeToEnvironmentFile', true);
      if (Y.isMap(writes)) {
        for (const pair of writes.items) {
          const value = Y.isScalar(pair.value) ? pair.value.value : undefined;
          if (typeof value === 'string' && value.trim()) setOnce(out.written, value.trim(), { action: uses, line: lineOf(pair.value as YamlNode) });
        }
      } else {
        for (const name of DEFAULT_OUTPUTS[uses] ?? []) setOnce(out.written, name, { action: uses, line });
      }
      // Always written, whatever writeToEnvironmentFile says.
      if (uses === 'teamsApp/create') setOnce(out.written, 'TEAMS_APP_TENANT_ID', { action: uses, line });
      if (uses === 'file/createOrUpdateEnvironmentFile' && Y.isMap(withArgs)) {
        const envs = withArgs.get('envs', true);
        if (Y.isMap(envs)) for (const pair of envs.items) if (Y.isScalar(pair.key)) setOnce(out.written, String(pair.key.value), { action: uses, line: lineOf(pair.key as YamlNode) });
      }
      // A script writes with `::set-teamsfx-env NAME=value` on its output.
      const script = uses === 'script' ? arg('run') : undefined;
      if (script) for (const m of script.matchAll(/::set-teamsfx-env\s+([A-Za-z_]\w*)=/g)) setOnce(out.written, m[1], { action: uses, line });
      if (uses === 'arm/deploy' && Y.isMap(withArgs)) {
        const list = withArgs.get('templates', true);
        if (Y.isSeq(list)) for (const t of list.items) if (Y.isMap(t) && typeof t.get('path') === 'string') templates.push({ path: t.get('path') as string, action: uses, line });
      }
    }
  }
  await addTemplateOutputs(out, templates);
  return out;
}

function stringOf(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function setOnce<T>(map: Map<string, T>, key: string, value: T): void {
  if (!map.has(key)) map.set(key, value);
}

/** Bicep `output` declarations and ARM JSON `outputs`: arm/deploy writes each, upper-cased, into the env file. */
async function addTemplateOutputs(out: ProjectYml, templates: Array<{ path: string; action: string; line: number }>): Promise<void> {
  const projectDir = dirname(out.abs);
  for (const t of templates.slice(0, 20)) {
    const abs = resolve(projectDir, t.path);
    if (!isInside(projectDir, abs)) continue;
    const text = await readText(abs);
    if (text === undefined || text.length > MAX_YAML_CHARS) continue;
    const written = { action: t.action, line: t.line };
    if (/\.bicep$/i.test(abs)) {
      for (const m of text.matchAll(/^[ \t]*output[ \t]+([A-Za-z_]\w*)[ \t]+(\w+)/gm)) {
        setOnce(m[2] === 'object' ? out.writtenPrefixes : out.written, m[1].toUpperCase(), written);
      }
      continue;
    }
    try {
      const outputs = (JSON.parse(text) as { outputs?: Record<string, { type?: string }> }).outputs ?? {};
      for (const [name, o] of Object.entries(outputs)) setOnce(/object/i.test(o?.type ?? '') ? out.writtenPrefixes : out.written, name.toUpperCase(), written);
    } catch {
      // Not JSON: no outputs known.
    }
  }
}

