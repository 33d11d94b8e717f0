// Unified diffs as GitHub lists them in a pull request's files (the `patch` field: hunks only, three lines of
// context), made by git from the text before and after, so tests see what GitHub would send.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function githubPatch(before: string, after: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cpc-patch-'));
  writeFileSync(join(dir, 'a'), before);
  writeFileSync(join(dir, 'b'), after);
  let out = '';
  try {
    execFileSync('git', ['diff', '--no-index', '--no-color', '-U3', 'a', 'b'], { cwd: dir, encoding: 'utf8' });
  } catch (e) {
    // git diff --no-index exits 1 when the files differ.
    out = (e as { stdout: string }).stdout;
  }
  return out.slice(out.indexOf('@@')).replace(/\n$/, '');
}
