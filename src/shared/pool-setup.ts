// What a worker thread of the engine's pool needs from the edge that started it: the review the main thread applies
// (the configuration file and the baseline), rebuilt in the worker from the same request, which crossed as plain data.
import { loadConfiguration, type ConfigRequest } from '../config/index.js';
import type { PoolWorkerSetup } from '../engine/index.js';
import { readIfExists } from './read-if-exists.js';

export const poolWorkerSetup: PoolWorkerSetup = async (data) => {
  if (!data) return {};
  const loaded = await loadConfiguration(data as ConfigRequest, { readFile: readIfExists });
  // The main thread read the same files a moment ago and stopped on a mistake, so this one is valid.
  return loaded.ok && loaded.settings ? { review: loaded.settings.review } : {};
};
