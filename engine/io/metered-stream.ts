/**
 * A file read stream that counts bytes (for the progress bar) and hashes them (for the Audit sheet) on the way
 * through, so each input is read from disk exactly once.
 */
import { createHash } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { once } from 'node:events';

/** A read stream with its running SHA-256. */
export interface MeteredStream {
  stream: ReadStream;
  /**
   * Hex SHA-256 of the whole file. A parser may stop before the last byte (a zip reader has no use for the central
   * directory), so the rest is read here before the digest is taken.
   */
  finish(): Promise<string>;
}

/** Open `path` for reading; `onBytes` receives the size of each chunk read. */
export function meteredStream(path: string, onBytes: (n: number) => void = () => {}): MeteredStream {
  const hash = createHash('sha256');
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  stream.on('data', (chunk) => {
    hash.update(chunk as Buffer);
    onBytes((chunk as Buffer).length);
  });
  let digest: string | null = null;
  return {
    stream,
    async finish() {
      if (digest !== null) return digest;
      if (!stream.readableEnded) {
        const ended = once(stream, 'end');
        stream.unpipe();
        stream.resume();
        await ended;
      }
      digest = hash.digest('hex');
      return digest;
    },
  };
}
