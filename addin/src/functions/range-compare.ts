/**
 * Comparing a fresh copy of a range with the copy a cached evaluation was built from. Excel passes plain values
 * (strings, numbers, booleans, null), so cell-for-cell strict equality is exact, and several times cheaper than
 * hashing every character: it stops at the first difference and compares equal strings by length and memory.
 */

type Range = readonly (readonly unknown[])[];

/** Rows of the moving part of a sample. */
const SAMPLE_ROWS = 8;

/** Whether two cell values are the same (dates, which only tests pass, by their time). */
function sameCell(a: unknown, b: unknown): boolean {
  return a === b || (a instanceof Date && b instanceof Date && a.getTime() === b.getTime());
}

/** Whether row `r` of `fresh` is an array equal to row `r` of `stored`. */
function sameRow(stored: Range, fresh: readonly unknown[], r: number): boolean {
  const x = stored[r];
  const y = fresh[r];
  if (!Array.isArray(y) || y.length !== x.length) return false;
  for (let c = 0; c < x.length; c++) if (x[c] !== y[c] && !sameCell(x[c], y[c])) return false;
  return true;
}

/** Whether `fresh` is a range with exactly the values of `stored`. */
export function sameRange(stored: Range, fresh: unknown): boolean {
  if (!Array.isArray(fresh) || fresh.length !== stored.length) return false;
  for (let r = 0; r < stored.length; r++) if (!sameRow(stored, fresh, r)) return false;
  return true;
}

/**
 * A cheap check that `fresh` still looks like `stored`: the same number of rows, the header, the last row and a
 * few rows spread over the range, shifted by `turn` so that successive calls look at different rows (every row
 * is looked at within `rows / 8` calls). It catches rows added or removed, a new header and many edits; it
 * cannot prove the rest unchanged, which is what the full comparison is for.
 */
export function sampleSame(stored: Range, fresh: unknown, turn: number): boolean {
  if (!Array.isArray(fresh) || fresh.length !== stored.length) return false;
  const n = stored.length;
  if (n === 0) return true;
  if (!sameRow(stored, fresh, 0) || !sameRow(stored, fresh, n - 1)) return false;
  const stride = Math.max(1, Math.floor(n / SAMPLE_ROWS));
  for (let k = 0; k < SAMPLE_ROWS; k++) if (!sameRow(stored, fresh, (k * stride + turn) % n)) return false;
  return true;
}
