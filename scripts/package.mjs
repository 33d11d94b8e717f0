// Builds the committed bundles with ncc: dist/index.js (the action) and dist/cli/index.js (the CLI),
// plus Microsoft's JSON schemas in dist/schemas with a validator compiled ahead of time beside each
// (scripts/compile-schemas.mjs; read at run time, one version per run, never fetched).
// Usage: node scripts/package.mjs [--out DIR]   (tests build into a temporary folder)
import ncc from '@vercel/ncc';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex > 0 ? process.argv[outIndex + 1] : join(root, 'dist'));

const bundles = [
  { entry: 'src/action/index.ts', dir: out },
  { entry: 'src/cli/index.ts', dir: join(out, 'cli') },
];

rmSync(out, { recursive: true, force: true });
// Compiling the schemas takes seconds of one core; ncc mostly another: run them side by side.
const compiling = new Promise((done, fail) => {
  const child = spawn(process.execPath, [join(root, 'scripts', 'compile-schemas.mjs'), '--out', join(out, 'schemas')], { stdio: ['ignore', 'ignore', 'inherit'] });
  child.on('error', fail);
  child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`compile-schemas.mjs exited with ${code}`))));
});
for (const { entry, dir } of bundles) {
  const { code, assets } = await bundle(entry);
  // ncc copies a file it takes for an asset (a path literal joined to a folder) and writes the build folder's name
  // into the bundle: the bundle then depends on where it was built and reads a copied file at run time. None is meant.
  const relocated = [code, ...Object.values(assets ?? {}).map((a) => String(a.source))].some((c) => c.includes('__nccwpck_require__.ab + "'));
  const copied = Object.keys(assets ?? {}).filter((name) => !/^[\w.-]+\.js$/.test(name) && name !== 'package.json');
  if (relocated || copied.length > 0) {
    console.error(`ncc relocated a file path in ${entry} (an asset reference: build such paths from parts with join):${copied.map((n) => `\n  ${n}`).join('')}`);
    process.exit(1);
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.js'), code);
  for (const [name, asset] of Object.entries(assets ?? {})) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, asset.source);
  }
}

async function bundle(entry) {
  try {
    return await ncc(join(root, entry), {
    minify: false,
    sourceMap: false,
    quiet: true,
    // Type-checked while bundling: transpile-only would compile NodeNext sources as CommonJS.
    transpileOnly: false,
    });
  } catch (e) {
    // ncc's own stack is a minified megabyte; the message (TypeScript or resolution errors) is what matters.
    console.error(`ncc could not bundle ${entry}:\n${String(e?.message ?? e).slice(0, 4000)}`);
    process.exit(1);
  }
}
chmodSync(join(out, 'cli', 'index.js'), 0o755);
// ESM bundles: mark the folder so Node reads .js as modules wherever dist/ is copied.
writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');

// Schemas, minified (same content, a third of the bytes).
const require = createRequire(import.meta.url);
const schemaSrc = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas');
const copyJson = (from, to) => {
  for (const name of readdirSync(from).sort()) {
    const src = join(from, name);
    const dst = join(to, name);
    if (statSync(src).isDirectory()) copyJson(src, dst);
    else if (name.endsWith('.json')) {
      mkdirSync(to, { recursive: true });
      writeFileSync(dst, JSON.stringify(JSON.parse(readFileSync(src, 'utf8'))));
    }
  }
};
copyJson(join(schemaSrc, 'teams'), join(out, 'schemas', 'teams'));
copyJson(join(schemaSrc, 'copilot'), join(out, 'schemas', 'copilot'));
try {
  await compiling;
} catch (e) {
  console.error(`could not compile the schemas: ${e.message}`);
  process.exit(1);
}
console.log(`bundled into ${out}`);
