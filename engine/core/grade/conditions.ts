/**
 * Condition cells of a decision table: Excel-friendly unary tests (SPEC §5) such as `>5000000`, `>=10000`,
 * `[200000..500000)`, `5000..10000`, `"A","B"`, `-`. Each is parsed once into exact bounds and compiled into a
 * test on plain JS numbers, so grading a million customers allocates nothing per comparison.
 */
import Decimal from 'decimal.js';
import { exactDouble, halfWidth, parseExactNumber } from './numbers';

/** The forms a condition cell may take, for error messages. */
export const CONDITION_FORMS =
  '>5000000, >=10000, <200, <=100, =5, a plain number, [200000..500000) (brackets: [ ] inclusive, ( ) or ] [ exclusive), '
  + '5000..10000 (inclusive), "A","B" (text values), a word such as 好, TRUE/FALSE, <>x (not x), '
  + 'several tests separated by commas (any of them: 100, 200), or - / empty (any value)';

/** One end of a numeric range. */
export interface Bound {
  value: Decimal;
  /** The double that compares exactly like `value`, or null when comparisons must go through Decimal. */
  num: number | null;
  inclusive: boolean;
}

/** A numeric range (either end may be open). */
export type Range = { kind: 'range'; lo: Bound | null; hi: Bound | null };

/** One alternative of a condition: a numeric range, a text value, or (`<>x`) anything but a range or text. */
export type Alternative =
  | Range
  | { kind: 'text'; value: string }
  | { kind: 'not'; inner: Range | { kind: 'text'; value: string } };

/** A parsed condition cell: it holds when any alternative holds. */
export interface Condition {
  /** The cell text as written. */
  text: string;
  alternatives: readonly Alternative[];
  /** Whether a JS number satisfies the condition (exact, see numbers.ts). */
  testNumber(x: number): boolean;
  /** Whether an exact decimal satisfies the condition. */
  testDecimal(d: Decimal): boolean;
  /** Whether a text value satisfies the condition. */
  testText(s: string): boolean;
}

/** A condition cell that is not one of the accepted forms. */
export class ConditionSyntaxError extends Error {}

const ANY = new Set(['', '-', '—', '–', '*', 'any', '任意']);
const NUM = String.raw`([-+]?[\d.,]+(?:e[-+]?\d+)?[万亿]?)`;
const COMPARE = new RegExp(String.raw`^(>=|<=|==|>|<|=|≥|≤)\s*${NUM}$`, 'i');
const INTERVAL = new RegExp(String.raw`^([\[(\]])\s*${NUM}\s*\.\.\s*${NUM}\s*([\])\[])$`, 'i');
const CLOSED = new RegExp(String.raw`^${NUM}\s*\.\.\s*${NUM}$`, 'i');
const QUOTED = /^(?:"([^"]*)"|“([^”]*)”|「([^」]*)」|'([^']*)')$/;
const NOT = /^(?:<>|!=|≠)\s*(.+)$/;
/** A comma followed by a space, a full-width comma or 、 separates tests (`100, 200`), never thousands. */
const LIST_MARK = /,\s|[，、；;]/;
/** TRUE/FALSE as Excel writes a boolean cell, in any case: compared as the text TRUE/FALSE (see metric-values). */
const BOOLEAN_WORD: Readonly<Record<string, string>> = { true: 'TRUE', false: 'FALSE' };
const WORD = /^[^<>=≥≤[\]()"“”「」',.\d+-][^<>=≥≤[\]()"“”「」',]*$/;

function bound(text: string, inclusive: boolean): Bound {
  const value = parseExactNumber(text);
  if (!value) throw new ConditionSyntaxError(`"${text}" is not a number`);
  return { value, num: exactDouble(value), inclusive };
}

/** Parse one test (no top-level commas). */
function parseOne(s: string): Alternative {
  const not = NOT.exec(s);
  if (not) {
    const inner = parseOne(not[1].trim());
    if (inner.kind === 'not') throw new ConditionSyntaxError(`"${s}" negates a negation`);
    if (inner.kind === 'range' && (inner.lo === null || inner.hi === null || inner.lo.value.cmp(inner.hi.value) !== 0)) {
      throw new ConditionSyntaxError(`"${s}": <> takes one value (a number or a text), not a range`);
    }
    return { kind: 'not', inner };
  }
  let m = COMPARE.exec(s);
  if (m) {
    const op = m[1] === '≥' ? '>=' : m[1] === '≤' ? '<=' : m[1] === '==' ? '=' : m[1];
    if (op === '=') {
      const b = bound(m[2], true);
      return { kind: 'range', lo: b, hi: b };
    }
    const b = bound(m[2], op.length === 2);
    return op[0] === '>' ? { kind: 'range', lo: b, hi: null } : { kind: 'range', lo: null, hi: b };
  }
  m = INTERVAL.exec(s) ?? CLOSED.exec(s);
  if (m) {
    const [open, a, b, close] = m.length === 5 ? [m[1], m[2], m[3], m[4]] : ['[', m[1], m[2], ']'];
    const lo = bound(a, open === '['), hi = bound(b, close === ']');
    const c = lo.value.cmp(hi.value);
    if (c > 0 || (c === 0 && !(lo.inclusive && hi.inclusive))) {
      throw new ConditionSyntaxError(`the interval ${s} holds no value (its lower end is not below its upper end)`);
    }
    return { kind: 'range', lo, hi };
  }
  m = QUOTED.exec(s);
  if (m) return { kind: 'text', value: (m[1] ?? m[2] ?? m[3] ?? m[4]).trim() };
  const n = parseExactNumber(s);
  if (n) {
    const b: Bound = { value: n, num: exactDouble(n), inclusive: true };
    return { kind: 'range', lo: b, hi: b };
  }
  if (WORD.test(s)) return { kind: 'text', value: BOOLEAN_WORD[s.toLowerCase()] ?? s };
  throw new ConditionSyntaxError(`"${s}" is not a test`);
}

/** Split on commas that are outside quotes and brackets. */
function splitList(s: string): string[] {
  const parts: string[] = [];
  let depth = 0, quote = '', start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '“') quote = '”';
    else if (c === '「') quote = '」';
    else if (c === '[' || c === '(') depth++;
    else if ((c === ']' || c === ')') && depth > 0) depth--;
    else if ((c === ',' || c === '，' || c === '、' || c === ';' || c === '；') && depth === 0) { parts.push(s.slice(start, i)); start = i + 1; }
  }
  parts.push(s.slice(start));
  return parts.map((p) => p.trim());
}

