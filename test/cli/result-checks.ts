/**
 * Checks that any result, from any input, can be opened safely: every XML part of the workbook well-formed (parsed
 * strictly, and holding only characters XML 1.0 allows), no cell longer than Excel's 32,767 characters, and no
 * CSV or workbook text cell that a spreadsheet would take for a formula.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { readCsv } from './helpers';

// eslint-disable-next-line no-control-regex
const XML_INVALID_CHAR = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

/** A character reference (`&#1;`, `&#xFFFE;`) to a character XML 1.0 does not allow, or undefined. */
function invalidReference(text: string): string | undefined {
  for (const m of text.matchAll(/&#(x[0-9a-f]+|[0-9]+);/gi)) {
    const code = m[1][0].toLowerCase() === 'x' ? parseInt(m[1].slice(1), 16) : Number(m[1]);
    const ok = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff)
      || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!ok) return m[0];
  }
  return undefined;
}
/** UTF-8 bytes of a surrogate code point (never valid in UTF-8, so never in XML). */
const SURROGATE_BYTES = /\xED[\xA0-\xBF]/;
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** Whether a cell text would be taken for a formula by a spreadsheet (plain numbers are numbers). */
export function formulaLike(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);
}

/** Every XML part of a workbook, parsed strictly. Returns the number of parts checked. */
export async function assertWellFormedParts(path: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  let parts = 0;
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(name) || zip.files[name].dir) continue;
    const bytes = await zip.files[name].async('nodebuffer');
    assert.equal(SURROGATE_BYTES.test(bytes.toString('latin1')), false, `${path} ${name}: an encoded surrogate`);
    const text = bytes.toString('utf8');
    const valid = XMLValidator.validate(text);
    assert.equal(valid, true, `${path} ${name}: ${JSON.stringify(valid)}`);
    assert.equal(XML_INVALID_CHAR.exec(text)?.[0], undefined, `${path} ${name}: a character XML cannot carry`);
    assert.equal(invalidReference(text), undefined, `${path} ${name}: a reference to a character XML cannot carry`);
    parts++;
  }
  return parts;
}

/** The text of every `<v>` and `<t>` of the workbook's sheets (cell values as written). */
export async function sheetTexts(path: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const texts: string[] = [];
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/.test(n))) {
    const xml = await zip.files[name].async('string');
    for (const m of xml.matchAll(/<c [^>]*t="(?:str|s|inlineStr)"[^>]*>(?:<is>)?<[vt][^>]*>([^<]*)<\/[vt]>/g)) texts.push(unescapeXml(m[1]));
  }
  return texts;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!);
}

/** Every cell of every CSV in a result folder: none over 32,767 characters, none formula-like. Returns the cells. */
export function assertSafeCsvFolder(dir: string): number {
  let cells = 0;
  for (const name of readdirSync(dir)) {
    for (const row of readCsv(join(dir, name))) {
      for (const cell of row) {
        cells++;
        assert.ok(cell.length <= 32_767, `${name}: a cell of ${cell.length} characters`);
        assert.equal(formulaLike(cell), false, `${name}: formula-like cell ${JSON.stringify(cell.slice(0, 40))}`);
      }
    }
  }
  return cells;
}

/** Every text cell of a workbook: none over 32,767 characters, none formula-like. */
export async function assertSafeWorkbookCells(path: string): Promise<void> {
  for (const text of await sheetTexts(path)) {
    assert.ok(text.length <= 32_767, `${path}: a cell of ${text.length} characters`);
    assert.equal(formulaLike(text), false, `${path}: formula-like cell ${JSON.stringify(text.slice(0, 40))}`);
  }
}
