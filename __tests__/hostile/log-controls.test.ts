// Control characters from package text in the log (issue 20, item 6): ESC (terminal escape sequences), CR (a line
// drawn over), NUL, U+2028/U+2029 and bidirectional controls passed through the text output and annotations, so a
// package could forge log lines. They are dropped, and package text never starts a line of its own.
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { ActionInputs } from '../../src/action/inputs.js';
import { runAction } from '../../src/action/run.js';
import { renderText, renderWorkflowCommands } from '../../src/report/index.js';
import { toAnnotations } from '../../src/report/annotations.js';
import { recordingCore } from '../helpers/action-core.js';
import { teamsPackage, validManifest } from '../helpers/packages.js';
import { makeWorkspace } from '../helpers/workspace.js';
import { finding, pkg, report } from '../report/fixture-report.js';

/** Every control the log must not carry (tab and LF aside: LF only between our own lines). */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
const FORGE = 'a\u001b[31mRED\u001b[0m\rOVER\u0000NUL\u2028LS\u2029PS\u202eRLO\u2066ISO\u200eLRM\u061cALM\u0085NEL\nforged line ::error::x\r\n##[warning]y';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('package text with control characters', () => {
  const hostile = report([
    pkg({
      path: `build/${FORGE}.zip`,
      meta: { name: FORGE },
      findings: [finding({ message: `name is ${FORGE}`, file: `${FORGE}.json`, source: null, fix: { description: FORGE, changes: [], edits: [], applicable: false, reason: FORGE } })],
    }),
  ]);

  it('the text output: no control characters, no line of its own, no workflow command', () => {
    const text = renderText(hostile);
    expect(text).not.toMatch(CONTROL);
    expect(text.split('\n').filter((l) => /^\s*(forged line|##\[|::)/.test(l))).toEqual([]);
    expect(text).not.toContain('::error::');
    expect(text).toContain('a[31mRED[0m OVERNUL'); // the visible text stays
    // A name of 400,000 spaces is not a 400,000-character log line.
    const long = renderText(report([pkg({ meta: { name: `Contoso${' '.repeat(400_000)}x` } })]));
    expect(Math.max(...long.split('\n').map((l) => l.length))).toBeLessThan(1_000);
  });

  it('annotations and the github format: one line each, no control characters', () => {
    for (const a of toAnnotations(hostile)) {
      for (const v of [a.message, a.title, a.file]) {
        expect(v).not.toMatch(CONTROL);
        expect(v).not.toContain('\n');
      }
    }
    const commands = renderWorkflowCommands(hostile).trimEnd().split('\n');
    expect(commands).toHaveLength(toAnnotations(hostile).length);
    for (const c of commands) {
      expect(c).toMatch(/^::(error|warning|notice) /);
      expect(c).not.toMatch(CONTROL);
    }
  });

  it('the action: every message it logs, from a package named with them', async () => {
    const name = 'Contoso\u001b]0;pwned\u0007 \u202eevil\u2028::error::forged';
    const ws = await makeWorkspace({ [`build/x\u001b[2J.zip`]: { zip: teamsPackage(validManifest({ name: { short: name, full: name } })) } });
    made.push(ws);
    const rec = recordingCore();
    const inputs: ActionInputs = { paths: ['build/*.zip'], audience: 'both', failOn: 'never', comment: false, token: '', reportPath: '', sarifPath: '', previous: '', source: '' };
    await runAction(inputs, { workspace: ws, tempDir: ws, core: rec.core });
    const logged = rec.calls.filter((c) => c.fn !== 'output');
    expect(logged.length).toBeGreaterThan(1);
    for (const c of logged) {
      expect(c.message).not.toMatch(CONTROL);
      expect(c.message).not.toContain('::error::');
    }
    expect(logged.some((c) => c.message.includes('Contoso]0;pwned'))).toBe(true);
  });
});
