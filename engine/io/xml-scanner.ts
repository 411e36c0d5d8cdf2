/**
 * A streaming XML tokenizer for workbook parts. Worksheets run to hundreds of megabytes, and the general SAX
 * parsers measured cost four to twenty times the inflate itself (saxes, sax-wasm: see bench/README.md), so this
 * one finds tags with indexOf. It reads everything a part may hold — prefixes (`x:row` is `row`: .NET writers
 * prefix every element), both quote styles, entity and character references, CDATA, comments, processing
 * instructions — but checks well-formedness only as far as a reader needs: an element or tag left open at the end
 * is an error (a part cut off); mismatched names are not checked.
 */

/**
 * The attributes of the start tag being reported, read on demand: a worksheet has tens of millions of tags and
 * most attributes are never looked at, so values are sliced and decoded only when asked for. Valid only during
 * the `open` call.
 */
export class Attributes {
  /** The text holding the tag, and the start and end of each attribute's name and value in it. */
  private s = '';
  private at = new Int32Array(64);
  private count = 0;

  /** @internal Start a new tag in `s`. */
  reset(s: string): void {
    this.s = s;
    this.count = 0;
  }

  /** @internal Record an attribute. */
  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    const k = this.count++ * 4;
    if (k + 4 > this.at.length) {
      const grown = new Int32Array(this.at.length * 2);
      grown.set(this.at);
      this.at = grown;
    }
    const at = this.at;
    at[k] = nameStart;
    at[k + 1] = nameEnd;
    at[k + 2] = valueStart;
    at[k + 3] = valueEnd;
  }

  /** The value of attribute `name` (with its prefix, if any, as written), or undefined. */
  get(name: string): string | undefined {
    const { at, s } = this;
    const length = name.length;
    const first = name.charCodeAt(0);
    for (let k = 0; k < this.count * 4; k += 4) {
      const start = at[k];
      if (at[k + 1] - start !== length || s.charCodeAt(start) !== first) continue;
      if (length === 1 || s.startsWith(name, start)) return decodeEntities(s.slice(at[k + 2], at[k + 3]));
    }
    return undefined;
  }

  /** Every attribute as name → value (for the small parts of a package). */
  all(): Record<string, string> {
    const out: Record<string, string> = {};
    const { at, s } = this;
    for (let k = 0; k < this.count * 4; k += 4) out[s.slice(at[k], at[k + 1])] = decodeEntities(s.slice(at[k + 2], at[k + 3]));
    return out;
  }
}

