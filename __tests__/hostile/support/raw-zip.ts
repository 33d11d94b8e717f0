// A tiny zip writer that does what yazl refuses to: names with "..", absolute paths and backslashes,
// headers that lie about sizes, encrypted-flagged entries, zip64 extras with absurd sizes, and several
// central-directory records sharing one local header (the overlapping "zbsm" bomb).
import { deflateRawSync } from 'node:zlib';
import { crc32 } from 'node:zlib';

export interface RawEntry {
  name: string | Buffer;
  /** Uncompressed content (default empty). */
  data?: Uint8Array;
  /** Stored (0) or deflated (8, the default when data is given). */
  method?: 0 | 8;
  /** Exact compressed bytes to write instead of compressing `data`. */
  compressed?: Uint8Array;
  /** Uncompressed size to declare (a lie when it differs from the data). */
  declaredSize?: number;
  /** CRC-32 to declare (default: the real one of `data`). */
  crc?: number;
  /** General-purpose bit flags (bit 0: encrypted). */
  flags?: number;
  /** Unix mode written in the high 16 bits of the external attributes (e.g. 0o120777 for a symlink). */
  unixMode?: number;
  /** Write the sizes and offset through a zip64 extra field. */
  zip64?: boolean;
  /** Point this central record at the local header of an earlier entry instead of writing its own. */
  shareLocalWith?: number;
  /** Extra fields written in both headers (after the zip64 field, if any). */
  extra?: Buffer;
}

/** An Info-ZIP Unicode Path extra field (0x7075): readers that honour it use `unicodeName` instead of the header's name. */
export function unicodePathExtra(headerName: string, unicodeName: string): Buffer {
  const data = Buffer.concat([Buffer.from([1]), u32(crc32(Buffer.from(headerName, 'utf8'))), Buffer.from(unicodeName, 'utf8')]);
  return Buffer.concat([u16(0x7075), u16(data.length), data]);
}

export interface RawZipOptions {
  /** Entry count written in the end-of-central-directory record (a lie when it differs). */
  declaredEntryCount?: number;
  /** Write a zip64 end-of-central-directory record and locator. */
  zip64Eocd?: boolean;
}

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n & 0xffff);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};
const u64 = (n: number | bigint) => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
};

