// A Microsoft 365 Agents Toolkit project: a folder with m365agents.yml or teamsapp.yml (or only their local
// variants), an app folder (appPackage/) and env/.env.<environment>. Which yml, manifest and env file the toolkit
// uses follows fx-core (pathUtils, the zipAppPackage driver); every path must stay inside the repository.
import { readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { isInside, isRegularFile } from './files.js';
import { PROJECT_YML_NAMES, readProjectYml, ymlNamesFor, type ProjectYml } from './yml.js';

export const DEFAULT_ENVIRONMENT = 'dev';

/** An environment name the toolkit accepts (fx-core environmentNameManager: letters, digits, _ and -). */
export function isEnvironmentName(name: string): boolean {
  return /^[\w-]+$/.test(name);
}
/** The manifest `atk package` builds when told nothing else. */
export const DEFAULT_MANIFEST = './appPackage/manifest.json';

/** The zip `atk package --env <environment>` writes when told nothing else. */
export function defaultZip(dir: string, environment: string): string {
  return join(dir, 'appPackage', 'build', `appPackage.${environment}.zip`);
}

export interface ToolkitProject {
  dir: string;
  environment: string;
  yml: ProjectYml;
  /** env/.env.<environment> (it may not exist). */
  envFile: string;
  /** The manifest template the package is built from. */
  manifest: string;
  /** The folder files are packaged from: the manifest's, or appPackage/.generated when TypeSpec produced one. */
  appDir: string;
  /** True when the toolkit's generated folder (TypeSpec output) is used. */
  generated: boolean;
  /** Where the toolkit writes the zip for this environment (the yml's outputZipPath, else atk package's default). */
  zip: string;
}

/** Project yml names present in `dir`. */
export async function projectYmls(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return PROJECT_YML_NAMES.filter((n) => names.includes(n));
}

export async function isProjectDir(dir: string): Promise<boolean> {
  return (await projectYmls(dir)).length > 0;
}

/**
 * The project in `dir` as the toolkit sees it for `environment`; undefined when `dir` is not a project. `root` bounds
 * every path the yml names (the repository: nothing outside it is read).
 */
export async function openProject(dir: string, environment: string, root: string): Promise<ToolkitProject | undefined> {
  const present = await projectYmls(dir);
  if (present.length === 0) return undefined;
  // The yml for the environment; a project that has only another one (an older local-only project) uses that.
  const name = ymlNamesFor(environment).find((n) => present.includes(n)) ?? present[0];
  const yml = await readProjectYml(join(dir, name));
  const inRoot = (abs: string) => (isInside(root, abs) ? abs : undefined);
  const envFolder = inRoot(resolve(dir, expandEnvName(yml.environmentFolderPath, environment))) ?? join(dir, 'env');
  const step = yml.zipSteps[0];
  // The fallback is joined from parts: ncc took resolve(dir, './appPackage/manifest.json') for an asset, copied
  // examples/…/manifest.json into dist/ and wrote the build folder's name into the bundle.
  const manifest = inRoot(resolve(dir, expandEnvName(step?.manifestPath ?? DEFAULT_MANIFEST, environment))) ?? join(dir, 'appPackage', 'manifest.json');
  const generatedDir = join(dir, 'appPackage', '.generated');
  const generated = await isRegularFile(join(generatedDir, 'manifest.json'));
  const zipPath = step?.outputZipPath ? inRoot(resolve(dir, expandEnvName(step.outputZipPath, environment))) : undefined;
  return {
    dir,
    environment,
    yml,
    envFile: join(envFolder, `.env.${environment}`),
    manifest: generated ? join(generatedDir, 'manifest.json') : manifest,
    appDir: generated ? generatedDir : dirname(manifest),
    generated,
    zip: zipPath ?? defaultZip(dir, environment),
  };
}

/** The project whose app folder `dir` is (appPackage/ named instead of the project), if any. */
export async function projectOfAppFolder(dir: string, environment: string, root: string): Promise<ToolkitProject | undefined> {
  const parent = dirname(dir);
  if (parent === dir || !isInside(root, parent)) return undefined;
  const project = await openProject(parent, environment, root);
  return project && (project.appDir === dir || dirname(project.manifest) === dir) ? project : undefined;
}

/** The repository files a project's package is built from: what a pull request changes to change the package. */
export function projectInputs(p: ToolkitProject): string[] {
  return [p.yml.abs, p.envFile, dirname(p.manifest), ...(p.generated ? [p.appDir] : [])];
}

/** The folder a toolkit project writes its build output to, beside its app folder. */
export function buildFolderOf(p: ToolkitProject): string {
  return dirname(p.zip);
}

/** `${{TEAMSFX_ENV}}` in a yml path: the environment's name (the toolkit expands the yml's arguments). */
export function expandEnvName(path: string, environment: string): string {
  return path.replace(/\$\{\{\s*TEAMSFX_ENV\s*\}\}/g, environment);
}
