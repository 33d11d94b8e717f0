// Writes text given in pieces to a file, without ever holding it whole: the JSON report of 22,000 packages is
// longer than the longest string V8 can make. Pieces are gathered into blocks of about 1 MiB per write; a piece may
// come already encoded (the JSON report's packages, made while the workers checked). Where the file may go, and
// that no symbolic link is followed, is the output policy's (output-path.ts).
import type { FileHandle } from 'node:fs/promises';
import { chunkText, type Chunk } from '../report/json.js';
import { openOutput, prepareOutput, type OutputPolicy } from './output-path.js';

const BLOCK = 64 * 1024;
/** Blocks written to a file are larger: each write is a trip to the thread pool. */
const FILE_BLOCK = 1024 * 1024;

export async function writeChunks(path: string, chunks: Iterable<Chunk>, policy: OutputPolicy): Promise<string> {
  const { abs, guarded } = await prepareOutput(path, policy);
  const handle = await openOutput(abs, guarded);
  // Block by block, straight to the file (a stream's machinery cost a tenth of a second more on the 38 MB report of
  // 990 connectors), the next block made while the last one is written: two blocks in memory at most.
  let writing: Promise<void> | undefined;
  try {
    for (const bytes of byteBlocks(chunks, FILE_BLOCK)) {
      await writing;
      writing = writeAll(handle, bytes);
      // Awaited with the next block; until then a failed write must not count as unhandled.
      writing.catch(() => undefined);
    }
    await writing;
  } finally {
    await handle.close();
  }
  return abs;
}

/** The pieces as text, gathered into blocks of about BLOCK characters (one piece larger than that is one block). */
export function* blocks(chunks: Iterable<Chunk>, size = BLOCK): Generator<string> {
  let pending: string[] = [];
  let length = 0;
  for (const c of chunks) {
    const text = chunkText(c);
    pending.push(text);
    length += text.length;
    if (length >= size) {
      yield pending.join('');
      pending = [];
      length = 0;
    }
  }
  if (length > 0) yield pending.join('');
}

/** The pieces as UTF-8, in blocks of about `size` bytes: text runs are encoded together, bytes copied as they are. */
function* byteBlocks(chunks: Iterable<Chunk>, size: number): Generator<Buffer> {
  let parts: Buffer[] = [];
  let text: string[] = [];
  let bytes = 0;
  let chars = 0;
  const flushText = () => {
    if (text.length === 0) return;
    const encoded = Buffer.from(text.join(''));
    parts.push(encoded);
    bytes += encoded.length;
    text = [];
    chars = 0;
  };
  for (const c of chunks) {
    if (typeof c === 'string') {
      text.push(c);
      chars += c.length;
      // A character is at most three bytes in UTF-8 (four for a pair of two UTF-16 units).
      if (bytes + chars >= size) flushText();
    } else {
      flushText();
      parts.push(Buffer.from(c.buffer, c.byteOffset, c.byteLength));
      bytes += c.byteLength;
    }
    if (bytes >= size) {
      yield parts.length === 1 ? parts[0] : Buffer.concat(parts, bytes);
      parts = [];
      bytes = 0;
    }
  }
  flushText();
  if (bytes > 0) yield parts.length === 1 ? parts[0] : Buffer.concat(parts, bytes);
}

async function writeAll(handle: FileHandle, bytes: Buffer): Promise<void> {
  // A write may take only part of the bytes.
  for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at)).bytesWritten;
}
