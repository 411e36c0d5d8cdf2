/**
 * A fast read of a plain CSV export: UTF-8, no quote anywhere, one line ending throughout (CRLF or LF) and commas
 * between fields. Such a file (a month's Grades.csv of a million customers) is split here on its bytes, and only
 * the columns a reader asks for are located in each line: no text of the whole file, no array of every field per
 * row, no string per unused cell. Papaparse would read the same file into the same cells (the delimiter it would
 * guess is checked to be the comma); any other file is left to the general reader (csv-reader.ts).
 */
import { open } from 'node:fs/promises';
import Papa from 'papaparse';
import { fieldText } from './field-bytes';

const LF = 10, CR = 13, QUOTE = 34, COMMA = 44;
/** Lines papaparse guesses the delimiter from. */
const GUESS_LINES = 10;
/** Lines located at a time: their fields' offsets stay in the processor's cache while the reader takes them. */
const BATCH = 1024;

/**
 * Whether papaparse would split a file beginning with `text` at commas: its own guess (on the first ten lines, as
 * the general reader's first chunk gets it), and a guess it could make — where none can be, the general reader
 * says so.
 */
function splitsAtCommas(text: string): boolean {
  const guess = Papa.parse<string[]>(text, { preview: GUESS_LINES, skipEmptyLines: false });
  return guess.meta.delimiter === ',' && !guess.errors.some((e) => e.code === 'UndetectableDelimiter');
}

/**
 * Lines of a plain CSV once its columns are known, located a batch at a time: line l's field of column c (c up to
 * the last column wanted) lies in bytes[start[l * width + c], end[l * width + c]) without its delimiters (an empty
 * range for a field the line lacks). A reader's work on a line is then one pass of its loop. Reused from batch to
 * batch: a reader must not keep it.
 */
export class PlainLines {
  bytes: Buffer = Buffer.alloc(0);
  /** How many lines are located. */
  count = 0;
  /**
   * How many lines the whole file should hold, by its size over the length of the first lines located: a reader
   * may make room for them at once.
   */
  expected = 0;
  readonly start: Int32Array;
  readonly end: Int32Array;

  /** Batches of up to `capacity` lines of `width` columns each: the wanted columns and those before them. */
  constructor(readonly width: number, readonly capacity: number) {
    this.start = new Int32Array(width * capacity);
    this.end = new Int32Array(width * capacity);
  }
}

/** What reads the lines of a plain CSV. */
export interface PlainCsvReader {
  /**
   * A line while the columns are unknown (the header, and any blank lines before it), every field as text; returns
   * the columns wanted from the following lines once known, else null to be handed the next line as text too.
   */
  text(cells: string[], row: number): readonly number[] | null;
  /** A batch of the lines after that, with the wanted columns located; the first is row `row`. */
  lines(lines: PlainLines, row: number): void;
}

/**
 * Read `path` when it is a plain CSV (see above), handing its lines to `reader` with their row numbers (line 1 is
 * row 1; a leading BOM is dropped). Returns false, having handed no further line, as soon as the file proves not
 * plain: the caller then reads it again with the general reader, and must drop what it took from the lines
 * already given. `chunkSize` is how many bytes are read at a time, into two buffers by turns: the next piece is
 * read while one is split.
 */
