// Builds the action and CLI bundles once per source state into .tmp/, so end-to-end tests run the real
// dist/index.js code path without depending on the committed dist/ being fresh.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

function hashTree(dir: string, hash: ReturnType<typeof createHash>): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) hashTree(path, hash);
    else hash.update(path).update(readFileSync(path));
  }
}

export function bundleDir(): string {
  const hash = createHash('sha256');
  hashTree(join(ROOT, 'src'), hash);
  for (const f of ['package-lock.json', 'scripts/package.mjs', 'scripts/compile-schemas.mjs', 'tsconfig.json']) hash.update(readFileSync(join(ROOT, f)));
  const dir = join(ROOT, '.tmp', `bundle-${hash.digest('hex').slice(0, 12)}`);
  if (existsSync(join(dir, 'cli', 'index.js'))) return dir;
  const building = `${dir}.${process.pid}`;
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'package.mjs'), '--out', building], { cwd: ROOT, stdio: 'pipe' });
  try {
    renameSync(building, dir);
  } catch {
    // another test process finished the same build first
    rmSync(building, { recursive: true, force: true });
  }
  return dir;
}
