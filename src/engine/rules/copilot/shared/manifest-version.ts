// manifestVersion comparisons for the Copilot rules ("devPreview" counts as newer than every release).
import { asRecord, asString } from '../../../util/values.js';

/** True when the manifest's version is `min` or later; undefined when it has no readable version. */
export function manifestAtLeast(manifest: unknown, min: string): boolean | undefined {
  const v = asString(asRecord(manifest)?.manifestVersion);
  if (v === undefined) return undefined;
  if (v === 'devPreview') return true;
  const have = /^(\d+)\.(\d+)$/.exec(v);
  if (!have) return undefined;
  const [maj, minor] = min.split('.').map(Number);
  return Number(have[1]) > maj || (Number(have[1]) === maj && Number(have[2]) >= minor);
}
