/**
 * A1-style range addresses as Excel writes them (`Sheet1!A1:K11`, `'Visits 2026'!$B$5:$L$15`, `[Book1]Sheet1!A:K`,
 * `3:3`): the sheet and the rectangle they cover, so a cache can be keyed by where a range lives and a change
 * event (which names the changed cells) can be matched against it.
 */

/** Last row and column of a worksheet: whole columns (`A:K`) and whole rows (`3:5`) reach to them. */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

/** A rectangle of one worksheet; rows and columns are 1-based and inclusive. */
export interface SheetArea {
  /** External workbook prefix without brackets (`Book1` of `[Book1]Sheet1!A1`), else ''. */
  book: string;
  /** Sheet name as written (quotes removed, `''` unescaped); '' when the address names no sheet. */
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Column number of column letters (`A` → 1, `AA` → 27). */
function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) - 64);
  return n;
}

/** One end of a reference: a cell (`$B$5`), a column (`B`) or a row (`5`); null parts are absent. */
function endOf(text: string): { column: number | null; row: number | null } | null {
  const m = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/.exec(text);
  if (!m || (!m[1] && !m[2])) return null;
  return { column: m[1] ? columnNumber(m[1].toUpperCase()) : null, row: m[2] ? Number(m[2]) : null };
}

/** The book and sheet of an address's prefix (everything before the last `!`). */
function sheetPart(prefix: string): { book: string; sheet: string } {
  let text = prefix.replace(/^'(.*)'$/, '$1');
  let book = '';
  const bracket = text.lastIndexOf(']'); // external refs: '[Book1]Sheet 1'!A1
  if (bracket >= 0) {
    book = text.slice(text.indexOf('[') + 1, bracket);
    text = text.slice(bracket + 1);
  }
  return { book, sheet: text.replace(/''/g, "'") };
}

/** The sheet name of an address (`'My sheet'!A1:B2` → `My sheet`), or '' when it names none. */
export function addressSheet(address: string): string {
  const bang = address.lastIndexOf('!');
  return bang < 0 ? '' : sheetPart(address.slice(0, bang)).sheet;
}

/**
 * The area of a single-area address, or null when it is not one (empty, several areas, a name, garbage).
 * `Sheet1!A1`, `A1:K11`, `A:K` (whole columns) and `2:5` (whole rows) are understood.
 */
export function parseAddress(address: string): SheetArea | null {
  const bang = address.lastIndexOf('!');
  const { book, sheet } = bang < 0 ? { book: '', sheet: '' } : sheetPart(address.slice(0, bang));
  const ends = address.slice(bang + 1).trim().split(':');
  if (ends.length > 2) return null;
  const a = endOf(ends[0]);
  const b = ends.length === 2 ? endOf(ends[1]) : a;
  if (!a || !b) return null;
  // Both ends must be of one kind: cells (A1:B2), whole columns (A:B) or whole rows (1:2); a lone column or row is not a range.
  if ((a.column === null) !== (b.column === null) || (a.row === null) !== (b.row === null)) return null;
  if (ends.length === 1 && (a.column === null || a.row === null)) return null;
  const rows = a.row === null ? [1, MAX_ROW] : [a.row, b.row!];
  const columns = a.column === null ? [1, MAX_COLUMN] : [a.column, b.column!];
  return {
    book, sheet,
    top: Math.min(rows[0], rows[1]), bottom: Math.max(rows[0], rows[1]),
    left: Math.min(columns[0], columns[1]), right: Math.max(columns[0], columns[1]),
  };
}

/** The areas of an address that may list several (`A1:B2, D4`), each on `sheet` when it names none; null if any is not understood. */
export function parseAreas(address: string, sheet: string): SheetArea[] | null {
  const areas: SheetArea[] = [];
  for (const part of address.split(',')) {
    const area = parseAddress(part.trim());
    if (!area) return null;
    areas.push(area.sheet ? area : { ...area, sheet });
  }
  return areas;
}

/** Whether two sheet names are the same sheet (Excel compares sheet names without regard to case). */
export function sameSheet(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase();
}

/** Whether two areas of the same sheet share at least one cell. */
export function overlaps(a: SheetArea, b: SheetArea): boolean {
  return sameSheet(a.sheet, b.sheet) && a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** A canonical text of an area: the same range written with or without `$`, quotes or letter case gives one key. */
export function areaKey(area: SheetArea): string {
  return `[${area.book.toUpperCase()}]${area.sheet.toUpperCase()}!R${area.top}C${area.left}:R${area.bottom}C${area.right}`;
}
