/**
 * The tokenizer of worksheet parts, on bytes. A register's sheet part holds tens of millions of tags of one shape
 * (`<row r=".."><c r=".." s=".." t=".."><v>..</v></c>`); decoding it all to JavaScript strings and reading every
 * tag generically cost five times the inflate itself (bench/README.md). This one reads the inflated bytes: the
 * unprefixed `row`, `c` and `v` tags are read in place (their `r`, `s` and `t` attributes parsed from the bytes,
 * nothing allocated), texts are decoded one at a time, and every other piece of markup — prefixed names (`x:c`),
 * formulas, inline strings, comments, CDATA — is decoded whole and handed to the general tokenizer
 * (xml-scanner.ts), which reports it to the same handlers. A tag or a multi-byte character split across chunks is
 * kept as bytes until the next chunk completes it.
 */
import { Attributes, decodeEntities, isNameEnd, XmlScanner, type XmlHandlers } from './xml-scanner';

/** Handlers of a worksheet part: the general ones, plus the hot start tags with their attributes already read. */
export interface WorksheetHandlers extends XmlHandlers {
  /** A `<row>` started; `r` is its `r` attribute as a number (NaN when absent). */
  row(r: number): void;
  /**
   * A `<c>` started: `col` is the zero-based column of its `r` (-1 when absent or without letters), `type` its
   * `t` ('' when absent), `style` its `s` as a number (0 when absent).
   */
  cell(col: number, type: string, style: number): void;
  /**
   * A `<v>` holding plain text only (no references, carriage returns or markup): the same as `open('v')`,
   * `text(text)` and `close('v')`.
   */
  value(text: string): void;
  /**
   * A `<v>` holding a decimal integer of 1 to 15 digits without a leading zero, as its number: returns whether
   * the cell takes it so (a number or a string index needs no string made of it); when not, the scanner reports
   * it with `value` instead.
   */
  integer(n: number): boolean;
}

/** Buffer's own slices: toString(encoding, …) checks its arguments at a cost felt per cell. */
type Slicing = Buffer & { latin1Slice(start: number, end: number): string; utf8Slice(start: number, end: number): string };

/** The text of b[start, end), UTF-8 (`ascii` when every byte is below 0x80: decoded faster). */
function plainTextAt(b: Buffer, start: number, end: number, ascii: boolean): string {
  return ascii ? (b as Slicing).latin1Slice(start, end) : (b as Slicing).utf8Slice(start, end);
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

/** Bytes of a chunk joined to the piece the last one left over: more than any tag of the common shape needs. */
const HEAD = 1024;

/** What a `<v>` start tag reports: it has no attributes anyone reads. */
export const NO_ATTRIBUTES = new Attributes();

/** Cell types as constants, so that the hot ones need no decoding. */
const TYPES: Readonly<Record<number, string>> = { 0x73: 's', 0x6e: 'n', 0x62: 'b', 0x65: 'e', 0x64: 'd' };

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
}

/**
 * The unsigned decimal integer written in b[start, end) (1 to 15 digits, no leading zero), or -1 when it is
 * anything else: what Number() of its text gives, exactly.
 */
