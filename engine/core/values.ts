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

const MONEY_NOISE = /[\s,，¥￥$元]/g;

/**
 * A money cell as a Decimal, or null when it is not a number. Numbers from spreadsheets are binary doubles; their
 * shortest decimal form (what Excel displays) is the intended value, so 10000.01 stays 10000.01.
 */
export function parseMoney(value: Cell): Decimal | null {
  if (typeof value === 'number') return Number.isFinite(value) ? new Decimal(String(value)) : null;
  if (typeof value !== 'string') return null;
  let s = value.replace(MONEY_NOISE, '');
  if (/^\(.*\)$/.test(s)) s = `-${s.slice(1, -1)}`; // accounting negative (1,000.00)
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  return new Decimal(s);
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
