/**
 * The parts of a zip package whose end is missing — a download or copy cut off, so there is no central
 * directory to look parts up in — recovered by walking the local headers from the start, as a streaming unzip
 * would. The part the file ends in is inflated as far as its bytes go; the sheet reader then reports the row it
 * breaks off in, instead of the whole workbook being refused.
 */
import { readFile } from 'node:fs/promises';
import { constants, inflateRawSync } from 'node:zlib';

const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
/** Data descriptor follows the data (sizes in the local header may be 0). */
const FLAG_DESCRIPTOR = 0x08;

/** The inflated bytes of each part found, by its name as stored. */
export async function salvageZip(path: string): Promise<Map<string, Buffer>> {
  const bytes = await readFile(path);
  const parts = new Map<string, Buffer>();
  let at = 0;
  while (at + 30 <= bytes.length && bytes.readUInt32LE(at) === LOCAL) {
    const flags = bytes.readUInt16LE(at + 6);
    const method = bytes.readUInt16LE(at + 8);
    const size = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const extraLength = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + extraLength;
    const known = (flags & FLAG_DESCRIPTOR) === 0 || size > 0;
    let used: number;
    if (method === 0) {
      if (!known) break; // a stored part of unknown length cannot be delimited
      used = Math.min(size, bytes.length - start);
      parts.set(name, bytes.subarray(start, start + used));
    } else if (method === 8) {
      const input = bytes.subarray(start, known ? start + size : bytes.length);
      // Z_SYNC_FLUSH: a deflate stream cut short gives what it holds instead of an error.
      const { buffer, engine } = inflateRawSync(input, { finishFlush: constants.Z_SYNC_FLUSH, info: true }) as unknown as
        { buffer: Buffer; engine: { bytesWritten: number } };
      parts.set(name, buffer);
      used = known ? size : engine.bytesWritten;
    } else break;
    at = start + used;
    if (flags & FLAG_DESCRIPTOR) at += at + 4 <= bytes.length && bytes.readUInt32LE(at) === DESCRIPTOR ? 16 : 12;
  }
  return parts;
}
