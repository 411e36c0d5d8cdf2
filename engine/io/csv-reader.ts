/**
 * Streaming CSV reader (papaparse): bytes are decoded as UTF-8 or GB18030 (detected from the first megabyte) and
 * parsed record by record, so a million-row export never sits in memory as one string.
 */
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
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
 * which is what Excel shows when it opens the file). Returns the file's SHA-256.
 */
export async function readCsvRows(
  path: string,
  onRow: (cells: Cell[], row: number) => void,
  onBytes?: (n: number) => void,
): Promise<string> {
  const metered = meteredStream(path, onBytes);
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { skipEmptyLines: false });
  let row = 0;
  // pipeline() reports a consumer's error as a bare abort; keep the real one (e.g. RegisterFormatError).
  let failure: unknown = null;
  try {
    await pipeline(metered.stream, decodingTransform(), parser, async (records: AsyncIterable<string[]>) => {
      try {
        for await (const cells of records) onRow(cells, ++row);
      } catch (e) {
        failure = e;
        throw e;
      }
    });
  } catch (e) {
    throw failure ?? e;
  }
  return metered.finish();
}
