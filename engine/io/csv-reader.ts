/**
 * Streaming CSV reader (papaparse): bytes are decoded as UTF-8 or GB18030 (detected from the first megabyte) and
 * parsed record by record, so a million-row export never sits in memory as one string.
 */
import { Transform } from 'node:stream';
import Papa from 'papaparse';
import type { Cell } from '../core/types';
import { meteredStream } from './metered-stream';
import { detectEncoding, textDecoder } from './text-encoding';

/** Decodes a byte stream to text, choosing the encoding from the first chunk. */
function decodingTransform(): Transform {
  let decoder: TextDecoder | null = null;
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      decoder ??= textDecoder(detectEncoding(chunk));
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder ? decoder.decode() : '');
    },
  });
}

/**
 * Read a CSV file row by row. `onRow` gets each record's cells and its spreadsheet row number (record 1 is row 1,
 * which is what Excel shows when it opens the file). Returns the file's SHA-256. Records arrive in batches
 * (papaparse's chunk callback): a stream of one object per record is an order of magnitude slower.
 */
export async function readCsvRows(
  path: string,
  onRow: (cells: Cell[], row: number) => void,
  onBytes?: (n: number) => void,
): Promise<string> {
  const metered = meteredStream(path, onBytes);
  const text = metered.stream.pipe(decodingTransform());
  let row = 0;
  await new Promise<void>((resolve, reject) => {
    let failure: unknown = null;
    metered.stream.on('error', reject);
    Papa.parse<string[]>(text as unknown as File, {
      skipEmptyLines: false,
      chunk(results, parser) {
        try {
          for (const cells of results.data) onRow(cells, ++row);
        } catch (e) {
          failure = e;
          parser.abort();
        }
      },
      complete() {
        if (failure) reject(failure); else resolve();
      },
      error: reject,
    });
  }).catch((e) => {
    metered.stream.destroy();
    throw e;
  });
  return metered.finish();
}
