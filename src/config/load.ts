// Reads the configuration file and its baseline through the caller's I/O (the CLI and the action each pass theirs)
// and turns them into the review the engine applies. Paths in the file are relative to the repository root.
import { isAbsolute, relative, resolve } from 'node:path';
import { ruleExists } from '../engine/index.js';
import type { Report } from '../engine/types.js';
import { parseConfig } from './parse.js';
import { createReview } from './review.js';
import { readText, type ConfigIo, type ConfigRequest, type Loaded } from './index.js';
import type { Config, ConfigProblem, Position } from './types.js';

/** Larger than any configuration a person writes; a bound for one that is not. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** A baseline of a large monorepo (thousands of entries) fits with room to spare. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;

export async function load(request: ConfigRequest, file: string, text: string | undefined, io: ConfigIo): Promise<Loaded> {
  const problem = (where: string, at: Position, message: string): Loaded => ({ ok: false, problems: [{ file: where, ...at, message }] });
  const start = { line: 1, column: 1 };
  if (text === undefined && request.file !== undefined) return problem(file, start, 'the configuration file does not exist.');
  if (text !== undefined && text.length > MAX_CONFIG_BYTES) return problem(file, start, `the configuration file is over ${MAX_CONFIG_BYTES} bytes.`);
  const parsed = text === undefined ? undefined : await parseConfig(text, file);
  if (parsed && !parsed.ok) return { ok: false, problems: parsed.problems };
  const config = parsed?.value;
  const unknownRules = () => unknownRuleIds(config);

  if (request.writeBaseline !== undefined) {
    const baseline = await import('./baseline.js');
    const path = request.writeBaseline;
    return {
      ok: true,
      settings: {
        config,
        unknownRules,
        review: createReview(config, baseline.writingTo(path)),
        newBaseline: (report: Report) => {
          const entries = baseline.baselineEntries(report);
          return { path, text: baseline.baselineText(entries), count: entries.length };
        },
      },
    };
  }
  if (!config?.baseline) return { ok: true, settings: config && { config, unknownRules, review: createReview(config) } };

  // A configuration comes with the pull request that changes it: its baseline is read only inside the repository.
  const path = config.baseline.path;
  const absolute = resolve(request.root, path);
  const inside = relative(request.root, absolute);
  if (inside.startsWith('..') || isAbsolute(inside)) return problem(file, config.baseline.at, `the baseline "${path}" is outside the repository; name a file inside it.`);
  const read = await readText(io, absolute, path);
  if (!read.ok) return read;
  const baselineText = read.text;
  if (baselineText === undefined) {
    return problem(file, config.baseline.at, `the baseline "${path}" does not exist; write it with: copilot-publish-check --write-baseline ${path}`);
  }
  if (baselineText.length > MAX_BASELINE_BYTES) return problem(path, start, `the baseline is over ${MAX_BASELINE_BYTES} bytes.`);
  const baseline = await import('./baseline.js');
  const known = baseline.parseBaseline(baselineText, path);
  if (!known.ok) return { ok: false, problems: known.problems };
  return {
    ok: true,
    settings: {
      config,
      unknownRules,
      review: createReview(config, baseline.lookupIn(known.value)),
      baselineStatus: (report: Report) => baseline.baselineStatus(report, known.value),
    },
  };
}

/** Rule ids of the file that name no rule, among the families the run loaded (a typo would otherwise do nothing). */
async function unknownRuleIds(config: Config | undefined): Promise<ConfigProblem[]> {
  const problems: ConfigProblem[] = [];
  for (const { id, at } of config?.ruleIds ?? []) {
    if ((await ruleExists(id)) !== false) continue;
    problems.push({ file: config!.file, ...at, message: `no rule is named "${id}" (a typo, or a rule of another version: --list-rules lists them); this entry does nothing.` });
  }
  return problems;
}
