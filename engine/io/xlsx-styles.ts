/**
 * Which cell styles show a number as a date or time. An .xlsx stores a date as a plain serial number; only the
 * cell's number format (styles.xml: cellXfs → numFmtId → built-in id or numFmts formatCode) says it is a date.
 */
import { parseXml } from './xml-events';

/**
 * Built-in number formats that are dates or times: 14–22 and 45–47 everywhere, 27–36 and 50–58 in the East Asian
 * locales (yyyy"年"m"月"d"日" and the like, what Chinese Excel writes without a numFmts entry).
 */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47,
  50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * Whether a format code shows a date or time: a d, m, y, h or s outside quoted text, escapes and bracketed
 * colour/locale codes (elapsed-time brackets [h] [mm] [ss] count). Only the first section decides, as in Excel.
 */
export function isDateFormat(code: string): boolean {
  const first = code.split(';')[0];
  const stripped = first
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_.|\*./g, '')
    .replace(/\[(?![hms]+\])[^\]]*\]/gi, '');
  if (/general/i.test(stripped)) return false;
  return /[dmyhs]/i.test(stripped.replace(/\[[hms]+\]/gi, 'h'));
}

/** Per style index (a cell's `s`), whether the style formats numbers as dates. */
export function dateStyles(stylesXml: string | null): boolean[] {
  if (!stylesXml) return [];
  const custom = new Map<number, boolean>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  parseXml(stylesXml, {
    open(local, a) {
      if (local === 'numFmt') custom.set(Number(a.numFmtId), isDateFormat(a.formatCode ?? ''));
      else if (local === 'cellXfs') inCellXfs = true;
      else if (local === 'xf' && inCellXfs) {
        const id = Number(a.numFmtId ?? 0);
        styles.push(custom.get(id) ?? BUILTIN_DATE_IDS.has(id));
      }
    },
    close(local) {
      if (local === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}
