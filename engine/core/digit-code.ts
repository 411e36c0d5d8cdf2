/**
 * Digit strings as whole numbers that keep their text order: each digit becomes 1–10 and the string is padded to
 * MAX_DIGITS places with 0, so a prefix sorts before its extensions and leading zeros stay distinct (`0138` is not
 * `138`). 11^15 < 2^53, so every code is an exact double. Phone numbers, the usual Customer Keys and phone cells,
 * are compared, sorted and looked up by these codes instead of by hashing text.
 */

/** Digit strings up to this length have a code. */
export const MAX_DIGITS = 15;

/** 11^k: the padding of a string k places short of MAX_DIGITS. */
const PAD = Array.from({ length: MAX_DIGITS + 1 }, (_, k) => 11 ** k);

/** The code of a string of 1 to MAX_DIGITS ASCII digits; NaN for any other string. */
export function digitCode(text: string): number {
  if (text.length === 0 || text.length > MAX_DIGITS) return NaN;
  let code = 0;
  for (let k = 0; k < text.length; k++) {
    const unit = text.charCodeAt(k) - 47; // '0' → 1 … '9' → 10
    if (unit < 1 || unit > 10) return NaN;
    code = code * 11 + unit;
  }
  return code * PAD[MAX_DIGITS - text.length];
}

/** The digit at place `k` (0 first) of a coded string, or -1 past its end. */
function digitAt(code: number, k: number): number {
  // Whole numbers below 2^53 divide exactly enough: floor(a / b) in doubles is the true quotient.
  return (Math.floor(code / PAD[MAX_DIGITS - 1 - k]) % 11) - 1;
}

/** Whether a coded string has exactly `length` digits. */
export function hasLength(code: number, length: number): boolean {
  return length >= 1 && length <= MAX_DIGITS && digitAt(code, length - 1) >= 0 && (length === MAX_DIGITS || digitAt(code, length) < 0);
}

/**
 * Places `from`..`to` (exclusive) of a coded string as one base-11 number (each digit as 1–10, as in the code):
 * two divisions, where reading the digits one by one would take one per digit.
 */
export function unitsValue(code: number, from: number, to: number): number {
  return Math.floor(code / PAD[MAX_DIGITS - to]) % PAD[to - from];
}
