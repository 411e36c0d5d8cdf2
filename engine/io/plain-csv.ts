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
 * One line of a plain CSV once its columns are known: where each wanted column's field lies in `bytes`, as
 * [start[c], end[c]) without its delimiters (an empty range for a field the line lacks). The object is reused
 * from line to line, so a reader must not keep it.
 */
export class PlainLine {
  bytes: Buffer = Buffer.alloc(0);
  start = new Int32Array(0);
  end = new Int32Array(0);
  /** The bytes read as Latin-1, a character a byte: the text of any field of ASCII bytes, by the same offsets. */
  #latin1 = '';

  /** The text of bytes[start, end). */
  text(start: number, end: number): string {
    const bytes = this.bytes;
    let i = start;
    while (i < end && bytes[i] < 0x80) i++;
    // Cut from the piece's text, a string is made in JS: a native call per field would cost several times more.
    return i === end ? this.#latin1.substring(start, end) : fieldText(bytes, start, end);
  }

  /** Lines from `bytes` follow; returns the bytes' Latin-1 text. */
  hold(bytes: Buffer): string {
    this.bytes = bytes;
    return (this.#latin1 = bytes.toString('latin1'));
  }
}

/** What reads the lines of a plain CSV. */
export interface PlainCsvReader {
  /**
   * A line while the columns are unknown (the header, and any blank lines before it), every field as text; returns
   * the columns wanted from the following lines once known, else null to be handed the next line as text too.
   */
  text(cells: string[], row: number): readonly number[] | null;
  /** A line after that, with the wanted columns located. */
  fields(line: PlainLine, row: number): void;
}

/**
 * Read `path` line by line when it is a plain CSV (see above), handing each line to `reader` with its row number
 * (line 1 is row 1; a leading BOM is dropped). Returns false, having read no further, as soon as the file proves
 * not plain: the caller then reads it again with the general reader, and must drop what it took from the lines
 * already given. `chunkSize` is how many bytes are read at a time, into one buffer throughout: small enough for
 * each piece's text (see PlainLine.hold) to live on the engine's heap, not as external memory, so a big file makes
 * no garbage beyond its lines' (each megabyte of external memory presses for a full collection of a large heap).
 */
export async function readPlainCsv(path: string, reader: PlainCsvReader, chunkSize = 256 * 1024): Promise<boolean> {
  let crlf = false;
  let row = 0;
  let last = -1;
  const line = new PlainLine();
  /** One line, bytes[start, end) without its line ending. */
  const take = (bytes: Buffer, start: number, end: number): void => {
    row++;
    if (last < 0) {
      const columns = reader.text(fieldText(bytes, start, end).split(','), row);
      if (columns !== null) {
        last = Math.max(...columns);
        line.start = new Int32Array(last + 1);
        line.end = new Int32Array(last + 1);
      }
      return;
    }
    locate(bytes, start, end, line.start, line.end, last);
    reader.fields(line, row);
  };
  /** The lines of `bytes` from `from` that end in it; false when one ends otherwise than the file's lines do. */
  const lines = (bytes: Buffer, from: number): number | false => {
    // Line ends are looked for in the bytes' Latin-1 text (same offsets): a string search is a builtin of the
    // engine, a Buffer's a native call.
    const text = line.hold(bytes);
    let start = from;
    for (let nl = text.indexOf('\n', start); nl >= 0; nl = text.indexOf('\n', start)) {
      let end = nl;
      if (crlf) {
        // The line's first CR must be the one closing it.
        end = nl - 1;
        if (end < start || text.indexOf('\r', start) !== end) return false;
      }
      take(bytes, start, end);
      start = nl + 1;
    }
    return start;
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
      line.hold(carry);
      take(carry, 0, carry.length);
      return true;
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
      if (lines(Buffer.concat([carry, chunk.subarray(0, nl + 1)]), 0) === false) return false;
      from = nl + 1;
    }
    const rest = lines(chunk, from);
    if (rest === false) return false;
    carry = Buffer.from(chunk.subarray(rest)); // the buffer is read into again
    return true;
  };
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(chunkSize);
    for (let n = (await file.read(buffer, 0, chunkSize, null)).bytesRead; n > 0; n = (await file.read(buffer, 0, chunkSize, null)).bytesRead) {
      if (!piece(buffer.subarray(0, n))) return false;
    }
    return piece(null);
  } finally {
    await file.close();
  }
}

/** Where the fields of bytes[start, end) lie, up to column `last`. */
function locate(bytes: Buffer, start: number, end: number, starts: Int32Array, ends: Int32Array, last: number): void {
  // A JS scan for the commas: a native search per field costs more than the few bytes a field has.
  let col = 0, from = start;
  for (let i = start; i < end; i++) {
    if (bytes[i] !== COMMA) continue;
    starts[col] = from;
    ends[col] = i;
    from = i + 1;
    if (++col > last) return;
  }
  // The last field, then the ones the line lacks (empty).
  starts[col] = from;
  ends[col] = end;
  for (col++; col <= last; col++) starts[col] = ends[col] = 0;
}

/** How many line feeds `bytes` holds, counting no further than `enough`. */
function feeds(bytes: Buffer, enough: number): number {
  let n = 0;
  for (let i = bytes.indexOf(LF); i >= 0 && n < enough; i = bytes.indexOf(LF, i + 1)) n++;
  return n;
}
