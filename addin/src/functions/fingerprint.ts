/**
 * Content fingerprints of ranges. Excel hands every call its own copy of a range, so "same range" can only be
 * recognised by content. Two independent 32-bit FNV-1a style hashes over every cell's type and value (plus the
 * shape) make an accidental collision between two different registers practically impossible, at a cost of one
 * pass over the cells — far cheaper than re-evaluating the register.
 */

/** Hash state: two 32-bit lanes with different seeds and multipliers. */
class Hasher {
  a = 0x811c9dc5;
  b = 0x01000193 ^ 0x5bd1e995;

  byte(x: number): void {
    this.a = Math.imul(this.a ^ x, 0x01000193);
    this.b = Math.imul(this.b ^ x, 0x5bd1e995);
  }

  text(s: string): void {
    this.byte(s.length & 0xffff);
    for (let i = 0; i < s.length; i++) this.byte(s.charCodeAt(i));
  }

  number(n: number): void {
    // Integers (serial dates, phones typed as numbers) hash by value; others through their shortest text.
    if (Number.isInteger(n) && Math.abs(n) < 2 ** 31) {
      this.byte(n & 0xffff);
      this.byte(n >>> 16);
    } else {
      this.text(String(n));
    }
  }

  digest(): string {
    return (this.a >>> 0).toString(36) + '.' + (this.b >>> 0).toString(36);
  }
}

/** Type tags so that 1, "1" and true hash differently. */
const TAG = { empty: 1, number: 2, string: 3, boolean: 4, date: 5, other: 6, row: 7 } as const;

/** Fingerprint of a 2D range (any cell values) together with extra key parts (policy, as-of, first row...). */
export function fingerprint(table: readonly (readonly unknown[])[], ...extra: readonly (string | number)[]): string {
  const h = new Hasher();
  h.number(table.length);
  for (const row of table) {
    h.byte(TAG.row);
    h.number(row.length);
    for (const cell of row) {
      switch (typeof cell) {
        case 'number': h.byte(TAG.number); h.number(cell); break;
        case 'string': h.byte(TAG.string); h.text(cell); break;
        case 'boolean': h.byte(TAG.boolean); h.byte(cell ? 1 : 0); break;
        default:
          if (cell === null || cell === undefined) h.byte(TAG.empty);
          else if (cell instanceof Date) { h.byte(TAG.date); h.text(String(cell.getTime())); }
          else { h.byte(TAG.other); h.text(String(cell)); }
      }
    }
  }
  for (const part of extra) h.text(String(part));
  return `${table.length}x${table[0]?.length ?? 0}:${h.digest()}`;
}
