// Writes text given in pieces to a file, without ever holding it whole: the JSON report of 22,000 packages is
// longer than the longest string V8 can make. Pieces are gathered into blocks of about 64 KiB per write.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const BLOCK = 64 * 1024;

export async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await pipeline(Readable.from(blocks(chunks)), createWriteStream(path));
}

/** The pieces gathered into blocks of about BLOCK characters (one piece larger than that is one block). */
export function* blocks(chunks: Iterable<string>): Generator<string> {
  let pending: string[] = [];
  let size = 0;
  for (const c of chunks) {
    pending.push(c);
    size += c.length;
    if (size >= BLOCK) {
      yield pending.join('');
      pending = [];
      size = 0;
    }
  }
  if (size > 0) yield pending.join('');
}
