/**
 * Cell values to domain values: text, money (decimal, never binary floating point) and yes/no.
 */
import Decimal from 'decimal.js';
import type { Cell } from './types';

/** Whether a cell is blank (null, undefined, or only white space). */
export function isBlank(value: Cell): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Trimmed text of a cell; '' for blank. Numbers keep their shortest exact decimal form. */
export function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isFinite(value.getTime()) ? value.toISOString().slice(0, 10) : '';
  return String(value).trim();
}

/** Largest money magnitude accepted (exclusive): 10^15 units, well inside exact decimal and whole-cent arithmetic. */
export const MONEY_LIMIT = new Decimal('1e15');

/** Most decimal places a money cell may have. */
const MAX_PLACES = 12;

/** Currency marks and spaces around a number (after NFKC, so full-width ￥ and spaces are plain). */
const MONEY_NOISE = /[\s¥$元]|RMB|CNY/gi;
/** Chinese magnitude suffixes: 120万 = 1,200,000; 1.2亿 = 120,000,000. */
const MAGNITUDE: Readonly<Record<string, string>> = { 万: '1e4', 亿: '1e8', 万亿: '1e12' };
/**
 * A plain number, optionally with thousands grouping (1,200,000.50) and an exponent. Exponents of any length are
 * read (decimal.js keeps the exponent apart from the digits, so `1e9000000000000000` costs nothing) so that a huge
 * number is reported as too large rather than as no number.
 */
const NUMBER = /^[-+]?(\d{1,3}(,\d{3})+(\.\d*)?|\d+\.?\d*|\.\d+)(e[-+]?\d{1,24})?$/i;

/** What reading a money cell gave: a value, or why not (not a number, or beyond MONEY_LIMIT). */
export type MoneyReading = { ok: true; value: Decimal } | { ok: false; why: 'not-number' | 'too-large' };

/**
 * A money cell read as a Decimal. Numbers from spreadsheets are binary doubles; their shortest decimal form (what
 * Excel displays) is the intended value, so 10000.01 stays 10000.01. Texts may carry currency marks (¥, 元),
 * full-width digits, thousands commas, accounting parentheses and a 万/亿 suffix (`120万`, `1.2亿`). A comma that
 * is not thousands grouping (`1.000,00`, decimal comma) is refused, never misread.
 */
export function readMoney(value: Cell): MoneyReading {
  let d: Decimal;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, why: 'not-number' };
    d = new Decimal(String(value));
  } else if (typeof value === 'string') {
    let s = value.normalize('NFKC').replace(/，/g, ',').replace(MONEY_NOISE, '');
    if (/^\(.*\)$/.test(s)) s = `-${s.slice(1, -1)}`; // accounting negative (1,000.00)
    let scale: string | null = null;
    const suffix = /(万亿|万|亿)$/.exec(s);
    if (suffix) {
      scale = MAGNITUDE[suffix[1]];
      s = s.slice(0, -suffix[1].length);
    }
    if (s.length > 64) return { ok: false, why: /^[-+]?[\d,]+(\.\d*)?$/.test(s) ? 'too-large' : 'not-number' };
    if (!NUMBER.test(s)) return { ok: false, why: 'not-number' };
    d = new Decimal(s.replace(/,/g, ''));
    if (scale) d = d.times(scale);
  } else {
    return { ok: false, why: 'not-number' };
  }
  // More decimal places than any currency has (1e-99999) would be written out digit by digit: no money.
  if (d.isNaN() || (d.isFinite() && d.decimalPlaces() > MAX_PLACES)) return { ok: false, why: 'not-number' };
  if (!d.isFinite() || d.abs().greaterThanOrEqualTo(MONEY_LIMIT)) return { ok: false, why: 'too-large' };
  return { ok: true, value: d };
}

/**
 * What is wrong with a money cell that could not be read, in words: `example` is a typical value of the column
 * (`1000000.00`).
 */
export function moneyProblem(why: 'not-number' | 'too-large', example: string): string {
  return why === 'too-large'
    ? 'too large: amounts must stay below 1000000000000000 (10^15)'
    : `not a number; expected an amount such as ${example}`;
}

/** A money cell as a Decimal, or null when it is not a number or beyond MONEY_LIMIT (see readMoney). */
export function parseMoney(value: Cell): Decimal | null {
  const r = readMoney(value);
  return r.ok ? r.value : null;
}

const YES = new Set(['yes', 'y', 'true', '1', '是', '有', '√', '✓', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '否', '无', '']);

/** A yes/no cell (yes/no, 是/否, true/false, 1/0), or null when the value is neither. Blank is no. */
export function parseYesNo(value: Cell): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === null || value === undefined) return false;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : null;
  const s = String(value).trim().toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return null;
}
