/**
 * A fast read of a plain CSV export: UTF-8, no quote anywhere, one line ending throughout (CRLF or LF) and commas
 * between fields. Such a file (a month's Grades.csv of a million customers) is split at commas here, and only the
 * columns a reader asks for are cut out of each line: no array of every field per row, no string per unused cell.
 * Papaparse would read the same file into the same cells (the delimiter it would guess is checked to be the
 * comma); any other file is left to the general reader (csv-reader.ts).
 */
import { createReadStream } from 'node:fs';
import type { Cell } from '../core/types';
import { textDecoder } from './text-encoding';

/** The delimiters papaparse guesses among, in its order. */
const GUESSED = [',', '\t', '|', ';', '\u001e', '\u001f'];

/**
 * The delimiter papaparse would guess from the first ten lines (its guessDelimiter on a file without quotes):
 * the most consistent field count wins, the larger average count breaks ties, and one field is no delimiter.
 */
function guessedDelimiter(lines: readonly string[]): string | null {
  let best: string | null = null, bestDelta = 0, bestCount = 0;
  for (const d of GUESSED) {
    let delta = 0, sum = 0, prev: number | undefined;
    for (const line of lines) {
      const count = line.split(d).length;
      sum += count;
      if (prev !== undefined) delta += Math.abs(count - prev);
      prev = count;
    }
    const avg = lines.length > 0 ? sum / lines.length : 0;
    if (avg > 1.99 && (best === null || delta < bestDelta || (delta === bestDelta && avg > bestCount))) {
      best = d;
      bestDelta = delta;
      bestCount = avg;
    }
  }
  return best;
}

/**
 * Read `path` line by line when it is a plain CSV (see above), handing each line to `onRow` with its row number
 * (line 1 is row 1). While `wanted()` is null every field of the line is given; once it names columns, only those
 * are filled in (the others are undefined) and the array is reused from row to row, so `onRow` must not keep it.
 * Returns false, having read no further, as soon as the file proves not plain: the caller then reads it again with
 * the general reader, and must drop what it took from the rows already given.
 */
export async function readPlainCsvRows(path: string, onRow: (cells: Cell[], row: number) => void, wanted: () => readonly number[] | null): Promise<boolean> {
  const decoder = textDecoder('utf-8');
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  let carry = '';
  let crlf: boolean | null = null;
  let row = 0;
  let cells: Cell[] = [];
  let columns: readonly number[] | null = null;
  let isWanted: Uint8Array | null = null;
  let last = -1;
  /** One line, text[start, end) without its line ending. */
  const line = (text: string, start: number, end: number): void => {
    row++;
    if (columns === null) {
      onRow(text.slice(start, end).split(','), row);
      columns = wanted();
      if (columns !== null) {
        last = Math.max(...columns);
        isWanted = new Uint8Array(last + 1);
        for (const c of columns) isWanted[c] = 1;
        cells = new Array<Cell>(last + 1);
      }
      return;
    }
    for (const c of columns) cells[c] = undefined;
    let col = 0, from = start;
    while (col <= last) {
      let to = text.indexOf(',', from);
      if (to < 0 || to > end) to = end;
      if (isWanted![col] === 1) cells[col] = text.slice(from, to);
      if (to === end) break;
      from = to + 1;
      col++;
    }
    onRow(cells, row);
  };
  try {
    for await (const raw of stream) {
      const text = carry + decoder.decode(raw as Buffer, { stream: true });
      if (!plainChunk(text, crlf ??= firstEnding(text))) return false;
      if (row === 0 && columns === null && !startsPlain(text)) return false;
      let start = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        line(text, start, crlf ? nl - 1 : nl);
        start = nl + 1;
      }
      carry = text.slice(start);
    }
    const text = carry + decoder.decode();
    if (!plainChunk(text, crlf ??= firstEnding(text), true)) return false;
    if (row === 0 && !startsPlain(text)) return false;
    // The text after the last line ending is a record of its own, as papaparse reads it (often an empty one).
    line(text, 0, text.length);
    return true;
  } finally {
    stream.destroy();
  }
}

/** Whether the file's lines end in CRLF, judged from its first text (papaparse's guess on a file without quotes). */
function firstEnding(text: string): boolean {
  return text.includes('\r');
}

/** Whether a piece of the file is plain: no quote, and every line ending the file's own. */
function plainChunk(text: string, crlf: boolean, end = false): boolean {
  if (text.includes('"')) return false;
  if (!crlf) return !text.includes('\r');
  // Every CR opens a CRLF, every LF closes one (a CR as the piece's last character waits for the next piece).
  let crs = 0, lfs = 0;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) {
    if (i + 1 < text.length && text.charCodeAt(i + 1) !== 10) return false;
    crs++;
  }
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (i === 0 || text.charCodeAt(i - 1) !== 13) return false;
    lfs++;
  }
  return crs === lfs || (!end && crs === lfs + 1 && text.endsWith('\r'));
}

/** Whether papaparse would split the file at commas, judged on its first ten lines as papaparse judges them. */
function startsPlain(text: string): boolean {
  return guessedDelimiter(text.split('\n', 10).map((l) => l.replace(/\r$/, ''))) === ',';
}
