/**
 * Builds the SPEC §9 register as saved by other programs (see README.md beside this file):
 *
 *   npx tsx test/io/writers/build.ts
 *
 * exceljs, SheetJS and LibreOffice files come from the programs themselves; the openpyxl, XlsxWriter and ClosedXML
 * files reproduce, part by part, the XML those libraries write (learnt from their files in shared/corpus), since
 * no Python or .NET package can be installed here.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import * as XLSX from '@e965/xlsx';
import { SPEC_HEADER, SPEC_ROWS, addSpecRegister, csvText } from '../../cli/helpers';

const HERE = __dirname;
const DATE_COLUMN = 0;
const MONEY_COLUMNS = new Set([9, 10]);
/** Columns whose text is written as rich text (李 plain + 娜 bold) where the writer supports it. */
const RICH_NAME = '李娜';

/** 1900-system serial of an ISO date. */
function serial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function column(i: number): string {
  return String.fromCharCode(65 + i);
}

/** How one hand-made writer spells its parts. */
interface Shape {
  /** Element prefix ('' or 'x:'). */
  p: string;
  /** Strings: shared (sst) or inline. */
  strings: 'shared' | 'inline';
  /** Dates: serial numbers in a date style, or ISO text (t="d"). */
  dates: 'serial' | 'iso';
  /** Relationship targets from the workbook: relative (worksheets/sheet1.xml) or absolute (/xl/...). */
  targets: 'relative' | 'absolute';
  /** Write 李娜 as two runs, the second bold. */
  rich: boolean;
  /** Give 张伟 a phonetic guide (<rPh>), as Excel does for East Asian text typed with an IME. */
  phonetic: boolean;
  /** Leave out the r attribute of cells (allowed by the schema; some streaming writers do). */
  noCellRefs: boolean;
  xmlDecl: string;
}

const RUN_BOLD = '<rPr><b/><sz val="11"/><color theme="1"/><rFont val="Calibri"/><family val="2"/><scheme val="minor"/></rPr>';

/** The string item XML (inside <si> or <is>) of a text in a shape. */
function stringItem(text: string, shape: Shape): string {
  const p = shape.p;
  if (shape.rich && text === RICH_NAME) {
    return `<${p}r><${p}t>李</${p}t></${p}r><${p}r>${RUN_BOLD.replace(/<(\/?)(\w)/g, `<$1${p}$2`)}<${p}t>娜</${p}t></${p}r>`;
  }
  const phonetic = shape.phonetic && text === '张伟'
    ? `<${p}rPh sb="0" eb="2"><${p}t>ジャン・ウェイ</${p}t></${p}rPh><${p}phoneticPr fontId="1"/>` : '';
  return `<${p}t>${escapeXml(text)}</${p}t>${phonetic}`;
}