function belowHi(x: number, hi: Bound): boolean {
  if (hi.num !== null) return x < hi.num || (hi.inclusive && x === hi.num);
  const c = new Decimal(x).cmp(hi.value);
  return c < 0 || (hi.inclusive && c === 0);
}

function aboveLo(x: number, lo: Bound): boolean {
  if (lo.num !== null) return x > lo.num || (lo.inclusive && x === lo.num);
  const c = new Decimal(x).cmp(lo.value);
  return c > 0 || (lo.inclusive && c === 0);
}

/** Whether an exact decimal lies in a range. */
export function rangeHoldsDecimal(a: { lo: Bound | null; hi: Bound | null }, d: Decimal): boolean {
  if (a.lo) { const c = d.cmp(a.lo.value); if (c < 0 || (c === 0 && !a.lo.inclusive)) return false; }
  if (a.hi) { const c = d.cmp(a.hi.value); if (c > 0 || (c === 0 && !a.hi.inclusive)) return false; }
  return true;
}

/** Whether a number lies in a range. */
function rangeHolds(r: Range, x: number): boolean {
  return (!r.lo || aboveLo(x, r.lo)) && (!r.hi || belowHi(x, r.hi));
}

/** The number test of a list of alternatives, specialised for the common one-range case. */
function numberTest(alternatives: readonly Alternative[]): (x: number) => boolean {
  const ranges = alternatives.filter((a): a is Range => a.kind === 'range');
  const nots = alternatives.flatMap((a) => (a.kind === 'not' ? [a.inner] : []));
  // <>x holds for every number unless x is that number.
  if (nots.length > 0) return (x) => ranges.some((r) => rangeHolds(r, x)) || nots.some((r) => r.kind === 'text' || !rangeHolds(r, x));
  if (ranges.length === 0) return () => false;
  if (ranges.length === 1) {
    const { lo, hi } = ranges[0];
    if (lo && hi) return (x) => aboveLo(x, lo) && belowHi(x, hi);
    if (lo) return (x) => aboveLo(x, lo);
    return (x) => belowHi(x, hi!);
  }
  return (x) => ranges.some((r) => rangeHolds(r, x));
}

/** Whether `s` differs from one of `texts` (a `<>x` condition holds for it): a loop, where a closure per call would be made. */
function differsFromOne(texts: readonly string[], s: string): boolean {
  for (let i = 0; i < texts.length; i++) if (texts[i] !== s) return true;
  return false;
}

/**
 * Parse a condition cell. Returns null for "any" (`-`, empty). Throws ConditionSyntaxError for anything that is
 * not one of CONDITION_FORMS.
 */
export function parseCondition(raw: string): Condition | null {
  const text = halfWidth(raw).trim();
  if (ANY.has(text.toLowerCase())) return null;
  let alternatives: Alternative[];
  const list = (): Alternative[] => splitList(text).map((p) => {
    if (ANY.has(p.toLowerCase())) throw new ConditionSyntaxError(`"${p}" in a list of tests`);
    return parseOne(p);
  });
  // `100, 200` is two values, never 100200: a list mark outside quotes and brackets splits first.
  // (The full-width comma is looked for before halfWidth turns it into a plain one.)
  if ((LIST_MARK.test(text) || raw.includes('，')) && splitList(text).length > 1) alternatives = list();
  else {
    try {
      alternatives = [parseOne(text)];
    } catch (e) {
      if (splitList(text).length < 2) throw e;
      alternatives = list();
    }
  }
  const texts = new Set(alternatives.flatMap((a) => (a.kind === 'text' ? [a.value] : [])));
  const notTexts = alternatives.flatMap((a) => (a.kind === 'not' && a.inner.kind === 'text' ? [a.inner.value] : []));
  const notRanges = alternatives.some((a) => a.kind === 'not' && a.inner.kind === 'range');
  const ranges = alternatives.filter((a): a is Range => a.kind === 'range');
  const nots = alternatives.flatMap((a) => (a.kind === 'not' ? [a.inner] : []));
  return {
    text: raw.trim(),
    alternatives,
    testNumber: numberTest(alternatives),
    testDecimal: (d) => ranges.some((r) => rangeHoldsDecimal(r, d)) || nots.some((r) => r.kind === 'text' || !rangeHoldsDecimal(r, d)),
    // A text is never a number, so <>5 holds for it; <>差 holds for every text but 差.
    testText: (s) => texts.has(s) || notRanges || differsFromOne(notTexts, s),
  };
}
