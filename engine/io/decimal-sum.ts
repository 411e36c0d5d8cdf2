/**
 * An exact running sum of decimal texts, for the Dashboard's totals over every split row. Money texts such as
 * `3530202.12` are added as whole numbers of their smallest unit while the sum stays a safe integer, which is
 * exact and an order of magnitude cheaper than a decimal.js addition per row; anything else (more than 15
 * digits, exponents, a sum past 2^53) continues in decimal.js, so the result is always the exact sum.
 */
import Decimal from 'decimal.js';

/** Plain decimal text: sign, digits, optional fraction. */
const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;
/** Digits a double holds exactly (10^15 < 2^53). */
const EXACT_DIGITS = 15;

/** An exact sum of decimal texts ('' counts as 0). */
export class DecimalSum {
  /** The sum in units of 10^-scale, while it is exact as a JavaScript number. */
  private units = 0;
  private scale = 0;
  /** The sum in decimal.js, once a value or the sum does not fit `units`. */
  private big: Decimal | null = null;

  /** Add one text (throws like decimal.js for text that is no number). */
  add(text: string): void {
    if (text === '') return;
    if (this.big === null && this.addPlain(text)) return;
    this.big = this.value().plus(text);
  }

  /** The sum as a decimal.js number. */
  value(): Decimal {
    return this.big ?? new Decimal(this.units).dividedBy(new Decimal(10).pow(this.scale));
  }

  /** The sum rounded to `decimals` places, as decimal.js's toFixed gives it. */
  toFixed(decimals: number): string {
    return this.value().toFixed(decimals);
  }

  /** Add a plain text as whole units; false (and nothing added) when it would not be exact. */
  private addPlain(text: string): boolean {
    const m = PLAIN.exec(text);
    if (!m) return false;
    const fraction = m[3] ?? '';
    const scale = Math.max(this.scale, fraction.length);
    const digits = m[2] + fraction.padEnd(scale, '0');
    if (digits.length > EXACT_DIGITS) return false;
    const units = this.units * 10 ** (scale - this.scale);
    const sum = units + (m[1] ? -Number(digits) : Number(digits));
    if (!Number.isSafeInteger(units) || !Number.isSafeInteger(sum)) return false;
    this.units = sum;
    this.scale = scale;
    return true;
  }
}
