/**
 * Metric values as they arrive (numbers from a workbook, text from a CSV, Decimals from derived metrics, monthly
 * series) brought to one comparable form once per customer, and tested against conditions.
 */
import Decimal from 'decimal.js';
import type { Condition } from './conditions';
import { readMoney } from '../values';
import { exactDouble, halfWidth } from './numbers';

/** A month-by-month series, oldest first, ending with the latest month (e.g. monthly_sales). */
export type MonthlySeries = readonly (number | Decimal | string | null)[];

/** A metric value as callers may give it. */
export type MetricValue = number | string | boolean | Decimal | MonthlySeries | null | undefined;

/** Metrics of one customer, by metric name. */
export type Metrics = Readonly<Record<string, MetricValue>>;

/** A scalar after normalisation: an exact number (double when exact, else Decimal), a text value, or missing. */
export type Scalar = number | Decimal | string | null;
/** A normalised value: a scalar or a series of scalars. */
export type Normalised = Scalar | readonly Scalar[];

/** TRUE/FALSE however a cell writes them: an Excel boolean, or its text in any case. */
const BOOLEAN_TEXT: Readonly<Record<string, string>> = { true: 'TRUE', false: 'FALSE' };

/**
 * Normalise one scalar: text that reads as an amount the way register amounts do (`1000万`, `1.2亿`, `1,200,000`,
 * `¥3,000`) becomes a number, TRUE/FALSE (a boolean cell or its text) the text `TRUE`/`FALSE`, other text is
 * trimmed; blanks become null.
 */
export function normaliseScalar(v: unknown): Scalar {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  // Text is told before Decimals: a table's cells are mostly text, and instanceof walks a prototype chain.
  if (typeof v !== 'string') return v === null || v === undefined ? null : normaliseNonText(v);
  let n = TEXTS.get(v);
  if (n === undefined) {
    n = normaliseText(v);
    if (TEXTS.size < TEXTS_KEPT) TEXTS.set(v, n);
  }
  return n;
}

/** normaliseScalar of a value that is neither a number nor text: a Decimal, a boolean, or anything else as text. */
function normaliseNonText(v: unknown): Scalar {
  if (v instanceof Decimal) return v.isFinite() ? exactDouble(v) ?? v : null;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return normaliseScalar(String(v));
}

/**
 * Texts already normalised: level words, hospital levels, departments and often amounts repeat across a table's
 * customers, and reading one (full-width folding, the amount grammar, exact decimals) costs more than a lookup.
 */
const TEXTS = new Map<string, Scalar>();
const TEXTS_KEPT = 100_000;

function normaliseText(text: string): Scalar {
  const s = halfWidth(text).trim();
  if (s === '') return null;
  const read = readMoney(s);
  if (read.ok) return exactDouble(read.value) ?? read.value;
  return BOOLEAN_TEXT[s.toLowerCase()] ?? s;
}

/** Normalise a metric value (a series stays a series). */
export function normalise(v: MetricValue): Normalised {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (Array.isArray(v)) return v.map(normaliseScalar);
  return normaliseScalar(v);
}

function scalarHolds(c: Condition, v: Scalar): boolean {
  if (typeof v === 'number') return c.testNumber(v);
  if (v === null) return false;
  if (typeof v === 'string') return c.testText(v);
  return c.testDecimal(v);
}

/**
 * Whether a normalised value satisfies a condition. A series must satisfy it in each of its last `months`
 * months (连续 N 个月); with no `months`, its latest month decides. A series shorter than `months` fails.
 */
export function holds(c: Condition, v: Normalised, months: number | null): boolean {
  if (typeof v === 'number') return c.testNumber(v);
  if (!Array.isArray(v)) return scalarHolds(c, v as Scalar);
  const n = months ?? 1;
  if (v.length < n || n < 1) return false;
  for (let i = v.length - n; i < v.length; i++) if (!scalarHolds(c, v[i])) return false;
  return true;
}

/** A short text of a value for reasons. */
export function showValue(v: Normalised): string {
  if (v === null) return '(blank)';
  if (Array.isArray(v)) return `[${v.map((x) => showValue(x)).join(', ')}]`;
  return String(v);
}

const SERIES_KEY = /^(.+?)\s*(?:@|\[|\s)\s*(\d{4})-(\d{1,2})\]?$/;

/** The series name and month index of a per-month metric name (`monthly_spend 2026-01`), or null. */
export function monthKeyOf(key: string): { name: string; month: number } | null {
  if (!isMonthKey(key)) return null;
  const m = SERIES_KEY.exec(key.trim())!;
  return { name: m[1], month: Number(m[2]) * 12 + Number(m[3]) - 1 };
}

/** Whether a metric name is one month of a series (`monthly_spend 2026-01`); cheap for ordinary names. */
export function isMonthKey(key: string): boolean {
  const c = key.charCodeAt(key.length - 1);
  return (c === 93 /* ] */ || (c >= 48 && c <= 57)) && SERIES_KEY.test(key.trim());
}

/**
 * Metrics with per-month columns (`monthly_spend 2026-01`, `monthly_spend[2026-02]`, `monthly_spend@2026-03`)
 * gathered into one series per metric, oldest month first, ending with the month `endMonth` (a month index, the
 * as-of month; null = the latest month given): months after it are left out, and a month without a value (a blank
 * cell, a missing column) is null, so that 连续六个月 fails on it. Other keys pass through. This is how a flat record
 * (a Customers sheet row, a CRM.GRADE range) carries a series.
 */
export function gatherSeries(metrics: Metrics, endMonth: number | null): Record<string, MetricValue> {
  const out: Record<string, MetricValue> = {};
  const series = new Map<string, Map<number, MetricValue>>();
  for (const [key, value] of Object.entries(metrics)) {
    const m = SERIES_KEY.exec(key.trim());
    if (!m) { out[key] = value; continue; }
    let months = series.get(m[1]);
    if (!months) series.set(m[1], (months = new Map()));
    months.set(Number(m[2]) * 12 + Number(m[3]) - 1, value);
  }
  for (const [name, months] of series) {
    if (out[name] !== undefined) continue;
    const keys = [...months.keys()];
    const first = Math.min(...keys), last = endMonth ?? Math.max(...keys);
    const list: (number | Decimal | string | null)[] = [];
    for (let i = first; i <= last; i++) list.push((normaliseScalar(months.get(i))));
    out[name] = list;
  }
  return out;
}
