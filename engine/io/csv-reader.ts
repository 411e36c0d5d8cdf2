/**
 * Streaming CSV reader (papaparse): bytes are decoded in the encoding decided on the whole file (UTF-8, UTF-16 with
 * a BOM, or GB18030: see text-encoding.ts) and parsed record by record, so a million-row export never sits in
 * memory as one string. papaparse's own errors become problems of the rows involved: a stray quote that would
 * swallow the rest of the file into one cell marks its row, and the lines it swallowed are parsed again as rows.
 */
import { Transform } from 'node:stream';
import Papa from 'papaparse';
import { msg, type Message } from '../core/messages';
import type { Cell } from '../core/types';
import { meteredStream } from './metered-stream';
import { detectFileEncoding, textDecoder, type TextEncodingName } from './text-encoding';

/** Receives a record's cells and its row number; `problem` is set for a record CSV quoting broke. */
export type CsvRowHandler = (cells: Cell[], row: number, problem?: Message) => void;

/** Decodes a byte stream to text in one encoding. */
function decodingTransform(encoding: TextEncodingName): Transform {
  const decoder = textDecoder(encoding);
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _enc, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
}

/**
 * Hand over the records of one parsed batch, turning quote errors into row problems. A record whose quote never
 * closed holds the raw rest of the input in its last field; the lines after its first are records of their own
 * and are parsed again, so that no row is lost.
 */
function deliverBatch(results: Papa.ParseResult<string[]>, delimiter: string, next: () => number, onRow: CsvRowHandler): void {
  const broken = new Map<number, Papa.ParseError>();
  for (const e of results.errors) if (e.type === 'Quotes' && typeof e.row === 'number' && !broken.has(e.row)) broken.set(e.row, e);
  results.data.forEach((cells, i) => {
    const error = broken.get(i);
    if (!error) return onRow(cells, next());
    const why = error.code === 'MissingQuotes' ? 'a quote opened here is never closed' : 'a quoted field has text after its closing quote';
    const k = cells.findIndex((c) => c.includes('\n'));
    if (k < 0) return onRow(cells, next(), msg('input.csv-row-broken', { why }));
    const field = cells[k];
    const nl = field.indexOf('\n');
    onRow([...cells.slice(0, k), field.slice(0, nl).replace(/\r$/, '')], next(), msg('input.csv-row-broken', { why }));
    const rest = [field.slice(nl + 1), ...cells.slice(k + 1)].join(delimiter);
    deliverBatch(Papa.parse<string[]>(rest, { delimiter, skipEmptyLines: false }), delimiter, next, onRow);
  });
}

/**
 * Read a CSV file row by row. `onRow` gets each record's cells and its spreadsheet row number (record 1 is row 1,
 * which is what Excel shows when it opens the file). Returns the file's SHA-256. Throws InputError naming `name`
 * for a file that mixes encodings. Records arrive in batches (papaparse's chunk callback): a stream of one object
 * per record is an order of magnitude slower.
 */
export async function readCsvRows(path: string, name: string, onRow: CsvRowHandler, onBytes?: (n: number) => void): Promise<string> {
  const encoding = await detectFileEncoding(path, name);
  const metered = meteredStream(path, onBytes);
  const text = metered.stream.pipe(decodingTransform(encoding));
  let row = 0;
  const next = (): number => ++row;
  await new Promise<void>((resolve, reject) => {
    let failure: unknown = null;
    metered.stream.on('error', reject);
    Papa.parse<string[]>(text as unknown as File, {
      skipEmptyLines: false,
      chunk(results, parser) {
        try {
          deliverBatch(results, results.meta.delimiter || ',', next, onRow);
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
