/**
 * Merged cell ranges of a sheet (`<mergeCell ref="A1:C1"/>`). Only a merge's first cell holds the value; the
 * others read as empty, so a merge across the header row would lose column names without a word.
 */
import { columnOfRef } from './xlsx-sheet';

/** Row number of a cell reference (`AB12` → 12), or NaN. */
function rowOfRef(ref: string): number {
  return Number(/\d+$/.exec(ref)?.[0] ?? NaN);
}

/** The ranges among `merged` that cover more than one cell and include a cell of spreadsheet row `row`. */
export function mergedOverRow(merged: readonly string[], row: number): string[] {
  return merged.filter((ref) => {
    const [from, to = from] = ref.split(':');
    const r1 = rowOfRef(from);
    const r2 = rowOfRef(to);
    const single = r1 === r2 && columnOfRef(from) === columnOfRef(to);
    return !single && Math.min(r1, r2) <= row && row <= Math.max(r1, r2);
  });
}