/** The parts of a workbook holding the §9 register in a shape. */
function handMadeParts(shape: Shape): Record<string, string> {
  const { p } = shape;
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rootNs = p ? `xmlns:x="${ns}"` : `xmlns="${ns}"`;
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const cell = (value: string, r: number, c: number): string => {
    const ref = shape.noCellRefs ? '' : ` r="${column(c)}${r}"`;
    if (c === DATE_COLUMN && r > 1) {
      return shape.dates === 'iso'
        ? `<${p}c${ref} s="1" t="d"><${p}v>${value}T00:00:00</${p}v></${p}c>`
        : `<${p}c${ref} s="1"><${p}v>${serial(value)}</${p}v></${p}c>`;
    }
    if (MONEY_COLUMNS.has(c) && r > 1) return `<${p}c${ref} s="2"><${p}v>${Number(value)}</${p}v></${p}c>`;
    if (shape.strings === 'inline') return `<${p}c${ref} t="inlineStr"><${p}is>${stringItem(value, shape)}</${p}is></${p}c>`;
    let k = stringIndex.get(value);
    if (k === undefined) {
      k = strings.length;
      strings.push(value);
      stringIndex.set(value, k);
    }
    return `<${p}c${ref} t="s"><${p}v>${k}</${p}v></${p}c>`;
  };
  const rows = [SPEC_HEADER, ...SPEC_ROWS].map((cells, i) => {
    const r = i + 1;
    // Without references a cell's place is its position, so empty cells must be written (as <c/>).
    const body = cells.map((v, c) => (v !== null ? cell(v, r, c) : shape.noCellRefs ? `<${p}c/>` : '')).join('');
    return `<${p}row r="${r}">${body}</${p}row>`;
  }).join('');
  const sheet = `${shape.xmlDecl}<${p}worksheet ${rootNs} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`
    + `<${p}dimension ref="A1:K11"/><${p}sheetViews><${p}sheetView workbookViewId="0"/></${p}sheetViews>`
    + `<${p}sheetFormatPr defaultRowHeight="15"/><${p}sheetData>${rows}</${p}sheetData>`
    + `<${p}pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/></${p}worksheet>`;
  const dateFormat = shape.dates === 'iso' ? 'yyyy-mm-dd h:mm:ss' : 'yyyy-mm-dd';
  const styles = `${shape.xmlDecl}<${p}styleSheet ${rootNs}><${p}numFmts count="1"><${p}numFmt numFmtId="164" formatCode="${dateFormat}"/></${p}numFmts>`
    + `<${p}fonts count="2"><${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font><${p}font><${p}sz val="9"/><${p}name val="MS PGothic"/></${p}font></${p}fonts>`
    + `<${p}fills count="2"><${p}fill><${p}patternFill/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills>`
    + `<${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders>`
    + `<${p}cellStyleXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></${p}cellStyleXfs>`
    + `<${p}cellXfs count="3"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><${p}xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`
    + `<${p}xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></${p}cellXfs>`
    + `<${p}cellStyles count="1"><${p}cellStyle name="Normal" xfId="0" builtinId="0"/></${p}cellStyles></${p}styleSheet>`;
  const workbook = `${shape.xmlDecl}<${p}workbook ${rootNs} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`
    + `<${p}workbookPr/><${p}bookViews><${p}workbookView activeTab="0"/></${p}bookViews>`
    + `<${p}sheets><${p}sheet name="登记" sheetId="1" r:id="rId1"/></${p}sheets><${p}calcPr calcId="124519" fullCalcOnLoad="1"/></${p}workbook>`;
  const target = (part: string): string => (shape.targets === 'absolute' ? `/xl/${part}` : part);
  const rel = (id: string, type: string, part: string): string =>
    `<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target(part)}" Id="${id}"/>`;
  const parts: Record<string, string> = {
    '[Content_Types].xml': `${shape.xmlDecl}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
      + (shape.strings === 'shared' ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : '')
      + '</Types>',
    '_rels/.rels': `${shape.xmlDecl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
      + `<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${shape.targets === 'absolute' ? '/' : ''}xl/workbook.xml" Id="rId1"/></Relationships>`,
    'xl/workbook.xml': workbook,
    'xl/_rels/workbook.xml.rels': `${shape.xmlDecl}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
      + rel('rId1', 'worksheet', 'worksheets/sheet1.xml') + rel('rId2', 'styles', 'styles.xml')
      + (shape.strings === 'shared' ? rel('rId3', 'sharedStrings', 'sharedStrings.xml') : '') + '</Relationships>',
    'xl/styles.xml': styles,
    'xl/worksheets/sheet1.xml': sheet,
  };
  if (shape.strings === 'shared') {
    parts['xl/sharedStrings.xml'] = `${shape.xmlDecl}<${p}sst ${rootNs} count="${strings.length}" uniqueCount="${strings.length}">`
      + strings.map((s) => `<${p}si>${stringItem(s, shape)}</${p}si>`).join('') + `</${p}sst>`;
  }
  return parts;
}

/** Zip parts in the order given (writers differ; the reader must not care). */
function writeZip(path: string, parts: Record<string, string>, order?: string[]): void {
  const names = order ?? Object.keys(parts);
  const files: Record<string, Uint8Array> = {};
  for (const n of names) files[n] = strToU8(parts[n]);
  writeFileSync(path, zipSync(files, { level: 6, mtime: new Date('2026-03-31T00:00:00Z') }));
}

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

async function main(): Promise<void> {
  process.env.TZ = 'UTC';
  // exceljs: shared strings, date cells in a date style, numbers.
  const wb = new ExcelJS.Workbook();
  addSpecRegister(wb.addWorksheet('登记'));
  await wb.xlsx.writeFile(join(HERE, 'exceljs.xlsx'));

  // SheetJS CE: dates as serials with a date format, shared strings off (SheetJS's default).
  const aoa = [SPEC_HEADER, ...SPEC_ROWS.map((r) => [new Date(`${r[0]}T00:00:00Z`), ...r.slice(1, 9), r[9] === null ? null : Number(r[9]), r[10] === null ? null : Number(r[10])])];
  const sheet = XLSX.utils.aoa_to_sheet(aoa, { dateNF: 'yyyy-mm-dd' });
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, '登记');
  XLSX.writeFile(book, join(HERE, 'sheetjs.xlsx'));

  // LibreOffice: the CSV opened and saved as .xlsx; and a flat ODS whose null date is 1904-01-01 saved as .xlsx.
  const work = mkdtempSync(join(tmpdir(), 'writers-'));
  const csv = join(work, 'register.csv');
  writeFileSync(csv, csvText([SPEC_HEADER, ...SPEC_ROWS]));
  const soffice = (input: string, filter: string[]): void => {
    execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', ...filter, '--convert-to', 'xlsx', '--outdir', work, input], { stdio: 'pipe', timeout: 240_000 });
  };
  soffice(csv, ['--infilter=CSV:44,34,76,1']);
  renameSync(join(work, 'register.xlsx'), join(HERE, 'libreoffice.xlsx'));
  writeFileSync(join(work, 'register1904.fods'), fods1904());
  soffice(join(work, 'register1904.fods'), []);
  renameSync(join(work, 'register1904.xlsx'), join(HERE, 'libreoffice-1904.xlsx'));

  // openpyxl (3.1, the shape of calamine's date_iso.xlsx): inline strings, absolute worksheet targets; dates as
  // serials in a yyyy-mm-dd style, or with iso_dates as t="d" ISO text.
  const openpyxl: Omit<Shape, 'dates'> = { p: '', strings: 'inline', targets: 'absolute', rich: false, phonetic: false, noCellRefs: false, xmlDecl: '' };
  writeZip(join(HERE, 'openpyxl.xlsx'), handMadeParts({ ...openpyxl, dates: 'serial' }));
  writeZip(join(HERE, 'openpyxl-iso-dates.xlsx'), handMadeParts({ ...openpyxl, dates: 'iso' }));
  // XlsxWriter: shared strings (rich text in the table); constant_memory: inline strings with rich runs.
  const xlsxwriter: Shape = { p: '', strings: 'shared', dates: 'serial', targets: 'relative', rich: true, phonetic: false, noCellRefs: false, xmlDecl: DECL };
  writeZip(join(HERE, 'xlsxwriter.xlsx'), handMadeParts(xlsxwriter));
  writeZip(join(HERE, 'xlsxwriter-constant-memory.xlsx'), handMadeParts({ ...xlsxwriter, strings: 'inline' }));
  // ClosedXML / Open XML SDK: every SpreadsheetML element x:-prefixed, absolute targets, shared strings placed
  // after the sheet in the zip; with a phonetic guide and cells without r attributes.
  const closedxml = handMadeParts({ p: 'x:', strings: 'shared', dates: 'serial', targets: 'absolute', rich: false, phonetic: true, noCellRefs: true, xmlDecl: '<?xml version="1.0" encoding="utf-8"?>' });
  writeZip(join(HERE, 'closedxml-x-prefix.xlsx'), closedxml, ['xl/workbook.xml', '_rels/.rels', 'xl/worksheets/sheet1.xml', 'xl/_rels/workbook.xml.rels',
    'xl/styles.xml', '[Content_Types].xml', 'xl/sharedStrings.xml']);
  console.log(`written to ${HERE}`);
}

/** The register as a flat ODS document in the 1904 date system (LibreOffice's "Tools > Options > Calculate"). */
function fods1904(): string {
  const cell = (v: string | null, c: number): string => {
    if (v === null) return '<table:table-cell/>';
    if (c === DATE_COLUMN && /^\d{4}-/.test(v)) return `<table:table-cell table:style-name="date" office:value-type="date" office:date-value="${v}"><text:p>${v}</text:p></table:table-cell>`;
    if (MONEY_COLUMNS.has(c) && /^\d/.test(v)) return `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
    return `<table:table-cell office:value-type="string"><text:p>${escapeXml(v)}</text:p></table:table-cell>`;
  };
  const rows = [SPEC_HEADER, ...SPEC_ROWS].map((r) => `<table:table-row>${r.map(cell).join('')}</table:table-row>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles><number:date-style style:name="iso"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/></number:date-style>
<style:style style:name="date" style:family="table-cell" style:data-style-name="iso"/></office:automatic-styles>
<office:body><office:spreadsheet><table:calculation-settings><table:null-date table:date-value="1904-01-01"/></table:calculation-settings>
<table:table table:name="登记">${rows}</table:table></office:spreadsheet></office:body></office:document>`;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

