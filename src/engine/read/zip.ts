// Reads a zip into memory with yauzl, entry by entry, refusing what could escape the package or exhaust
// memory. Each refused entry becomes a problem (a finding later); the rest of the archive is still read.
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { stat } from 'node:fs/promises';
import {
  MAX_ARCHIVE_BYTES,
  MAX_COMPRESSION_RATIO,
  MAX_ENTRIES,
  MAX_ENTRY_BYTES,
  MAX_TOTAL_BYTES,
  RATIO_FLOOR_BYTES,
} from './limits.js';
import { createPackageView, type ReadProblem, type ReadResult } from './package-view.js';

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

export async function readZip(path: string, displayPath = path): Promise<ReadResult> {
  const size = (await stat(path)).size;
  if (size > MAX_ARCHIVE_BYTES) {
    return refuse('package.zip-limit', `The archive is ${size} bytes; the most read is ${MAX_ARCHIVE_BYTES} bytes.`);
  }
  let zip: ZipFile;
  try {
    zip = await openZip(path);
  } catch (e) {
    return refuse('package.zip-corrupt', `The file is not a readable zip archive: ${errorText(e)}.`);
  }
  const problems: ReadProblem[] = [];
  const files = new Map<string, Uint8Array>();
  try {
    await readEntries(zip, files, problems);
  } catch (e) {
    problems.push({ ruleId: 'package.zip-corrupt', message: `The archive is damaged: ${errorText(e)}.` });
  } finally {
    zip.close();
  }
  return { view: createPackageView(displayPath, 'zip', files), problems };
}

function refuse(ruleId: string, message: string): ReadResult {
  return { view: null, problems: [{ ruleId, message }] };
}

function openZip(path: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true, strictFileNames: true },
      (err, zip) => (err || !zip ? reject(err ?? new Error('no archive')) : resolve(zip)),
    );
  });
}

async function readEntries(zip: ZipFile, files: Map<string, Uint8Array>, problems: ReadProblem[]): Promise<void> {
  if (zip.entryCount > MAX_ENTRIES) {
    problems.push({
      ruleId: 'package.zip-limit',
      message: `The archive declares ${zip.entryCount} entries; only the first ${MAX_ENTRIES} are read.`,
    });
  }
  let total = 0;
  let seen = 0;
  for await (const entry of entries(zip)) {
    if (++seen > MAX_ENTRIES) break;
    const name = entryName(entry);
    const refusal = refusalFor(entry, name, files, total);
    if (refusal) {
      problems.push(refusal);
      continue;
    }
    if (name.endsWith('/')) continue; // a folder entry
    if (entry.isEncrypted()) {
      problems.push({ ruleId: 'package.zip-entry-refused', file: name, message: `"${name}" is encrypted and cannot be read.` });
      continue;
    }
    const data = await readEntry(zip, entry);
    total += data.byteLength;
    files.set(name, data);
  }
}

async function* entries(zip: ZipFile): AsyncGenerator<Entry> {
  while (true) {
    const entry = await new Promise<Entry | null>((resolve, reject) => {
      const onEntry = (e: Entry) => {
        cleanup();
        resolve(e);
      };
      const onEnd = () => {
        cleanup();
        resolve(null);
      };
      const onError = (err: Error) => {
        cleanup();
        reject(err);
      };
      const cleanup = () => {
        zip.off('entry', onEntry);
        zip.off('end', onEnd);
        zip.off('error', onError);
      };
      zip.on('entry', onEntry);
      zip.on('end', onEnd);
      zip.on('error', onError);
      zip.readEntry();
    });
    if (!entry) return;
    yield entry;
  }
}

function entryName(entry: Entry): string {
  const raw = entry.fileName as unknown as Buffer;
  return yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, true);
}

function refusalFor(entry: Entry, name: string, files: Map<string, Uint8Array>, total: number): ReadProblem | undefined {
  const refused = (message: string): ReadProblem => ({ ruleId: 'package.zip-entry-refused', message });
  if (name.includes('\\')) return refused(`The entry "${name}" uses backslashes; zip entry names must use "/".`);
  if (/^[a-zA-Z]:/.test(name) || name.startsWith('/')) return refused(`The entry "${name}" has an absolute path.`);
  if (name.split('/').includes('..')) return refused(`The entry "${name}" points outside the package ("..").`);
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) return refused(`The entry "${name}" is a symbolic link.`);
  if (files.has(name)) return refused(`The entry "${name}" appears more than once; only the first copy is read.`);
  const limit = (message: string): ReadProblem => ({ ruleId: 'package.zip-limit', message });
  if (entry.uncompressedSize > MAX_ENTRY_BYTES) {
    return limit(`The entry "${name}" inflates to ${entry.uncompressedSize} bytes; the limit is ${MAX_ENTRY_BYTES} bytes.`);
  }
  if (total + entry.uncompressedSize > MAX_TOTAL_BYTES) {
    return limit(`Reading "${name}" would take the package past ${MAX_TOTAL_BYTES} inflated bytes; it was not read.`);
  }
  if (
    entry.uncompressedSize > RATIO_FLOOR_BYTES &&
    entry.uncompressedSize / Math.max(1, entry.compressedSize) > MAX_COMPRESSION_RATIO
  ) {
    return limit(
      `The entry "${name}" is compressed ${Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))}:1; ` +
        `more than ${MAX_COMPRESSION_RATIO}:1 looks like a zip bomb.`,
    );
  }
  return undefined;
}

function readEntry(zip: ZipFile, entry: Entry): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        // yauzl checks the declared size too; this guards against a header that lies.
        if (size > MAX_ENTRY_BYTES) stream.destroy(new Error(`entry inflates past ${MAX_ENTRY_BYTES} bytes`));
        else chunks.push(chunk);
      });
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

export function errorText(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.replace(/[.\s]+$/, '');
}
