// Reads a zip into memory with yauzl, entry by entry, refusing what could escape the package or exhaust
// memory. Each refused entry becomes a problem (a finding later); the rest of the archive is still read.
// Limits are checked on the declared sizes before anything is inflated, and on the real bytes while inflating.
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { readFile, stat } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { crc32 } from './crc32.js';
import {
  IN_MEMORY_ARCHIVE_BYTES,
  MAX_ARCHIVE_BYTES,
  MAX_COMPRESSION_RATIO,
  MAX_ENTRIES,
  MAX_ENTRY_BYTES,
  MAX_TOTAL_BYTES,
  RATIO_FLOOR_BYTES,
} from './limits.js';
import { createPackageView, type ReadProblem, type ReadResult } from './package-view.js';
import { ProblemList } from './problems.js';
import { isSpace, trimEndOf } from '../util/text.js';

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

export async function readZip(path: string, displayPath = path): Promise<ReadResult> {
  const size = (await stat(path)).size;
  if (size > MAX_ARCHIVE_BYTES) {
    return refuse('package.zip-limit', `The archive is ${size} bytes; the most read is ${MAX_ARCHIVE_BYTES} bytes.`);
  }
  let zip: ZipFile;
  try {
    zip = await openZip(path, size);
  } catch (e) {
    return refuse('package.zip-corrupt', `The file is not a readable zip archive: ${errorText(e)}.`);
  }
  const problems = new ProblemList();
  const files = new Map<string, Uint8Array>();
  try {
    await readEntries(zip, size, files, problems);
  } catch (e) {
    // The central directory itself is damaged: what was read before stays, the rest cannot be found.
    problems.push({ ruleId: 'package.zip-corrupt', message: `The archive is damaged: ${errorText(e)}.` });
  } finally {
    zip.close();
  }
  return { view: createPackageView(displayPath, 'zip', files), problems: problems.toArray() };
}

function refuse(ruleId: string, message: string): ReadResult {
  return { view: null, problems: [{ ruleId, message }] };
}

/** The bytes of archives read whole, so that entries are sliced from memory rather than streamed. */
const wholeArchives = new WeakMap<ZipFile, Buffer>();

const ZIP_OPTIONS = { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true, strictFileNames: true } as const;

async function openZip(path: string, size: number): Promise<ZipFile> {
  // A small archive is read whole: yauzl then reads headers from memory instead of making several file reads
  // per entry (1,000 entries: about 40 ms instead of 400). Larger ones are read through the file descriptor.
  if (size <= IN_MEMORY_ARCHIVE_BYTES) {
    const buffer = await readFile(path);
    return new Promise((resolve, reject) => {
      yauzl.fromBuffer(buffer, ZIP_OPTIONS, (err, zip) => {
        if (err || !zip) return reject(err ?? new Error('no archive'));
        wholeArchives.set(zip, buffer);
        resolve(zip);
      });
    });
  }
  return new Promise((resolve, reject) => {
    yauzl.open(path, ZIP_OPTIONS, (err, zip) => (err || !zip ? reject(err ?? new Error('no archive')) : resolve(zip)));
  });
}

interface ReadState {
  /** Bytes inflated and kept so far. */
  total: number;
  /** Names met so far, read or refused: a second copy is refused either way. */
  names: Set<string>;
  archiveBytes: number;
}

