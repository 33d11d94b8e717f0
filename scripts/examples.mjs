// Zips each example Teams app folder into examples/build/<name>.zip, as the Agents Toolkit's packaging step does
// (manifest and icons at the root of the archive). Uses yazl with fixed dates so the zips are reproducible.
import yazl from 'yazl';
import { createWriteStream, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const teams = join(root, 'examples', 'teams');
const out = join(root, 'examples', 'build');
mkdirSync(out, { recursive: true });

const files = (dir, prefix = '') =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? files(join(dir, name), `${prefix}${name}/`) : [`${prefix}${name}`]));

const mtime = new Date('2026-01-01T00:00:00Z');
await Promise.all(
  readdirSync(teams)
    .filter((name) => statSync(join(teams, name)).isDirectory())
    .sort()
    .map(
      (name) =>
        new Promise((done, fail) => {
          const zip = new yazl.ZipFile();
          for (const file of files(join(teams, name))) zip.addBuffer(readFileSync(join(teams, name, file)), file, { mtime });
          zip.end();
          zip.outputStream.pipe(createWriteStream(join(out, `${name}.zip`))).on('close', done).on('error', fail);
        }),
    ),
);
console.log(`examples zipped into ${out}`);
