// The V8 flags the bundles' entries set before checking: only on V8 versions that have them (V8 prints an unknown
// flag to stderr), and in a process they are set in, the checks still run and the flag is in force.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { INTERRUPT_BUDGET, tieringFlags } from '../../src/shared/v8-tiering.js';

describe('V8 tiering flags', () => {
  it('raise the interrupt budget on V8 10 and 11 (TurboFan the only optimizing tier) and nothing after', () => {
    expect(tieringFlags('11.3.244.8-node.38')).toBe(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    expect(tieringFlags('10.2.154.26-node.26')).toBe(`--interrupt-budget=${INTERRUPT_BUDGET}`);
    expect(tieringFlags('12.4.254.21-node.33')).toBeUndefined();
    expect(tieringFlags('13.6.233.17-node.32')).toBeUndefined();
    expect(tieringFlags('')).toBeUndefined();
    expect(tieringFlags('unknown')).toBeUndefined();
  });

  it('are accepted by this Node without a word on stderr', () => {
    const flags = tieringFlags(process.versions.v8);
    const script = `require('node:v8').setFlagsFromString(${JSON.stringify(flags ?? '')}); console.log('ran')`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('ran');
    expect(r.stderr).toBe('');
  });
});
