/**
 * Exact numbers written by people: thresholds in a decision table (`5,000,000`, `５０００`, `500万`) and metric
 * values that arrive as text. Thresholds become Decimals, never binary doubles, so 4999999.99 vs 5000000 is exact.
 */
import Decimal from 'decimal.js';

const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
/** Grouping commas must sit every three digits; `1,2` is not a number (it is a list). */
const NUMBER = /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[-+]?\d+)?$/i;
const SCALE: Record<string, number> = { 万: 4, 亿: 8 };

/** Text with full-width digits and punctuation (Chinese input methods) folded to ASCII. */
export function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** The exact value of a number written as text, or null when the text is not one number. */
export function parseExactNumber(text: string): Decimal | null {
  let s = halfWidth(text).replace(/[\s_]/g, '').replace(/，/g, ',');
  let scale = 0;
  const last = s.slice(-1);
  if (SCALE[last] !== undefined) {
    scale = SCALE[last];
    s = s.slice(0, -1);
  }
  if (!/\d/.test(s) || !NUMBER.test(s)) return null;
  const d = new Decimal(s.replace(/,/g, ''));
  return scale ? d.times(new Decimal(10).pow(scale)) : d;
}

/**
 * The JS number that stands for a Decimal when comparing against spreadsheet numbers, or null when none does
 * exactly. A spreadsheet number means its shortest decimal form (what Excel shows); when the Decimal is that
 * form of some double, comparing doubles gives the same order as comparing the decimals.
 */
export function exactDouble(d: Decimal): number | null {
  const n = d.toNumber();
  return Number.isFinite(n) && new Decimal(String(n)).eq(d) ? n : null;
}
