// Temporary repositories for source-mapping and action tests: plain files plus zips built from file records.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import yazl from 'yazl';
import type { FileRecord } from './packages.js';

export type Layout = Record<string, string | Uint8Array | { zip: FileRecord }>;

function bytesOf(content: string | Uint8Array | object): Buffer {
  if (content instanceof Uint8Array) return Buffer.from(content);
  return Buffer.from(typeof content === 'string' ? content : JSON.stringify(content, null, 2), 'utf8');
}

export function zipBytes(record: FileRecord): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  // A fixed date keeps zips byte-identical between runs.
  for (const [name, content] of Object.entries(record)) zip.addBuffer(bytesOf(content), name, { mtime: new Date(2024, 0, 1) });
  zip.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    zip.outputStream.on('data', (c: Buffer) => chunks.push(c));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
}

/** Writes the layout into a new temporary folder and returns its path. */
export async function makeWorkspace(layout: Layout, prefix = 'cpc-ws-'): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, content] of Object.entries(layout)) {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    const data = typeof content === 'object' && !(content instanceof Uint8Array) ? await zipBytes(content.zip) : bytesOf(content);
    writeFileSync(abs, data);
  }
  return root;
}