async function readEntries(zip: ZipFile, archiveBytes: number, files: Map<string, Uint8Array>, problems: ProblemList): Promise<void> {
  if (zip.entryCount > MAX_ENTRIES) {
    problems.push({
      ruleId: 'package.zip-limit',
      message: `The archive declares ${zip.entryCount} entries; only the first ${MAX_ENTRIES} are read.`,
    });
  }
  const state: ReadState = { total: 0, names: new Set(), archiveBytes };
  let seen = 0;
  for await (const entry of entries(zip)) {
    if (++seen > MAX_ENTRIES) break;
    const name = entryName(entry);
    const refusal = refusalFor(entry, name, state);
    state.names.add(name);
    if (refusal) {
      problems.push(refusal.problem);
      if (refusal.stop) break;
      continue;
    }
    if (name.endsWith('/')) continue; // a folder entry
    if (entry.isEncrypted()) {
      problems.push({ ruleId: 'package.zip-entry-refused', file: name, message: `"${name}" is encrypted and cannot be read.` });
      continue;
    }
    let data: Uint8Array;
    try {
      data = await readEntry(zip, entry);
    } catch (e) {
      // One bad stream (a size that lies, bad deflate data) spoils that entry only; the directory is intact.
      problems.push({ ruleId: 'package.zip-corrupt', file: name, message: `"${name}" could not be inflated: ${errorText(e)}; it was not read.` });
      continue;
    }
    if (crc32(data) !== entry.crc32 >>> 0) {
      problems.push({ ruleId: 'package.zip-corrupt', file: name, message: `"${name}" fails its CRC-32 check: it is damaged or was altered; it was not read.` });
      continue;
    }
    state.total += data.byteLength;
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

interface Refusal {
  problem: ReadProblem;
  /** Stop reading the archive: every later entry would be refused for the same reason. */
  stop?: boolean;
}

function refusalFor(entry: Entry, name: string, state: ReadState): Refusal | undefined {
  // Unsafe names are shown only in the message: they are not files of the package.
  const refused = (message: string): Refusal => ({ problem: { ruleId: 'package.zip-entry-refused', message } });
  const shown = JSON.stringify(name);
  if (name === '') return refused('An entry has an empty name.');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return refused(`The entry ${shown} has control characters in its name.`);
  if (name.includes('\\')) return refused(`The entry ${shown} uses backslashes; zip entry names must use "/".`);
  if (/^[a-zA-Z]:/.test(name) || name.startsWith('/')) return refused(`The entry ${shown} has an absolute path.`);
  if (name.split('/').includes('..')) return refused(`The entry ${shown} points outside the package ("..").`);
  if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) return refused(`The entry ${shown} is a symbolic link.`);
  if (state.names.has(name)) return refused(`The entry ${shown} appears more than once; only the first copy is read.`);
  const limit = (message: string, stop = false): Refusal => ({ problem: { ruleId: 'package.zip-limit', file: name, message }, stop });
  const size = entry.uncompressedSize;
  if (size > MAX_ENTRY_BYTES) {
    return limit(`The entry ${shown} inflates to ${size} bytes; the limit is ${MAX_ENTRY_BYTES} bytes.`);
  }
  if (state.total + size > MAX_TOTAL_BYTES) {
    return limit(`Reading ${shown} would take the package past ${MAX_TOTAL_BYTES} inflated bytes; it was not read.`);
  }
  const ratio = size / Math.max(1, entry.compressedSize);
  if (size > RATIO_FLOOR_BYTES && ratio > MAX_COMPRESSION_RATIO) {
    return limit(`The entry ${shown} is compressed ${Math.round(ratio)}:1; more than ${MAX_COMPRESSION_RATIO}:1 looks like a zip bomb.`);
  }
  // Overlapping entries share one compressed stream, so each looks modest; the archive as a whole does not.
  const inflated = state.total + size;
  if (inflated > RATIO_FLOOR_BYTES && inflated / Math.max(1, state.archiveBytes) > MAX_COMPRESSION_RATIO) {
    return limit(
      `Reading ${shown} would inflate this ${state.archiveBytes}-byte archive to ${inflated} bytes, more than ` +
        `${MAX_COMPRESSION_RATIO} times its size, as zip bombs do; it and the entries after it were not read.`,
      true,
    );
  }
  return undefined;
}

async function readEntry(zip: ZipFile, entry: Entry): Promise<Uint8Array> {
  // The compressed bytes are read raw and inflated in one call: a zlib stream per entry costs far more than
  // the inflation of a small file. maxOutputLength stops a stream that inflates past what it declared.
  const raw = await readRaw(zip, entry);
  let data: Buffer;
  if (entry.compressionMethod === 0) data = raw;
  else if (entry.compressionMethod === 8) data = inflate(raw, entry.uncompressedSize);
  else throw new Error(`compression method ${entry.compressionMethod} is not supported (only stored and deflate are)`);
  if (data.length !== entry.uncompressedSize) {
    throw new Error(`it inflates to ${data.length} bytes but declares ${entry.uncompressedSize}`);
  }
  return data;
}

function inflate(raw: Buffer, declared: number): Buffer {
  try {
    return inflateRawSync(raw, { maxOutputLength: Math.max(1, declared) });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new Error(`it inflates to more than the ${declared} bytes it declares`);
    throw e;
  }
}

async function readRaw(zip: ZipFile, entry: Entry): Promise<Buffer> {
  const whole = wholeArchives.get(zip);
  if (whole) {
    // yauzl finds where the data starts (and checks it lies within the archive); a slice costs no stream.
    const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
    return whole.subarray(fileDataStart, fileDataStart + entry.compressedSize);
  }
  return new Promise((resolve, reject) => {
    // yauzl refuses decompress: false for stored entries, whose bytes are the data already.
    zip.openReadStream(entry, entry.isCompressed() ? { decompress: false } : {}, (err, stream) => {
      if (err || !stream) return reject(err ?? new Error('no stream'));
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  });
}

export function errorText(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  // A scan, not /[.\s]+$/ (quadratic on a run of spaces: yauzl's messages quote entry names of up to 64 KiB).
  return trimEndOf(text, (ch) => ch === '.' || isSpace(ch));
}
