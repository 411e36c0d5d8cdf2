/**
 * The structure of an .xlsx package as Excel resolves it: the workbook part named by the package relationships,
 * its sheets in tab order (workbook.xml), each sheet's part through the workbook's relationships (relative or
 * absolute targets), the shared strings and styles parts by relationship type (falling back to a part of that
 * name anywhere in the zip), and the date system in any of the spellings writers use.
 */
import { parseXml, prefixedAttribute } from './xml-events';
import { partKey, type ZipArchive } from './zip-archive';

/** One tab of the workbook. */
export interface SheetEntry {
  name: string;
  /** Zip part of the sheet, or null when its relationship is missing. */
  part: string | null;
  /** 'visible', 'hidden' or 'veryHidden'. */
  state: string;
  /** A chartsheet or dialogsheet: a tab without cells. */
  cellless: boolean;
}

/** What the reader needs before reading any sheet. */
export interface WorkbookLayout {
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStrings: string | null;
  styles: string | null;
}

interface Relationship {
  type: string;
  target: string;
}

/** The directory of a part (`xl/workbook.xml` → `xl/`). */
function directoryOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash + 1);
}

/** A relationship target resolved against the directory of its source part (`/xl/a.xml` is absolute). */
export function resolveTarget(sourcePart: string, target: string): string {
  const path = target.replace(/\\/g, '/');
  const joined = path.startsWith('/') ? path : directoryOf(sourcePart) + path;
  const out: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') out.pop(); else out.push(segment);
  }
  return partKey(decodeURIComponent(out.join('/')));
}

/** The relationships part of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
function relationshipsPart(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The relationships of `part` by id (external targets left out). */
async function relationshipsOf(zip: ZipArchive, part: string): Promise<Map<string, Relationship>> {
  const rels = new Map<string, Relationship>();
  const text = await zip.text(relationshipsPart(part));
  if (text === null) return rels;
  parseXml(text, {
    open(local, a) {
      if (local !== 'Relationship' || a.TargetMode === 'External' || !a.Id || !a.Target) return;
      rels.set(a.Id, { type: a.Type ?? '', target: resolveTarget(part, a.Target) });
    },
  });
  return rels;
}

/** An xsd:boolean as writers spell it: 1, true, True, TRUE, on. */
export function xmlTrue(value: string | undefined): boolean {
  const v = (value ?? '').trim().toLowerCase();
  return v === '1' || v === 'true' || v === 'on';
}

/** The first part whose name ends with `/name` or is `name`, for packages whose relationships are missing. */
function partNamed(zip: ZipArchive, name: string): string | null {
  const names = zip.names();
  return names.find((n) => n === name) ?? names.find((n) => n.endsWith(`/${name}`)) ?? null;
}

/**
 * The layout of a package without a workbook part: a file cut off before it (streaming writers such as exceljs
 * write it last). Its worksheet parts are the sheets, in zip order, named after their parts; the date system is
 * unknown and taken as 1900, Excel's default.
 */
function worksheetsAlone(zip: ZipArchive): WorkbookLayout {
  const parts = zip.names().filter((n) => /(^|\/)worksheets\/[^/]+\.xml$/.test(n));
  if (parts.length === 0) throw new Error('the package has no workbook part');
  const sheets = parts.map((part) => ({ name: part.slice(part.lastIndexOf('/') + 1, -4), part, state: 'visible', cellless: false }));
  return { sheets, date1904: false, sharedStrings: partNamed(zip, 'sharedstrings.xml'), styles: partNamed(zip, 'styles.xml') };
}

/** Read the workbook layout. Throws a plain Error with a short reason when the package is no workbook. */
export async function readWorkbookLayout(zip: ZipArchive): Promise<WorkbookLayout> {
  const root = await relationshipsOf(zip, '');
  const office = [...root.values()].find((r) => r.type.endsWith('/officeDocument'));
  const workbookPart = office && zip.has(office.target) ? office.target : partNamed(zip, 'workbook.xml');
  if (!workbookPart) return worksheetsAlone(zip);
  const text = await zip.text(workbookPart);
  const rels = await relationshipsOf(zip, workbookPart);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml(text ?? '', {
    open(local, a) {
      if (local === 'workbookPr') date1904 ||= xmlTrue(a.date1904); // Excel may write a second, plain workbookPr
      else if (local === 'sheet') {
        const rel = rels.get(prefixedAttribute(a, 'id') ?? '');
        const type = rel?.type ?? '';
        sheets.push({
          name: a.name ?? `Sheet${sheets.length + 1}`,
          part: rel && zip.has(rel.target) ? rel.target : null,
          state: a.state ?? 'visible',
          cellless: /\/(chartsheet|dialogsheet)$/.test(type),
        });
      }
    },
  });
  const byType = (suffix: string, fallback: string): string | null => {
    const rel = [...rels.values()].find((r) => r.type.endsWith(suffix) && zip.has(r.target));
    return rel?.target ?? partNamed(zip, fallback);
  };
  return { sheets, date1904, sharedStrings: byType('/sharedStrings', 'sharedstrings.xml'), styles: byType('/styles', 'styles.xml') };
}