export function rawZip(entries: readonly RawEntry[], options: RawZipOptions = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  const offsets: number[] = [];
  let offset = 0;
  const written: Array<{ body: Buffer; crc: number }> = [];
  for (const e of entries) {
    const name = typeof e.name === 'string' ? Buffer.from(e.name, 'utf8') : e.name;
    const data = Buffer.from(e.data ?? new Uint8Array());
    const method = e.method ?? (e.compressed || data.length > 0 ? 8 : 0);
    // A record that shares another's local header shares its bytes: compressing them again would cost seconds.
    const shared = e.shareLocalWith !== undefined ? written[e.shareLocalWith] : undefined;
    const body = shared?.body ?? Buffer.from(e.compressed ?? (method === 8 ? deflateRawSync(data) : data));
    const size = e.declaredSize ?? data.length;
    const crc = e.crc ?? shared?.crc ?? crc32(data);
    written.push({ body, crc });
    const flags = (e.flags ?? 0) | (typeof e.name === 'string' ? 0x800 : 0);
    const zip64Extra = Buffer.concat([e.zip64 ? Buffer.concat([u16(0x0001), u16(24), u64(size), u64(body.length), u64(0)]) : Buffer.alloc(0), e.extra ?? Buffer.alloc(0)]);
    const sizeField = (n: number) => (e.zip64 ? 0xffffffff : n);
    let localOffset: number;
    if (e.shareLocalWith !== undefined) {
      localOffset = offsets[e.shareLocalWith];
    } else {
      localOffset = offset;
      const local = Buffer.concat([
        u32(0x04034b50), u16(e.zip64 ? 45 : 20), u16(flags), u16(method), u16(0), u16(0x21),
        u32(crc), u32(sizeField(body.length)), u32(sizeField(size)), u16(name.length), u16(zip64Extra.length),
        name, zip64Extra,
      ]);
      parts.push(local, body);
      offset += local.length + body.length;
    }
    offsets.push(localOffset);
    const cdExtra = Buffer.concat([e.zip64 ? Buffer.concat([u16(0x0001), u16(24), u64(size), u64(body.length), u64(localOffset)]) : Buffer.alloc(0), e.extra ?? Buffer.alloc(0)]);
    central.push(
      Buffer.concat([
        u32(0x02014b50), u16((3 << 8) | 20), u16(e.zip64 ? 45 : 20), u16(flags), u16(method), u16(0), u16(0x21),
        u32(crc), u32(sizeField(body.length)), u32(sizeField(size)), u16(name.length), u16(cdExtra.length), u16(0),
        u16(0), u16(0), u32(((e.unixMode ?? 0o100644) & 0xffff) * 0x10000), u32(e.zip64 ? 0xffffffff : localOffset),
        name, cdExtra,
      ]),
    );
  }
  const cd = Buffer.concat(central);
  const cdOffset = offset;
  const count = options.declaredEntryCount ?? entries.length;
  const tail: Buffer[] = [];
  if (options.zip64Eocd) {
    const eocd64Offset = cdOffset + cd.length;
    tail.push(
      Buffer.concat([u32(0x06064b50), u64(44), u16(45), u16(45), u32(0), u32(0), u64(count), u64(count), u64(cd.length), u64(cdOffset)]),
      Buffer.concat([u32(0x07064b50), u32(0), u64(eocd64Offset), u32(1)]),
    );
  }
  const small = (n: number, max: number) => (options.zip64Eocd ? max : Math.min(n, max));
  tail.push(
    Buffer.concat([
      u32(0x06054b50), u16(0), u16(0), u16(small(count, 0xffff)), u16(small(count, 0xffff)),
      u32(small(cd.length, 0xffffffff)), u32(small(cdOffset, 0xffffffff)), u16(0),
    ]),
  );
  return Buffer.concat([...parts, cd, ...tail]);
}

/**
 * A raw deflate stream that inflates to `1 + 258 * matches` zero bytes, built by hand in a few milliseconds
 * (zlib would need to read the whole gigabyte): one fixed-Huffman block, a literal 0, then `matches`
 * copies of <length 258, distance 1>. Each copy is 13 bits, so 1 GiB takes about 6.5 MB.
 */
export function zeroBomb(matches: number): { compressed: Buffer; size: number } {
  const cached = bombs.get(matches);
  if (cached) return cached;
  const out = Buffer.alloc(Math.ceil((3 + 8 + matches * 13 + 7) / 8));
  let acc = 0;
  let bits = 0;
  let pos = 0;
  // Deflate packs bits LSB first; Huffman codes are given MSB first, so callers pass them reversed.
  const put = (value: number, count: number) => {
    acc |= value << bits;
    bits += count;
    while (bits >= 8) {
      out[pos++] = acc & 0xff;
      acc >>>= 8;
      bits -= 8;
    }
  };
  const reversed = (code: number, length: number) => {
    let r = 0;
    for (let i = 0; i < length; i++) r |= ((code >>> i) & 1) << (length - 1 - i);
    return r;
  };
  put(1, 1); // BFINAL
  put(1, 2); // BTYPE = 01, fixed Huffman
  put(reversed(0x30, 8), 8); // literal 0
  const length258 = reversed(0xc5, 8); // symbol 285; distance code 0 (5 zero bits) follows: distance 1
  for (let i = 0; i < matches; i++) put(length258, 13);
  put(0, 7); // end of block (symbol 256)
  if (bits > 0) out[pos] = acc & 0xff;
  const bomb = { compressed: out, size: 1 + 258 * matches };
  bombs.set(matches, bomb);
  return bomb;
}

const bombs = new Map<number, { compressed: Buffer; size: number }>();
