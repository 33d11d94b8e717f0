// A recording ActionCore for runAction tests: every call kept in order, the job summary collected.
import type { ActionCore } from '../../src/action/run.js';

export function recordingCore() {
  const calls: { fn: string; message: string }[] = [];
  let summary = '';
  const core: ActionCore = {
    info: (message) => calls.push({ fn: 'info', message }),
    warning: (message) => calls.push({ fn: 'warning', message }),
    error: (message) => calls.push({ fn: 'error', message }),
    notice: (message) => calls.push({ fn: 'notice', message }),
    setOutput: (name, value) => calls.push({ fn: 'output', message: `${name}=${value}` }),
    setFailed: (message) => calls.push({ fn: 'failed', message }),
    writeSummary: async (md) => void (summary += md),
  };
  return { core, calls, summary: () => summary };
}
