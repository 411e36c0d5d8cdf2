/**
 * Values read straight from the bytes of a plain CSV's fields (plain-csv.ts): a million-row export repeats a
 * handful of words and dates, so each is recognised by its bytes and worked out once, with no string per cell.
 */
import { dayFromParts } from '../core/dates';

const DIGIT_0 = 48, HYPHEN = 45;
/** How many distinct values a column remembers: past that, its fields are read one by one. */
const REMEMBERED = 10_000;
/** How many distinct texts are looked for by their bytes, one after the other. */
const SCANNED = 64;

/** The text of the bytes [start, end) of a plain CSV (UTF-8). */
export function fieldText(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('utf8', start, end);
}

/** The few distinct texts of a column (grades, overrides), each turned into its value once. */
export class TextsByBytes<T> {
  readonly #bytes: Buffer[] = [];
  readonly #values: T[] = [];
  /** `value` gives a field's value from its text (untrimmed). */
  constructor(private readonly value: (text: string) => T) {}

  /** The value of the field bytes[start, end). */
  of(bytes: Buffer, start: number, end: number): T {
    const n = end - start;
    for (let k = 0; k < this.#bytes.length; k++) {
      const known = this.#bytes[k];
      if (known.length === n && same(known, bytes, start)) return this.#values[k];
    }
    const v = this.value(fieldText(bytes, start, end));
    if (this.#bytes.length < SCANNED) {
      this.#bytes.push(Buffer.from(bytes.subarray(start, end)));
      this.#values.push(v);
    }
    return v;
  }
}

/** Whether `bytes` from `start` begin with the bytes of `known`. */
function same(known: Buffer, bytes: Buffer, start: number): boolean {
  for (let j = 0; j < known.length; j++) if (known[j] !== bytes[start + j]) return false;
  return true;
}

/** Day numbers of a date column's `YYYY-MM-DD` fields, each distinct day worked out once. */
export class IsoDays {
  /**
   * The last field worked out, and its day: rows mostly repeat the date of the row before, and comparing the bytes
   * costs less than reading the digits.
   */
  readonly #last = new Uint8Array(10);
  #lastDay = Number.NaN;
  readonly #byCode = new Map<number, number>();

  /**
   * The day number of the field bytes[start, end) when it is exactly `YYYY-MM-DD` and names a real day; NaN for
   * anything else, which is for the caller to read as text (another form of date, a blank, no date at all).
   */
  of(bytes: Buffer, start: number, end: number): number {
    if (end - start !== 10) return Number.NaN;
    const last = this.#last;
    let same = 0;
    while (same < 10 && bytes[start + same] === last[same]) same++;
    if (same === 10) return this.#lastDay;
    if (bytes[start + 4] !== HYPHEN || bytes[start + 7] !== HYPHEN) return Number.NaN;
    let code = 0; // YYYYMMDD
    for (let i = start; i < end; i++) {
      if (i === start + 4 || i === start + 7) continue;
      const d = bytes[i] - DIGIT_0;
      if (d < 0 || d > 9) return Number.NaN;
      code = code * 10 + d;
    }
    let day = this.#byCode.get(code);
    if (day === undefined) {
      day = dayFromParts(Math.floor(code / 10_000), Math.floor(code / 100) % 100, code % 100) ?? Number.NaN;
      if (this.#byCode.size < REMEMBERED) this.#byCode.set(code, day);
    }
    for (let j = 0; j < 10; j++) last[j] = bytes[start + j];
    this.#lastDay = day;
    return day;
  }
}
