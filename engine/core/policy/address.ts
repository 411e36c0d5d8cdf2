/** Spreadsheet addresses for messages that point at the cell to fix. */

/** Spreadsheet address (`B5`) of a 0-based column and a spreadsheet row number. */
export function cellAddress(col: number, row: number): string {
  let s = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return `${s}${row}`;
}
