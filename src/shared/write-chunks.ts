// Writes text given in pieces to a file, without ever holding it whole: the JSON report of 22,000 packages is
// longer than the longest string V8 can make. Pieces are gathered into blocks of about 64 KiB per write. Where the
// file may go, and that no symbolic link is followed, is the output policy's (output-path.ts).
import { openOutput, prepareOutput, type OutputPolicy } from './output-path.js';

const BLOCK = 64 * 1024;

export async function writeChunks(path: string, chunks: Iterable<string>, policy: OutputPolicy): Promise<string> {
  const { abs, guarded } = await prepareOutput(path, policy);
  const handle = await openOutput(abs, guarded);
  // Block by block, straight to the file: a stream's machinery cost about a tenth of a second more on a report of
  // 38 MB, and the next block is only made once the last one is written, as a stream would.
  try {
    for (const block of blocks(chunks)) {
      const bytes = Buffer.from(block);
      // A write may take only part of the bytes.
      for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at)).bytesWritten;
    }
  } finally {
    await handle.close();
  }
  return abs;
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
