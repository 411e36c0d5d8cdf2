/**
 * Rewrites a zip package (an .xlsx) with some parts replaced and some added, copying every other part's
 * compressed bytes unchanged. Used to add chart parts that exceljs cannot write: the big worksheet parts of a
 * million-row result are copied byte for byte, never inflated, so patching stays fast and memory stays flat.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** What to change: parts to rewrite (by name, from their old content) and new parts. */
export interface ZipPatch {
  replace: Record<string, (old: Buffer) => Buffer>;
  add: Record<string, Buffer>;
}

interface CentralEntry {
  name: string;
  /** The central directory record as read (offset, crc and sizes are rewritten). */
  record: Buffer;
  offset: number;
  compressedSize: number;
  method: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UTF8_FLAG = 0x0800;

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

function crc32(data: Buffer): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await file.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

/** The central directory of a (non-zip64) package. */
async function centralDirectory(file: FileHandle, size: number): Promise<{ entries: CentralEntry[]; cdOffset: number }> {
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = await readAt(file, size - tailLength, tailLength);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD) { at = i; break; }
  if (at < 0) throw new Error('not a zip package: end of central directory not found');
  const count = tail.readUInt16LE(at + 10);
  const cdSize = tail.readUInt32LE(at + 12);
  const cdOffset = tail.readUInt32LE(at + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new Error('zip64 packages are not supported');
  const cd = await readAt(file, cdOffset, cdSize);
  const entries: CentralEntry[] = [];
  for (let p = 0; p < cd.length && entries.length < count;) {
    if (cd.readUInt32LE(p) !== CENTRAL) throw new Error('damaged central directory');
    const length = 46 + cd.readUInt16LE(p + 28) + cd.readUInt16LE(p + 30) + cd.readUInt16LE(p + 32);
    const record = Buffer.from(cd.subarray(p, p + length));
    entries.push({
      name: record.subarray(46, 46 + record.readUInt16LE(28)).toString('utf8'),
      record,
      offset: record.readUInt32LE(42),
      compressedSize: record.readUInt32LE(20),
      method: record.readUInt16LE(10),
    });
    p += length;
  }
  return { entries, cdOffset };
}

/** A local header + central record for new content, deflated. */
function newPart(name: string, data: Buffer, template?: Buffer): { local: Buffer; body: Buffer; record: Buffer } {
  const body = deflateRawSync(data);
  const nameBytes = Buffer.from(name, 'utf8');
  const crc = crc32(data);
  const local = Buffer.alloc(30 + nameBytes.length);
  local.writeUInt32LE(LOCAL, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(UTF8_FLAG, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(template ? template.readUInt32LE(12) : 0x00210000, 10); // keep the part's time stamp
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(body.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  local.writeUInt16LE(0, 28);
  nameBytes.copy(local, 30);
  const record = Buffer.alloc(46 + nameBytes.length);
  record.writeUInt32LE(CENTRAL, 0);
  record.writeUInt16LE(20, 4);
  record.writeUInt16LE(20, 6);
  record.writeUInt16LE(UTF8_FLAG, 8);
  record.writeUInt16LE(8, 10);
  local.copy(record, 12, 10, 14); // time and date
  record.writeUInt32LE(crc, 16);
  record.writeUInt32LE(body.length, 20);
  record.writeUInt32LE(data.length, 24);
  record.writeUInt16LE(nameBytes.length, 28);
  nameBytes.copy(record, 46);
  return { local, body, record };
}

/** Copy `src` to `dst` applying `patch`. Parts named in `replace` must exist; names in `add` must not. */
export async function patchZip(src: string, dst: string, patch: ZipPatch): Promise<void> {
  const input = await open(src, 'r');
  const output = await open(dst, 'w');
  try {
    const { size } = await input.stat();
    const { entries, cdOffset } = await centralDirectory(input, size);
    const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
    const records: Buffer[] = [];
    let position = 0;
    const write = async (buf: Buffer): Promise<void> => {
      await output.write(buf, 0, buf.length, position);
      position += buf.length;
    };
    for (let i = 0; i < byOffset.length; i++) {
      const e = byOffset[i];
      const end = i + 1 < byOffset.length ? byOffset[i + 1].offset : cdOffset;
      const rewrite = patch.replace[e.name];
      if (rewrite) {
        const header = await readAt(input, e.offset, 30);
        const start = e.offset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
        const raw = await readAt(input, start, e.compressedSize);
        const part = newPart(e.name, rewrite(e.method === 8 ? inflateRawSync(raw) : raw), header);
        part.record.writeUInt32LE(position, 42);
        records.push(part.record);
        await write(part.local);
        await write(part.body);
        continue;
      }
      e.record.writeUInt32LE(position, 42);
      records.push(e.record);
      for (let p = e.offset; p < end;) {
        const chunk = await readAt(input, p, Math.min(1 << 20, end - p));
        await write(chunk);
        p += chunk.length;
      }
    }
    const missing = Object.keys(patch.replace).filter((n) => !entries.some((e) => e.name === n));
    if (missing.length > 0) throw new Error(`zip part not found: ${missing.join(', ')}`);
    for (const [name, data] of Object.entries(patch.add)) {
      const part = newPart(name, data);
      part.record.writeUInt32LE(position, 42);
      records.push(part.record);
      await write(part.local);
      await write(part.body);
    }
    const cdStart = position;
    for (const r of records) await write(r);
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(EOCD, 0);
    eocd.writeUInt16LE(records.length, 8);
    eocd.writeUInt16LE(records.length, 10);
    eocd.writeUInt32LE(position - cdStart, 12);
    eocd.writeUInt32LE(cdStart, 16);
    await write(eocd);
  } finally {
    await input.close();
    await output.close();
  }
}
