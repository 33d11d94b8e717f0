// Reads a Microsoft 365 Agents Toolkit project as the package `atk package --env <environment>` would build from it:
// the yml for the environment, its env file, the manifest template and every file it references, built in memory.
// What the toolkit would stop on is a finding; variables without a value get stand-ins and one finding each.
import { relative } from 'node:path';
import { createPackageView, type BuiltFromSource, type ReadProblem, type ReadResult } from '../package-view.js';
import { buildPackage } from './build.js';
import { dotenvNames, parseDotenv } from './dotenv.js';
import { sourceAt, type ExpandContext } from './expand.js';
import { readText, slashes } from './files.js';
import { connectorCodeNotice, typeSpecNotice } from './not-checked.js';
import { DEFAULT_ENVIRONMENT, openProject, type ToolkitProject } from './project.js';
import { Variables } from './variables.js';

export interface ToolkitOptions {
  /** Nothing outside this folder is read (the repository, or the project itself when it lies outside). */
  root: string;
  /** The working folder: paths in messages and findings are relative to it (default: root). */
  cwd?: string;
  /** The env file's name part (`dev` reads env/.env.dev). */
  environment?: string;
  /** The process environment, passed in by the edge (the engine never reads process.env). */
  processEnv?: Readonly<Record<string, string | undefined>>;
}

export async function readToolkitProject(dir: string, display: string, options: ToolkitOptions): Promise<ReadResult> {
  const environment = options.environment || DEFAULT_ENVIRONMENT;
  const project = await openProject(dir, environment, options.root);
  if (!project) {
    return { view: null, problems: [{ ruleId: 'package.toolkit-build', message: 'No m365agents.yml or teamsapp.yml was found in the project folder.' }] };
  }
  const cwd = options.cwd ?? options.root;
  const shown = (abs: string) => slashes(relative(cwd, abs)) || '.';
  const problems: ReadProblem[] = [];
  if (project.yml.error) {
    problems.push({ ruleId: 'package.toolkit-build', message: `${shown(project.yml.abs)} was not read (${project.yml.error}); the package was built with the toolkit's defaults.`, source: sourceAt(shown(project.yml.abs), '', 0) });
  }
  const manifestText = (await readText(project.manifest)) ?? '';
  const template = parseOrUndefined(manifestText);
  const typeSpec = await typeSpecNotice(project, template, shown);
  if (typeSpec) {
    return { view: null, problems: [...problems, typeSpec], built: { origins: new Map(), standIns: new Map(), missing: [], zip: project.zip, notChecked: typeSpec.message } };
  }
  const envFile = await envFileOf(project, shown);
  const vars = new Variables({
    environment,
    envFile,
    userFile: await userFileOf(project, shown),
    processEnv: options.processEnv ?? {},
    yml: { shown: shown(project.yml.abs), written: project.yml.written, writtenPrefixes: project.yml.writtenPrefixes },
  });
  const ctx: ExpandContext = { vars, shown, problems };
  const { files, origins, substituted } = await buildPackage(project.manifest, project.appDir, ctx);
  const defined = [...envFile.entries].filter(([, e]) => e.value !== '').map(([name]) => name);
  const connector = await connectorCodeNotice(project, template, manifestText, shown);
  if (connector) problems.push(connector);
  return {
    view: files.size > 0 ? createPackageView(display, 'zip', files) : null,
    problems: [...problems, ...vars.problems()],
    built: { origins, standIns: vars.standIns(), missing: vars.missing(), zip: project.zip, variables: { envFile: envFile.shown, defined, substituted: [...substituted] } },
  };
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function envFileOf(p: ToolkitProject, shown: (abs: string) => string) {
  const text = await readText(p.envFile);
  return { shown: shown(p.envFile), exists: text !== undefined, entries: parseDotenv(text ?? '') };
}

// The .user file holds the project's secrets: only its variable names are read, never a value.
async function userFileOf(p: ToolkitProject, shown: (abs: string) => string) {
  const abs = `${p.envFile}.user`;
  const text = await readText(abs);
  return { shown: shown(abs), names: text === undefined ? new Set<string>() : dotenvNames(text) };
}
