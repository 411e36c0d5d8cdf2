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
  + '5000..10000 (inclusive), "A","B" (text values), a word such as 好, several tests separated by commas (any of them), '
  + 'or - / empty (any value)';

/** One end of a numeric range. */
export interface Bound {
  value: Decimal;
  /** The double that compares exactly like `value`, or null when comparisons must go through Decimal. */
  num: number | null;
  inclusive: boolean;
}

/** One alternative of a condition: a numeric range (either end may be open) or a text value. */
export type Alternative =
  | { kind: 'range'; lo: Bound | null; hi: Bound | null }
  | { kind: 'text'; value: string };

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
const WORD = /^[^<>=≥≤[\]()"“”「」',.\d+-][^<>=≥≤[\]()"“”「」',]*$/;

function bound(text: string, inclusive: boolean): Bound {
  const value = parseExactNumber(text);
  if (!value) throw new ConditionSyntaxError(`"${text}" is not a number`);
  return { value, num: exactDouble(value), inclusive };
}

/** Parse one test (no top-level commas). */
function parseOne(s: string): Alternative {
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
  if (WORD.test(s)) return { kind: 'text', value: s };
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
    else if ((c === ',' || c === '，' || c === '、') && depth === 0) { parts.push(s.slice(start, i)); start = i + 1; }
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

/** The number test of a list of alternatives, specialised for the common one-range case. */
function numberTest(alternatives: readonly Alternative[]): (x: number) => boolean {
  const ranges = alternatives.filter((a): a is Extract<Alternative, { kind: 'range' }> => a.kind === 'range');
  if (ranges.length === 0) return () => false;
  if (ranges.length === 1) {
    const { lo, hi } = ranges[0];
    if (lo && hi) return (x) => aboveLo(x, lo) && belowHi(x, hi);
    if (lo) return (x) => aboveLo(x, lo);
    return (x) => belowHi(x, hi!);
  }
  return (x) => ranges.some((r) => (!r.lo || aboveLo(x, r.lo)) && (!r.hi || belowHi(x, r.hi)));
}

/**
 * Parse a condition cell. Returns null for "any" (`-`, empty). Throws ConditionSyntaxError for anything that is
 * not one of CONDITION_FORMS.
 */
export function parseCondition(raw: string): Condition | null {
  const text = halfWidth(raw).trim();
  if (ANY.has(text.toLowerCase())) return null;
  let alternatives: Alternative[];
  try {
    alternatives = [parseOne(text)];
  } catch (e) {
    const parts = splitList(text);
    if (parts.length < 2) throw e;
    alternatives = parts.map((p) => {
      if (ANY.has(p.toLowerCase())) throw new ConditionSyntaxError(`"${p}" in a list of tests`);
      return parseOne(p);
    });
  }
  const texts = new Set(alternatives.flatMap((a) => (a.kind === 'text' ? [a.value] : [])));
  const ranges = alternatives.filter((a): a is Extract<Alternative, { kind: 'range' }> => a.kind === 'range');
  return {
    text: raw.trim(),
    alternatives,
    testNumber: numberTest(alternatives),
    testDecimal: (d) => ranges.some((r) => rangeHoldsDecimal(r, d)),
    testText: (s) => texts.has(s),
  };
}
