/**
 * Every text a result file carries made safe to open, whatever the register held:
 * - characters XML 1.0 cannot carry (control characters, U+FFFE/U+FFFF, unpaired surrogates) would make a sheet or
 *   chart part not well-formed, and Excel refuses the whole workbook: each becomes U+FFFD (�), visibly;
 * - Excel holds at most 32,767 characters in a cell: a longer text is cut, with a marker saying how long it was;
 * - a text starting with = + - @ tab or carriage return is a formula to a spreadsheet that opens the CSV (or a
 *   workbook saved again as CSV): it gets a leading apostrophe, as OWASP ASVS 1.2.10 asks, so that it stays text.
 *   Plain numbers (`-1200.00`) are left alone.
 */
import type { Lang } from '../core/messages/message';

/** The most characters one cell holds (Excel's limit). */
export const CELL_LIMIT = 32_767;

// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const XML_INVALID_ALL = new RegExp(XML_INVALID.source, 'g');
const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Text with every character XML 1.0 cannot carry replaced by U+FFFD. */
export function xmlChars(text: string): string {
  return XML_INVALID.test(text) ? text.replace(XML_INVALID_ALL, '\uFFFD') : text;
}

/** Whether a text would start a formula in a spreadsheet (= + - @ tab CR), not counting plain numbers. */
export function isFormulaLike(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13) && !PLAIN_NUMBER.test(text);
}

function cutMarker(length: number, lang: Lang): string {
  return lang === 'zh' ? `…[已截断，原文 ${length} 个字符]` : `…[cut: ${length} characters in all]`;
}

/** A text cut to CELL_LIMIT characters, ending with a marker that gives the original length. */
export function cutToCell(text: string, lang: Lang): string {
  if (text.length <= CELL_LIMIT) return text;
  const marker = cutMarker(text.length, lang);
  let end = CELL_LIMIT - marker.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--; // never split a surrogate pair
  return text.slice(0, end) + marker;
}

/** One cell's text made safe for every result file (see the module comment). */
export function safeCell(text: string, lang: Lang): string {
  if (text === '') return text;
  let t = xmlChars(text);
  if (isFormulaLike(t)) t = `'${t}`;
  return cutToCell(t, lang);
}

/** A row's cells made safe; the same array when nothing had to change (the common case, kept cheap). */
export function safeCells(cells: string[], lang: Lang): string[] {
  let out = cells;
  for (let i = 0; i < cells.length; i++) {
    const t = cells[i];
    if (!t) continue;
    const safe = safeCell(t, lang);
    if (safe !== t) {
      if (out === cells) out = cells.slice();
      out[i] = safe;
    }
  }
  return out;
}
