// The package built from source against the one the real toolkit builds: `atk package --env <environment>` on the
// example project and the fixtures (copied, with every provisioned variable given a value in the env file), then the
// same files (JSON compared as values: the toolkit reorders manifest keys) and the same findings at the same source
// lines when its zip is checked. Runs where @microsoft/m365agentstoolkit-cli is installed: at .tmp/atk (the
// convention of bench/run.mjs: `ln -s /work/tools/atk .tmp/atk`) or at ATK_CLI; skipped with a message elsewhere.
import { execFile } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual, promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { checkPaths, type Finding } from '../../src/engine/index.js';
import { readToolkitProject } from '../../src/engine/read/toolkit/read-project.js';
import { readZip } from '../../src/engine/read/zip.js';
import { makeWorkspace, type Layout } from '../helpers/workspace.js';
import { agentProject, apiMessageExtensionProject, botProject, monorepo, MONOREPO_APPS } from './projects.js';

const ROOT = resolve(__dirname, '..', '..');
const ATK = process.env.ATK_CLI || join(ROOT, '.tmp', 'atk', 'node_modules', '.bin', 'atk');
const present = existsSync(ATK);
if (!present) console.warn(`toolkit/differential.test: the Agents Toolkit CLI is not at ${ATK} (set ATK_CLI, or link an install to .tmp/atk); the comparison with atk package is skipped.`);

const run = promisify(execFile);

/** Gives every variable that has no value the stand-in the check used, in the env file, as provisioning would. */
async function provision(dir: string, environment: string, root: string): Promise<void> {
  const { built } = await readToolkitProject(dir, 'x', { root, environment });
  const lines = [...(built?.standIns ?? [])].map(([value, name]) => `${name}=${value}`);
  if (lines.length) appendFileSync(join(dir, 'env', `.env.${environment}`), `\n${lines.join('\n')}\n`);
}

/** Runs `atk package` in the project folder, offline, with a clean environment; returns the zip it wrote. */
async function atkPackage(dir: string, environment: string): Promise<string> {
  const home = mkdtempSync(join(tmpdir(), 'cpc-atk-home-'));
  await run(process.execPath, [realpathSync(ATK), 'package', '--env', environment, '--telemetry', 'false', '--interactive', 'false'], {
    cwd: dir,
    env: { PATH: process.env.PATH, HOME: home },
    timeout: 170_000,
  });
  return join(dir, 'appPackage', 'build', `appPackage.${environment}.zip`);
}

async function compareFiles(dir: string, zip: string, environment: string, root: string): Promise<string[]> {
  const ours = await readToolkitProject(dir, 'x', { root, environment });
  const theirs = await readZip(zip);
  const a = ours.view?.names ?? [];
  const b = theirs.view?.names ?? [];
  expect([...a].sort()).toEqual([...b].sort());
  for (const name of a) {
    const x = Buffer.from(ours.view?.bytes(name) ?? []);
    const y = Buffer.from(theirs.view?.bytes(name) ?? []);
    if (x.equals(y)) continue;
    expect(/\.json$/i.test(name), `${name} differs`).toBe(true);
    expect(isDeepStrictEqual(JSON.parse(x.toString()), JSON.parse(y.toString())), `${name} differs`).toBe(true);
  }
  return a;
}

const placed = (findings: Finding[]) => findings.map((f) => `${f.ruleId} ${f.source ? `${f.source.path}:${f.source.line}` : `(package) ${f.file}`}`).sort();

/** Builds with atk and compares files, then the findings of the zip with those of the project from source. */
async function differential(layout: Layout, app: string, environment: string): Promise<{ files: string[]; findings: string[] }> {
  const root = realpathSync(await makeWorkspace(layout, 'cpc-atk-'));
  const dir = join(root, app);
  const options = { audience: 'both' as const, toolVersion: 'test', cwd: root, environment };
  // As cloned: provisioned variables still empty, checked with stand-ins.
  const asCloned = (await checkPaths([app || '.'], options)).report.packages[0].findings;
  if (!existsSync(join(dir, 'env', `.env.${environment}`))) mkdirSync(join(dir, 'env'), { recursive: true });
  await provision(dir, environment, root);
  const zip = await atkPackage(dir, environment);
  const files = await compareFiles(dir, zip, environment, root);
  const fromZip = (await checkPaths([zip], options)).report.packages[0].findings;
  const fromSource = (await checkPaths([app || '.'], options)).report.packages[0].findings;
  expect(placed(fromSource)).toEqual(placed(fromZip));
  // The run on the project as cloned reports the same, plus one notice per stand-in.
  expect(placed(asCloned.filter((f) => f.ruleId !== 'package.toolkit-stand-in'))).toEqual(placed(fromZip));
  return { files, findings: placed(fromZip) };
}

/** The example project's files (its build folder left out). */
function example(): Layout {
  const layout: Layout = {};
  const walk = (abs: string, rel: string) => {
    for (const e of readdirSync(abs, { withFileTypes: true })) {
      if (e.isDirectory() && e.name !== 'build') walk(join(abs, e.name), `${rel}${e.name}/`);
      else if (e.isFile()) layout[`${rel}${e.name}`] = readFileSync(join(abs, e.name));
    }
  };
  walk(join(ROOT, 'examples', 'toolkit', 'contoso-repairs-agent'), '');
  return layout;
}

describe.skipIf(!present)('the package built from source is the one atk package builds', () => {
  it('the example project (declarative agent, API plugin, $[file()], static template)', { timeout: 240_000 }, async () => {
    const { files, findings } = await differential(example(), '', 'dev');
    expect(files).toContain('ai-plugin.json');
    console.info(`differential: examples/toolkit/contoso-repairs-agent: ${files.length} files equal, ${findings.length} findings at the same lines`);
  });

  it.each([
    ['a declarative agent with an API plugin', agentProject()],
    ['a bot-based message extension with a per-environment icon', botProject()],
    ['an API-based message extension', apiMessageExtensionProject()],
  ])('%s', { timeout: 240_000 }, async (name, layout) => {
    const { files, findings } = await differential(layout, '', 'dev');
    console.info(`differential: ${name}: ${files.length} files equal, ${findings.length} findings at the same lines`);
  });

  it.each(Object.keys(MONOREPO_APPS))('%s of the monorepo, built for prod with an empty suffix', { timeout: 240_000 }, async (app) => {
    const { files, findings } = await differential(monorepo(), app, 'prod');
    expect(findings.some((f) => f.startsWith(MONOREPO_APPS[app as keyof typeof MONOREPO_APPS].ruleId))).toBe(true);
    console.info(`differential: ${app} (prod): ${files.length} files equal, ${findings.length} findings at the same lines`);
  });
});
