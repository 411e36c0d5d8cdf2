/**
 * Content fingerprints of ranges. Excel hands every call its own copy of a range, so "same range" can only be
 * recognised by content. Two independent 32-bit FNV-1a style lanes over every cell's type and value (plus the
 * shape) make an accidental collision between two different registers practically impossible, at a cost of one
 * pass over the cells — far cheaper than re-evaluating the register.
 *
 * The hash state lives in local int32 variables (not object fields or closure variables) so V8 keeps it unboxed:
 * a stored value above 2^30 becomes a heap number and every update would allocate.
 */

/** Type tags so that 1, "1" and true hash differently. */
const TAG_EMPTY = 1, TAG_NUMBER = 2, TAG_STRING = 3, TAG_TRUE = 4, TAG_FALSE = 5, TAG_OTHER = 6, TAG_ROW = 7;
const PRIME_A = 0x01000193, PRIME_B = 0x5bd1e995;

/** The text a cell hashes by (numbers that are not safe integers, strings, other values); null when none. */
function cellKey(cell: unknown): string | null {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isSafeInteger(cell) ? null : String(cell);
  if (cell === null || cell === undefined || typeof cell === 'boolean') return null;
  return cell instanceof Date ? String(cell.getTime()) : String(cell);
}

/** Tag of a cell's type. */
function tagOf(cell: unknown): number {
  switch (typeof cell) {
    case 'number': return TAG_NUMBER;
    case 'string': return TAG_STRING;
    case 'boolean': return cell ? TAG_TRUE : TAG_FALSE;
    default: return cell === null || cell === undefined ? TAG_EMPTY : TAG_OTHER;
  }
}

/** Fingerprint of a 2D range (any cell values) together with extra key parts (policy, as-of, first row...). */
export function fingerprint(table: readonly (readonly unknown[])[], ...extra: readonly (string | number)[]): string {
  // The mixing is written out inline (no helper closure) so both lanes stay in registers.
  let a = 0x811c9dc5 | 0;
  let b = 0x5bd1e995 | 0;
  const cells: unknown[] = [table.length, ...extra.map(String)];
  for (let pass = 0; pass < 2; pass++) {
    const rows: readonly (readonly unknown[])[] = pass === 0 ? table : [cells];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      a = Math.imul(a ^ TAG_ROW, PRIME_A); b = Math.imul(b ^ TAG_ROW, PRIME_B);
      a = Math.imul(a ^ row.length, PRIME_A); b = Math.imul(b ^ row.length, PRIME_B);
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        const tag = tagOf(cell);
        a = Math.imul(a ^ tag, PRIME_A); b = Math.imul(b ^ tag, PRIME_B);
        const key = cellKey(cell);
        if (key === null) {
          // Safe integers (serial dates, phones typed as numbers) hash by value, low and high words.
          const n = typeof cell === 'number' ? cell : 0;
          const lo = n | 0, hi = (n / 4294967296) | 0;
          a = Math.imul(a ^ lo, PRIME_A); b = Math.imul(b ^ lo, PRIME_B);
          a = Math.imul(a ^ hi, PRIME_A); b = Math.imul(b ^ hi, PRIME_B);
        } else {
          for (let i = 0; i < key.length; i++) {
            const ch = key.charCodeAt(i);
            a = Math.imul(a ^ ch, PRIME_A); b = Math.imul(b ^ ch, PRIME_B);
          }
          a = Math.imul(a ^ key.length, PRIME_A); b = Math.imul(b ^ key.length, PRIME_B);
        }
      }
      b ^= b >>> 15;
    }
  }
  return `${table.length}x${table[0]?.length ?? 0}:${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}