export async function readPlainCsv(path: string, reader: PlainCsvReader, chunkSize = 256 * 1024): Promise<boolean> {
  let crlf = false;
  let row = 0;
  const header = new PlainLines(0, 1);
  let located: PlainLines | null = null;
  /**
   * The lines of bytes[from, to) that end there: to the reader as text while the columns are unknown, then located
   * all at once. Returns where the rest begins, or -1 when a line ends otherwise than the file's lines do.
   */
  const lines = (bytes: Buffer, from: number, to: number): number => {
    let at = from;
    while (located === null) {
      const next = locate(header, bytes, at, to, crlf);
      if (header.count === 0) return next;
      row++;
      const columns = reader.text(fieldText(bytes, at, next - (crlf ? 2 : 1)).split(','), row);
      if (columns !== null) located = new PlainLines(Math.max(...columns) + 1, BATCH);
      at = next;
    }
    for (;;) {
      const rest = locate(located, bytes, at, to, crlf);
      if (rest < 0 || located.count === 0) return rest;
      located.expected ||= Math.ceil(size / ((rest - at) / located.count));
      reader.lines(located, row + 1);
      row += located.count;
      if (located.count < BATCH) return rest;
      at = rest;
    }
  };
  let head: Buffer[] | null = [];
  let headFeeds = 0;
  let carry: Buffer = Buffer.alloc(0);
  /** The next piece of the file (null past its end); false when the file proves not plain. */
  const piece = (next: Buffer | null): boolean => {
    let chunk = next;
    if (head !== null) {
      // The first lines decide the delimiter and the line ending, as papaparse decides them.
      if (chunk !== null) {
        head.push(Buffer.from(chunk));
        headFeeds += feeds(chunk, GUESS_LINES - headFeeds);
        if (headFeeds < GUESS_LINES) return true;
      }
      const first = Buffer.concat(head);
      head = null;
      const from = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf ? 3 : 0;
      crlf = first.indexOf(CR) >= 0;
      if (!splitsAtCommas(fieldText(first, from, first.length))) return false;
      if (!piece(first.subarray(from))) return false;
      if (chunk !== null) return true;
    }
    if (chunk === null) {
      // The bytes after the last line ending are a record of their own, as papaparse reads them (often empty ones).
      if (carry.indexOf(CR) >= 0) return false;
      const last = Buffer.concat([carry, Buffer.from(crlf ? '\r\n' : '\n')]);
      return lines(last, 0, last.length) >= 0;
    }
    if (chunk.indexOf(QUOTE) >= 0 || (!crlf && chunk.indexOf(CR) >= 0)) return false;
    let from = 0;
    if (carry.length > 0) {
      // The line begun in the pieces before ends in this one (or further on).
      const nl = chunk.indexOf(LF);
      if (nl < 0) {
        carry = Buffer.concat([carry, chunk]);
        return true;
      }
      const line = Buffer.concat([carry, chunk.subarray(0, nl + 1)]);
      if (lines(line, 0, line.length) < 0) return false;
      from = nl + 1;
    }
    const rest = lines(chunk, from, chunk.length);
    if (rest < 0) return false;
    carry = Buffer.from(chunk.subarray(rest)); // the buffer is read into again
    return true;
  };
  const file = await open(path, 'r');
  const size = (await file.stat()).size;
  const buffers = [Buffer.allocUnsafe(chunkSize), Buffer.allocUnsafe(chunkSize)];
  let reading = file.read(buffers[0], 0, chunkSize, null);
  try {
    for (let k = 0; ; k = 1 - k) {
      const n = (await reading).bytesRead;
      if (n === 0) return piece(null);
      reading = file.read(buffers[1 - k], 0, chunkSize, null);
      if (!piece(buffers[k].subarray(0, n))) return false;
    }
  } finally {
    await reading.catch(() => undefined); // a read still under way when the file proves not plain, or its reader throws
    await file.close();
  }
}

/**
 * Locate the lines of bytes[from, to) that end there into `lines`, as many as it holds; returns where the rest
 * begins, or -1 when a CR stands elsewhere than before a line feed of a CRLF file (a LF file's pieces hold none).
 */
function locate(lines: PlainLines, bytes: Buffer, from: number, to: number, crlf: boolean): number {
  // One JS scan of the bytes for the commas and line ends: a native search per field or line costs more than the
  // few bytes a field has, and most bytes are past the comma in ASCII, so they cost one comparison each.
  lines.bytes = bytes;
  const { width, capacity, start, end } = lines;
  let count = 0, line = 0, col = 0, field = from, rest = from;
  for (let i = from; i < to; i++) {
    const b = bytes[i];
    if (b > COMMA) continue;
    if (b === COMMA) {
      if (col < width) {
        start[line + col] = field;
        end[line + col] = i;
      }
      col++;
      field = i + 1;
    }
    else if (b === LF) {
      if (crlf && bytes[i - 1] !== CR) return -1;
      if (col < width) {
        // The line's last field, then the ones it lacks (empty).
        start[line + col] = field;
        end[line + col] = crlf ? i - 1 : i;
        for (let at = line + col + 1; at < line + width; at++) start[at] = end[at] = 0;
      }
      line += width;
      col = 0;
      field = rest = i + 1;
      if (++count === capacity) break;
    }
    // A CR at the end of the bytes is the line's, located again with the bytes that follow.
    else if (b === CR && i + 1 < to && bytes[i + 1] !== LF) return -1;
  }
  lines.count = count;
  return rest;
}

/** How many line feeds `bytes` holds, counting no further than `enough`. */
function feeds(bytes: Buffer, enough: number): number {
  let n = 0;
  for (let i = bytes.indexOf(LF); i >= 0 && n < enough; i = bytes.indexOf(LF, i + 1)) n++;
  return n;
}
