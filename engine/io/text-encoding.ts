/**
 * Text encodings of CSV exports: UTF-8 (with or without BOM); UTF-16 LE or BE with a BOM (Excel's "Unicode Text");
 * and GB18030/GBK, which is what Chinese Excel writes when it saves "CSV (逗号分隔)" — GB18030 is a superset of
 * GBK and GB2312, so one decoder reads all three. The encoding is decided on the whole file, not its first
 * megabyte, so a GBK name deep in a UTF-8-looking file is never turned into "����".
 */
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { InputError } from './input-error';

/** Encodings a CSV may be decoded with. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** The encoding a byte-order mark announces, or null. */
export function bomEncoding(head: Uint8Array): TextEncodingName | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return null;
}

/** Bytes at the end of `b` that may start a UTF-8 character continued in the next chunk (0 to 3). */
function incompleteTail(b: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, b.length); k++) {
    const c = b[b.length - k];
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return need > k ? k : 0;
  }
  return 0;
}

/** Count of line feeds in `b`. */
function lineFeeds(b: Uint8Array): number {
  let n = 0;
  for (let i = b.indexOf(0x0a); i >= 0; i = b.indexOf(0x0a, i + 1)) n++;
  return n;
}

/**
 * The encoding of the whole file at `path` (read once, chunk by chunk): its BOM's, else UTF-8 when every byte is
 * valid UTF-8, else GB18030. A file that is UTF-8 with Chinese text in its first lines and something else further
 * on was saved from two sources; decoding it either way would garble part of it, so it is refused with an
 * InputError naming both lines.
 */
export async function detectFileEncoding(path: string, name: string): Promise<TextEncodingName> {
  let carry: Buffer = Buffer.alloc(0);
  let line = 1;
  let firstMultibyteLine = 0;
  let first = true;
  for await (const raw of createReadStream(path, { highWaterMark: 1 << 20 })) {
    let chunk = carry.length > 0 ? Buffer.concat([carry, raw as Buffer]) : (raw as Buffer);
    if (first) {
      const bom = bomEncoding(chunk);
      if (bom) return bom;
      first = false;
    }
    const tail = incompleteTail(chunk);
    carry = chunk.subarray(chunk.length - tail);
    chunk = chunk.subarray(0, chunk.length - tail);
    if (!isUtf8(chunk)) {
      const bad = firstInvalid(chunk);
      if (firstMultibyteLine === 0) {
        const at = chunk.subarray(0, bad).findIndex((b) => b >= 0x80);
        if (at < 0) return 'gb18030';
        firstMultibyteLine = line + lineFeeds(chunk.subarray(0, at));
      }
      throw new InputError(name, `the file mixes encodings: line ${firstMultibyteLine} is UTF-8 text but line ${line + lineFeeds(chunk.subarray(0, bad))} is not; save the whole file in one encoding (UTF-8)`);
    }
    if (firstMultibyteLine === 0) {
      const at = chunk.findIndex((b) => b >= 0x80);
      if (at >= 0) firstMultibyteLine = line + lineFeeds(chunk.subarray(0, at));
    }
    line += lineFeeds(chunk);
  }
  return carry.length > 0 && firstMultibyteLine === 0 ? 'gb18030' : 'utf-8';
}

/** Offset of the start of the first line of `b` that is not valid UTF-8 (the chunk is known to hold one). */
function firstInvalid(b: Uint8Array): number {
  let start = 0;
  for (let nl = b.indexOf(0x0a); nl >= 0; nl = b.indexOf(0x0a, start)) {
    if (!isUtf8(b.subarray(start, nl))) return start;
    start = nl + 1;
  }
  return start;
}

/** A streaming decoder for the encoding; a BOM is dropped. */
export function textDecoder(encoding: TextEncodingName): TextDecoder {
  return new TextDecoder(encoding, { ignoreBOM: false });
}