/** Handlers of a part's elements, by local name. Attribute names keep their prefix (`r:id`). */
export interface XmlHandlers {
  open(local: string, attributes: Attributes): void;
  close?(local: string): void;
  text?(text: string): void;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Text as XML delivers it: line ends normalised (CR LF and a lone CR are LF, as every XML parser reads them; a
 * CR written as &#13; or _x000D_ stays), entity and character references replaced.
 */
export function decodeEntities(raw: string): string {
  // Most texts are a number or a name: one pass over their characters settles that there is nothing to do.
  let special = false;
  for (let k = 0; k < raw.length; k++) {
    const c = raw.charCodeAt(k);
    if (c === 0x26 /* & */ || c === 0x0d /* CR */) {
      special = true;
      break;
    }
  }
  if (!special) return raw;
  const text = raw.indexOf('\r') < 0 ? raw : raw.replace(/\r\n?/g, '\n');
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Element names of SpreadsheetML met millions of times: returned as constants instead of fresh slices. */
const HOT_NAMES = ['c', 'v', 't', 'f', 'r', 'is', 'row', 'rPh', 'si', 'rPr'];
/** Hot names by length and first character (length * 128 + code). */
const HOT_INDEX: string[][] = [];
for (const name of HOT_NAMES) (HOT_INDEX[name.length * 128 + name.charCodeAt(0)] ??= []).push(name);

/** The local name of the qualified name at s[start, end) (`x:row` → `row`). */
function localNameAt(s: string, start: number, end: number): string {
  for (let k = start; k < end; k++) {
    if (s.charCodeAt(k) === 0x3a /* : */) {
      start = k + 1;
      break;
    }
  }
  const length = end - start;
  const hot = length < 4 ? HOT_INDEX[length * 128 + s.charCodeAt(start)] : undefined;
  if (hot) {
    if (length === 1) return hot[0];
    for (const name of hot) if (s.startsWith(name, start)) return name;
  }
  return s.slice(start, end);
}

/** Whether character (or byte) code `c` ends an element's name: white space, '/' or '>'. */
export function isNameEnd(c: number): boolean {
  // space, tab, CR, LF, '/', '>'
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a || c === 0x2f || c === 0x3e;
}

/** Streaming tokenizer: write chunks (bytes are UTF-8, decoded across chunk boundaries), then end. */
export class XmlScanner {
  private readonly decoder = new TextDecoder('utf-8');
  /** Text not yet tokenized: an incomplete tag at the end of the last chunk. */
  private carry = '';
  private depth = 0;
  private readonly attributes = new Attributes();
  private readonly close: (local: string) => void;
  private readonly text: (text: string) => void;

  constructor(private readonly handlers: XmlHandlers) {
    this.close = handlers.close ?? (() => {});
    this.text = handlers.text ?? (() => {});
  }

  /** Elements opened and not yet closed (negative when closings arrived whose openings another path read). */
  get openElements(): number {
    return this.depth;
  }

  /** Tokenize the next chunk. */
  write(chunk: Uint8Array | string): void {
    const decoded = typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    const s = this.carry.length > 0 ? this.carry + decoded : decoded;
    this.carry = s.slice(this.scan(s));
  }

  /** The part is complete: anything left open is an error. */
  end(): void {
    const rest = this.decoder.decode();
    if (rest) this.write(rest);
    if (this.carry.trim().length > 0) throw new Error('the XML ends inside a tag');
    if (this.depth > 0) throw new Error(`the XML ends with ${this.depth} element(s) still open`);
  }

  /** Tokenize `s` as far as it is complete; returns where the incomplete rest starts. */
  private scan(s: string): number {
    let pos = 0;
    const n = s.length;
    while (pos < n) {
      // Texts between tags are short or empty: a plain loop beats indexOf's call.
      let lt = pos;
      while (lt < n && s.charCodeAt(lt) !== 0x3c /* < */) lt++;
      // Text inside an element may continue in the next chunk (a reference could be cut in two): keep it.
      if (lt === n) return this.depth > 0 ? pos : n;
      if (lt > pos && this.depth > 0) this.text(decodeEntities(s.slice(pos, lt)));
      const next = s.charCodeAt(lt + 1);
      if (next !== next) return lt; // '<' is the last character
      let end: number;
      if (next === 0x2f /* / */) {
        end = lt + 2;
        while (end < n && s.charCodeAt(end) !== 0x3e /* > */) end++;
        if (end === n) return lt;
        let nameEnd = end;
        while (nameEnd > lt + 2 && s.charCodeAt(nameEnd - 1) <= 0x20) nameEnd--;
        this.depth--;
        this.close(localNameAt(s, lt + 2, nameEnd));
        pos = end + 1;
        continue;
      }
      if (next === 0x3f /* ? */) {
        end = s.indexOf('?>', lt + 2);
        if (end < 0) return lt;
        pos = end + 2;
        continue;
      }
      if (next === 0x21 /* ! */) {
        if (s.startsWith('<!--', lt)) {
          end = s.indexOf('-->', lt + 4);
          if (end < 0) return lt;
          pos = end + 3;
        } else if (s.startsWith('<![CDATA[', lt)) {
          end = s.indexOf(']]>', lt + 9);
          if (end < 0) return lt;
          this.text(s.slice(lt + 9, end));
          pos = end + 3;
        } else {
          if (lt + 9 > n) return lt;
          end = s.indexOf('>', lt + 2); // a DOCTYPE: workbooks have none worth reading
          if (end < 0) return lt;
          pos = end + 1;
        }
        continue;
      }
      const after = this.openTag(s, lt);
      if (after < 0) return lt;
      pos = after;
    }
    return n;
  }

  /** Tokenize the start tag at `lt`; returns the index after it, or -1 when it is incomplete. */
  private openTag(s: string, lt: number): number {
    const n = s.length;
    let i = lt + 1;
    while (i < n && !isNameEnd(s.charCodeAt(i))) i++;
    if (i >= n) return -1;
    const local = localNameAt(s, lt + 1, i);
    const attributes = this.attributes;
    attributes.reset(s);
    for (;;) {
      let c = s.charCodeAt(i);
      while (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a) c = s.charCodeAt(++i);
      if (c !== c) return -1;
      if (c === 0x3e /* > */ || c === 0x2f /* / */) {
        const selfClosing = c === 0x2f;
        if (selfClosing && i + 1 >= n) return -1;
        this.handlers.open(local, attributes);
        if (selfClosing) this.close(local); else this.depth++;
        return i + (selfClosing ? 2 : 1);
      }
      let eq = i;
      while (eq < n && s.charCodeAt(eq) !== 0x3d /* = */) eq++;
      if (eq === n) return -1;
      let nameEnd = eq;
      while (nameEnd > i && s.charCodeAt(nameEnd - 1) <= 0x20) nameEnd--;
      let q = eq + 1;
      let quote = s.charCodeAt(q);
      while (quote !== 0x22 && quote !== 0x27 && q < n) quote = s.charCodeAt(++q);
      if (q >= n) return -1;
      let close = q + 1;
      while (close < n && s.charCodeAt(close) !== quote) close++;
      if (close === n) return -1;
      attributes.add(i, nameEnd, q + 1, close);
      i = close + 1;
    }
  }
}
