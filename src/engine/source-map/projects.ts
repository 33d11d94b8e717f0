// What the repository's Agents Toolkit projects say about the zips they write: the zip `atk package` writes by
// default, appPackage/build/appPackage.<env>.zip (known from where the project files are, without reading them), and
// each zipAppPackage step's outputZipPath and outputFolder (with `${{VAR}}` standing for any text, as the
// environment's name does). A zip a project claims is mapped to that project's manifest before any content is
// compared.
import { basename, dirname, resolve } from 'node:path';
import { DEFAULT_MANIFEST, defaultZip } from '../read/toolkit/project.js';
import { readProjectYml } from '../read/toolkit/yml.js';
import { matchTemplate } from './template.js';
import { linesOf, yamlLineValue } from '../util/text.js';

export interface ProjectFacts {
  dir: string;
  /** Manifests (absolute) of the steps that write `zipAbs`: as their zip ('output'), or into their outputFolder ('folder'). */
  claims(zipAbs: string, tier: 'output' | 'folder'): string[];
  /** Every manifest the project's steps build from. */
  manifests: string[];
}

interface Step {
  manifest: string;
  zip?: string;
  folder?: string;
}

/** Manifests of the projects whose `atk package` writes `zipAbs` by default (a project folder holds one of `ymls`). */
export function defaultPathClaims(zipAbs: string, ymls: readonly string[]): string[] {
  const build = dirname(zipAbs);
  const dir = dirname(dirname(build));
  const isDefault = /^appPackage\.[\w-]+\.zip$/.test(basename(zipAbs)) && build === dirname(defaultZip(dir, 'x'));
  return isDefault && ymls.some((y) => dirname(y) === dir) ? [resolve(dir, DEFAULT_MANIFEST)] : [];
}

/**
 * Whether a yml's text names an output that could be `zipAbs` (a cheap look at its outputZipPath and outputFolder
 * lines, so that the YAML parser is loaded only for project files that may decide where a zip comes from).
 */
export function mayClaim(ymlAbs: string, text: string, zipAbs: string): boolean {
  // Line by line (one expression with a lazy value before `[ \t]*$` was quadratic on a run of blanks).
  for (const line of linesOf(text)) {
    const m = OUTPUT_KEY.exec(line);
    const value = m ? yamlLineValue(line.slice(m[0].length)) : undefined;
    if (value === undefined) continue;
    const template = resolve(dirname(ymlAbs), value);
    if (m![1] === 'outputZipPath' ? fits(template, zipAbs) : fits(template, dirname(zipAbs))) return true;
  }
  return false;
}

const OUTPUT_KEY = /^[ \t-]*(outputZipPath|outputFolder)[ \t]*:/;

export async function readProjectFacts(ymls: readonly string[]): Promise<ProjectFacts[]> {
  const byDir = new Map<string, string[]>();
  for (const yml of ymls) byDir.set(dirname(yml), [...(byDir.get(dirname(yml)) ?? []), yml]);
  const facts: ProjectFacts[] = [];
  for (const [dir, files] of byDir) {
    const steps: Step[] = [{ manifest: resolve(dir, DEFAULT_MANIFEST), zip: defaultZip(dir, '${{TEAMSFX_ENV}}') }];
    for (const file of files) {
      for (const s of (await readProjectYml(file)).zipSteps) {
        steps.push({ manifest: resolve(dir, s.manifestPath ?? DEFAULT_MANIFEST), zip: s.outputZipPath && resolve(dir, s.outputZipPath), folder: s.outputFolder && resolve(dir, s.outputFolder) });
      }
    }
    facts.push({
      dir,
      manifests: [...new Set(steps.map((s) => s.manifest))],
      claims(zipAbs, tier) {
        const matching = steps.filter((s) => (tier === 'output' ? s.zip && fits(s.zip, zipAbs) : s.folder && fits(s.folder, dirname(zipAbs))));
        return [...new Set(matching.map((s) => s.manifest))];
      },
    });
  }
  return facts;
}

function fits(template: string, path: string): boolean {
  return matchTemplate(template, path) !== 'none' && (basename(template).includes('${{') || basename(template) === basename(path));
}
