/**
 * An exact running sum of decimal texts, for the Dashboard's totals over every split row. Money texts such as
 * `3530202.12` are added as whole numbers of their smallest unit in BigInt, which is exact and an order of
 * magnitude cheaper than a decimal.js addition per row; other number texts (exponents) and sums past decimal.js's
 * precision continue in decimal.js, so the result is always what decimal.js adding the texts one by one gives.
 */
import Decimal from 'decimal.js';

/** Plain decimal text: sign, digits, optional fraction. */
const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

/** Whole units below this have at most 20 digits, decimal.js's default precision. */
const LIMIT = 10n ** 20n;

/** An exact sum of decimal texts ('' counts as 0). */
export class DecimalSum {
  /** The sum in units of 10^-scale. */
  private units = 0n;
  private scale = 0;
  /** The sum in decimal.js, once a text is not plain. */
  private big: Decimal | null = null;

  /** Add one text (throws like decimal.js for text that is no number). */
  add(text: string): void {
    if (text === '') return;
    if (this.big === null && this.addPlain(text)) return;
    this.big = this.value().plus(text);
  }

  /** The sum as a decimal.js number. */
  value(): Decimal {
    return this.big ?? new Decimal(`${this.units}e-${this.scale}`);
  }

  /** The sum rounded to `decimals` places, as decimal.js's toFixed gives it. */
  toFixed(decimals: number): string {
    return this.value().toFixed(decimals);
  }

  /**
   * Add a plain text as whole units; false (and nothing added) when the text is not plain or the sum would pass
   * decimal.js's precision, from where on decimal.js carries on exactly as it would have from the start.
   */
  private addPlain(text: string): boolean {
    const m = PLAIN.exec(text);
    if (!m) return false;
    const fraction = m[3] ?? '';
    const scale = Math.max(this.scale, fraction.length);
    const before = this.units * 10n ** BigInt(scale - this.scale);
    const units = BigInt(m[2] + fraction.padEnd(scale, '0'));
    const sum = m[1] ? before - units : before + units;
    if (units >= LIMIT || sum >= LIMIT || sum <= -LIMIT) return false;
    this.units = sum;
    this.scale = scale;
    return true;
  }
}