function digitsAt(b: Buffer, start: number, end: number): number {
  if (end <= start || end - start > 15 || (b[start] === 0x30 && end - start > 1)) return -1;
  let n = 0;
  for (let k = start; k < end; k++) {
    const d = b[k] - 0x30;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The text of b[start, end) as XML delivers it (see decodeEntities). */
function textAt(b: Buffer, start: number, end: number): string {
  for (let k = start; k < end; k++) {
    const c = b[k];
    if (c >= 0x80 || c === 0x26 /* & */ || c === 0x0d) return decodeEntities(plainTextAt(b, start, end, false));
  }
  return plainTextAt(b, start, end, true);
}

/** Zero-based column of the cell reference in b[start, end) (`AB12` → 27), or -1 without column letters. */
function columnAt(b: Buffer, start: number, end: number): number {
  let col = 0;
  let k = start;
  for (; k < end; k++) {
    const c = b[k] | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  return k === start ? -1 : col - 1;
}

/** Streaming tokenizer of a worksheet part: write its inflated chunks, then end. */
export class WorksheetScanner {
  /** Bytes not yet tokenized: an incomplete piece of markup (or text) at the end of the last chunk. */
  private carry: Buffer | null = null;
  /** Elements opened by the hot path and not yet closed (the general tokenizer counts its own). */
  private depth = 0;
  private readonly general: XmlScanner;
  /** Attribute positions of the hot tag being read: r, s, t (start, end), -1 when absent. */
  private readonly at = new Int32Array(6);

  constructor(private readonly handlers: WorksheetHandlers) {
    this.general = new XmlScanner(handlers);
  }

  /** Tokenize the next chunk. */
  write(chunk: Buffer): void {
    let b = chunk;
    let from = 0;
    const carry = this.carry;
    if (carry) {
      // The piece left over is completed from the head of the chunk, so that the chunk itself is not copied.
      const headLength = Math.min(chunk.length, HEAD);
      const joined = Buffer.concat([carry, chunk.subarray(0, headLength)]);
      const rest = this.scan(joined, 0);
      if (headLength === chunk.length) {
        this.carry = rest < joined.length ? joined.subarray(rest) : null;
        return;
      }
      if (rest >= carry.length) from = rest - carry.length; // the piece is read: go on in the chunk itself
      else b = Buffer.concat([joined.subarray(rest), chunk.subarray(headLength)]); // a piece longer than the head
    }
    const rest = this.scan(b, from);
    this.carry = rest < b.length ? b.subarray(rest) : null;
  }

  /** The part is complete: anything left open is an error. */
  end(): void {
    if (this.carry && this.carry.toString('utf8').trim().length > 0) throw new Error('the XML ends inside a tag');
    const open = this.open();
    if (open > 0) throw new Error(`the XML ends with ${open} element(s) still open`);
  }

  /** Elements open, by either path. */
  private open(): number {
    return this.depth + this.general.openElements;
  }

  /** Tokenize `b` as far as it is complete; returns where the incomplete rest starts. */
  private scan(b: Buffer, from: number): number {
    const n = b.length;
    const h = this.handlers;
    let pos = from;
    while (pos < n) {
      let lt = pos;
      while (lt < n && b[lt] !== LT) lt++;
      // Text inside an element may continue in the next chunk: keep it.
      if (lt === n) return this.open() > 0 ? pos : n;
      if (lt + 1 >= n) return pos;
      const text = lt > pos && this.open() > 0;
      const next = b[lt + 1];
      if (next === SLASH) {
        let gt = lt + 2;
        while (gt < n && b[gt] !== GT) gt++;
        if (gt === n) return pos;
        if (text) h.text!(textAt(b, pos, lt));
        const local = gt - lt === 3 && b[lt + 2] === 0x63 ? 'c'
          : gt - lt === 3 && b[lt + 2] === 0x76 ? 'v'
            : gt - lt === 5 && b[lt + 2] === 0x72 && b[lt + 3] === 0x6f && b[lt + 4] === 0x77 ? 'row' : null;
        if (local) {
          this.depth--;
          h.close!(local);
        } else this.general.write(b.toString('utf8', lt, gt + 1));
        pos = gt + 1;
        continue;
      }
      const hot = this.hotName(b, lt, n);
      if (hot === 0) {
        const end = this.markupEnd(b, lt, n);
        if (end < 0) return pos;
        if (text) h.text!(textAt(b, pos, lt));
        this.general.write(b.toString('utf8', lt, end));
        pos = end;
        continue;
      }
      const end = this.readAttributes(b, lt + 1 + hot, n);
      if (end < 0) return pos;
      if (text) h.text!(textAt(b, pos, lt));
      const selfClosing = b[end - 2] === SLASH;
      const at = this.at;
      let local: string;
      if (hot === 3) {
        local = 'row';
        const r = at[0] < 0 ? NaN : digitsAt(b, at[0], at[1]);
        h.row(r >= 0 ? r : Number.isNaN(r) ? r : Number(textAt(b, at[0], at[1])));
      } else if (b[lt + 1] === 0x63) {
        local = 'c';
        const col = at[0] < 0 ? -1 : hasReference(b, at[0], at[1]) ? columnOfRef(textAt(b, at[0], at[1])) : columnAt(b, at[0], at[1]);
        let style = 0;
        if (at[2] >= 0) {
          style = digitsAt(b, at[2], at[3]);
          if (style < 0) style = Number(textAt(b, at[2], at[3]));
        }
        let type = '';
        if (at[4] >= 0) type = (at[5] - at[4] === 1 ? TYPES[b[at[4]]] : undefined) ?? textAt(b, at[4], at[5]);
        h.cell(col, type, style);
      } else {
        local = 'v';
        const found = selfClosing ? -1 : plainValueEnd(b, end, n);
        if (found >= 0) {
          const close = found >>> 1;
          const ascii = (found & 1) === 1;
          const integer = ascii ? digitsAt(b, end, close) : -1;
          if (integer < 0 || !h.integer(integer)) h.value(plainTextAt(b, end, close, ascii));
          pos = close + 4;
          continue;
        }
        h.open('v', NO_ATTRIBUTES);
      }
      if (selfClosing) h.close!(local);
      else this.depth++;
      pos = end;
    }
    return n;
  }

  /**
   * The length of the tag name at b[lt + 1] when it is one the hot path reads (`row` → 3, `c` or `v` → 1), else 0.
   * An incomplete name is not hot: the general path then finds the tag incomplete.
   */
  private hotName(b: Buffer, lt: number, n: number): number {
    const c = b[lt + 1];
    if (c === 0x63 /* c */ || c === 0x76 /* v */) return lt + 2 < n && isNameEnd(b[lt + 2]) ? 1 : 0;
    if (c === 0x72 /* r */ && lt + 4 < n && b[lt + 2] === 0x6f && b[lt + 3] === 0x77 && isNameEnd(b[lt + 4])) return 3;
    return 0;
  }

  /**
   * Read the attributes of the hot start tag from `i` (after its name): the positions of r, s and t go to `at`.
   * Returns the index after the tag, or -1 when it is incomplete. Mirrors the general tokenizer's reading.
   */
  private readAttributes(b: Buffer, i: number, n: number): number {
    const at = this.at;
    at[0] = -1;
    at[2] = -1;
    at[4] = -1;
    for (;;) {
      while (i < n && isSpace(b[i])) i++;
      if (i >= n) return -1;
      const c = b[i];
      if (c === GT) return i + 1;
      if (c === SLASH) return i + 1 >= n ? -1 : i + 2;
      let eq = i;
      while (eq < n && b[eq] !== EQ) eq++;
      if (eq === n) return -1;
      let nameEnd = eq;
      while (nameEnd > i && b[nameEnd - 1] <= 0x20) nameEnd--;
      let q = eq + 1;
      while (q < n && b[q] !== DQUOTE && b[q] !== SQUOTE) q++;
      if (q >= n) return -1;
      const quote = b[q];
      let close = q + 1;
      while (close < n && b[close] !== quote) close++;
      if (close === n) return -1;
      if (nameEnd - i === 1) {
        const slot = b[i] === 0x72 /* r */ ? 0 : b[i] === 0x73 /* s */ ? 2 : b[i] === 0x74 /* t */ ? 4 : -1;
        if (slot >= 0 && at[slot] < 0) {
          at[slot] = q + 1;
          at[slot + 1] = close;
        }
      }
      i = close + 1;
    }
  }

  /**
   * The index after the piece of markup (not a hot tag) at `lt`, or -1 when it is incomplete: found as the general
   * tokenizer finds it, so that it receives exactly one whole piece.
   */
  private markupEnd(b: Buffer, lt: number, n: number): number {
    const next = b[lt + 1];
    if (next === 0x3f /* ? */) return after(b.indexOf('?>', lt + 2), 2);
    if (next === 0x21 /* ! */) {
      if (lt + 4 > n) return -1;
      if (b[lt + 2] === 0x2d && b[lt + 3] === 0x2d) return after(b.indexOf('-->', lt + 4), 3);
      if (lt + 9 > n) return -1;
      if (b.toString('latin1', lt, lt + 9) === '<![CDATA[') return after(b.indexOf(']]>', lt + 9), 3);
      return after(b.indexOf(GT, lt + 2), 1);
    }
    let i = lt + 1;
    while (i < n && !isNameEnd(b[i])) i++;
    if (i >= n) return -1;
    const at = this.readAttributes(b, i, n);
    return at;
  }
}

/**
 * Where the `</v>` closing a plain value that starts at `start` begins, or -1 when the value holds references or
 * carriage returns (which need decoding) or its end is not in `b`; as `end * 2 + 1` for ASCII text and `end * 2`
 * for other UTF-8 (one number, nothing allocated).
 */
function plainValueEnd(b: Buffer, start: number, n: number): number {
  let k = start;
  let ascii = 1;
  for (; k < n; k++) {
    const c = b[k];
    if (c === LT) break;
    if (c === 0x26 /* & */ || c === 0x0d) return -1;
    if (c >= 0x80) ascii = 0;
  }
  return k + 3 < n && b[k + 1] === SLASH && b[k + 2] === 0x76 && b[k + 3] === GT ? k * 2 + ascii : -1;
}

/** `found + length`, or -1 when indexOf found nothing. */
function after(found: number, length: number): number {
  return found < 0 ? -1 : found + length;
}

/** Whether b[start, end) holds an entity or character reference. */
function hasReference(b: Buffer, start: number, end: number): boolean {
  const amp = b.indexOf(0x26, start);
  return amp >= 0 && amp < end;
}

/** Zero-based column of a cell reference (`AB12` → 27), or -1 when it has no column letters. */
export function columnOfRef(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    col = col * 26 + (c - 0x60);
  }
  return i === 0 ? -1 : col - 1;
}
