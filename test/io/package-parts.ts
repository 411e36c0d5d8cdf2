/**
 * Small .xlsx packages written part by part, for reader tests that need XML no library writes on request: cut-off
 * sheets, cells without references, prefixes, odd part locations, cached formula results of every kind.
 */
import { writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** One sheet: its tab name, its part (relative to xl/ unless absolute) and its sheetData rows. */
export interface SheetSpec {
  name: string;
  rows: string;
  part?: string;
  /** XML after </sheetData> (mergeCells). */
  tail?: string;
}

/** What the package holds. */
export interface PackageSpec {
  sheets: SheetSpec[];
  /** Shared string items (the XML inside each <si>). */
  strings?: string[];
  /** Where the shared strings part is, relative to xl/ (default sharedStrings.xml). */
  stringsPart?: string;
  /** The workbookPr element's attributes, e.g. 'date1904="true"'. */
  workbookPr?: string;
  /** cellXfs numFmtIds in order; custom formats as [id, code]. */
  styles?: { xfs: number[]; formats?: [number, string][] };
  /** Cut the first sheet's XML after this many characters (a writer that died mid-way). */
  cutSheetAt?: number;
  /** Zip part order (default: workbook first); the reader must not care. */
  reverseZipOrder?: boolean;
}

/** Write the package to `path`. */
export function writePackage(path: string, spec: PackageSpec): void {
  const parts: Record<string, string> = {};
  const rels: string[] = [];
  spec.sheets.forEach((s, i) => {
    const part = s.part ?? `worksheets/sheet${i + 1}.xml`;
    rels.push(`<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${part}"/>`);
    let xml = `<worksheet xmlns="${MAIN}"><sheetData>${s.rows}</sheetData>${s.tail ?? ''}</worksheet>`;
    if (i === 0 && spec.cutSheetAt !== undefined) xml = xml.slice(0, spec.cutSheetAt);
    parts[part.startsWith('/') ? part.slice(1) : `xl/${part}`] = xml;
  });
  if (spec.strings) {
    const part = spec.stringsPart ?? 'sharedStrings.xml';
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="${part}"/>`);
    parts[part.startsWith('/') ? part.slice(1) : `xl/${part}`] = `<sst xmlns="${MAIN}">${spec.strings.map((s) => `<si>${s}</si>`).join('')}</sst>`;
  }
  if (spec.styles) {
    rels.push(`<Relationship Id="rIdY" Type="${REL}/styles" Target="styles.xml"/>`);
    const formats = (spec.styles.formats ?? []).map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code}"/>`).join('');
    parts['xl/styles.xml'] = `<styleSheet xmlns="${MAIN}"><numFmts>${formats}</numFmts><cellStyleXfs><xf numFmtId="0"/></cellStyleXfs>`
      + `<cellXfs>${spec.styles.xfs.map((id) => `<xf numFmtId="${id}"/>`).join('')}</cellXfs></styleSheet>`;
  }
  parts['xl/workbook.xml'] = `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr ${spec.workbookPr ?? ''}/><sheets>`
    + spec.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') + '</sheets></workbook>';
  parts['xl/_rels/workbook.xml.rels'] = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
  parts['_rels/.rels'] = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  parts['[Content_Types].xml'] = '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
  const names = Object.keys(parts);
  if (spec.reverseZipOrder) names.reverse();
  writeFileSync(path, zipSync(Object.fromEntries(names.map((n) => [n, strToU8(parts[n])]))));
}

/** A row of inline-string cells (`r` given), for headers and simple data. */
export function textRow(r: number, texts: readonly (string | null)[]): string {
  const cells = texts.map((t, i) => (t === null ? '' : `<c r="${String.fromCharCode(65 + i)}${r}" t="inlineStr"><is><t>${t}</t></is></c>`));
  return `<row r="${r}">${cells.join('')}</row>`;
}
