/**
 * Random access to the parts of a zip package (yauzl): the central directory is read first, so a workbook's
 * parts can be opened in the order the reader needs them (workbook, relationships, shared strings, styles, then
 * sheets in tab order) wherever the writer put them in the file. Each part is inflated as a stream. A package
 * cut off before its central directory is read from its local headers instead (zip-salvage.ts).
 */
import { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { salvageZip } from './zip-salvage';

/** An open zip package. */
export class ZipArchive {
  private constructor(
    private readonly zip: ZipFile | null,
    private readonly entries: ReadonlyMap<string, Entry | Buffer>,
    /** Read from local headers: the package has no central directory (it is cut off). */
    readonly salvaged = false,
  ) {}

  /**
   * Open the package at `path` and read its central directory; when it has none (the file is cut off), read the
   * parts its local headers hold. Throws yauzl's error when neither gives a part.
   */
  static async open(path: string): Promise<ZipArchive> {
    let zip: ZipFile;
    try {
      zip = await new Promise<ZipFile>((resolve, reject) => {
        yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: true, strictFileNames: false }, (e, z) => (e ? reject(e) : resolve(z)));
      });
    } catch (e) {
      if (!/end of central directory/i.test((e as Error).message)) throw e;
      const parts = await salvageZip(path);
      if (parts.size === 0) throw e;
      const byKey = new Map<string, Buffer>();
      for (const [name, bytes] of parts) if (!byKey.has(partKey(name))) byKey.set(partKey(name), bytes);
      return new ZipArchive(null, byKey, true);
    }
    const entries = new Map<string, Entry>();
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: Entry) => {
        // Part names are case-insensitive in OPC; some writers store `\` separators or a leading `/`.
        const key = partKey(entry.fileName);
        if (!entries.has(key)) entries.set(key, entry);
        zip.readEntry();
      });
      zip.on('end', resolve);
      zip.on('error', reject);
      zip.readEntry();
    });
    return new ZipArchive(zip, entries);
  }

  /** Names of all parts, as keys (lower case, no leading slash). */
  names(): string[] {
    return [...this.entries.keys()];
  }

  /** Whether part `name` exists. */
  has(name: string): boolean {
    return this.entries.has(partKey(name));
  }

  /** The inflated bytes of part `name` as a stream of chunks, or null when the package has no such part. */
  async open(name: string): Promise<AsyncIterable<Buffer> & NodeJS.ReadableStream | null> {
    const entry = this.entries.get(partKey(name));
    if (!entry) return null;
    if (Buffer.isBuffer(entry)) return Readable.from(slices(entry)); // in slices: one huge text would double memory
    const zip = this.zip!;
    return new Promise((resolve, reject) => {
      zip.openReadStream(entry, (e, stream) => (e ? reject(e) : resolve(stream as AsyncIterable<Buffer> & NodeJS.ReadableStream)));
    });
  }

  /** The whole text of part `name` (UTF-8), or null when it is missing. For small parts only. */
  async text(name: string): Promise<string | null> {
    const stream = await this.open(name);
    if (!stream) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk);
    return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
  }

  /** Release the file. */
  close(): void {
    this.zip?.close();
  }
}

/** A salvaged part's bytes in 1 MB slices, as a stream would deliver them. */
function* slices(bytes: Buffer): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += 1 << 20) yield bytes.subarray(at, at + (1 << 20));
}

/** The lookup key of a part name. */
export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}
