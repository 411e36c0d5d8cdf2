/**
 * Streaming .xlsx reader: the package's parts are opened by name through its central directory (yauzl) and parsed
 * with streaming XML tokenizers (worksheet-scanner.ts on a sheet's bytes, xml-scanner.ts for the rest), sheets in
 * tab order, rows one at a time, so memory stays flat however large the register. Cells arrive as Excel shows
 * them: shared and inline strings (rich runs joined, phonetic guides left out), cached formula results of every
 * kind, booleans, error codes, and dates — numbers in a date style and ISO date cells — as Dates of their calendar
 * fields, in the workbook's date system.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { InputError } from './input-error';
import { readWorkbookLayout, type SheetEntry } from './xlsx-package';
import { readSheetRows, type SheetRowHandler } from './xlsx-sheet';
import { readSharedStrings } from './xlsx-strings';
import { dateStyles } from './xlsx-styles';
import type { CellContext } from './xlsx-values';
import { ZipArchive } from './zip-archive';

/** What a sheet reader learns before the first row. */
export interface SheetInfo {
  name: string;
  /** The workbook uses the 1904 date system (LibreOffice's and old Mac Excel's option). */
  date1904: boolean;
  /** 'visible', 'hidden' or 'veryHidden'. */
  state: string;
}

/** Receives the rows of one worksheet (see SheetRowHandler). */
export type RowHandler = SheetRowHandler;

/** What reads one sheet: its rows, then its merged ranges once the part is read (they follow the rows). */
export interface SheetReader {
  row: RowHandler;
  end?(merged: readonly string[]): void;
}

/** An error thrown by a row handler travels through the reader unchanged. */
class HandlerError extends Error {
  constructor(readonly inner: unknown) {
    super('row handler failed');
  }
}

/** SHA-256 of a file, hex; `onBytes` receives the size of each chunk hashed. */
async function fileSha256(path: string, onBytes: (n: number) => void): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    hash.update(chunk as Buffer);
    onBytes((chunk as Buffer).length);
  }
  return hash.digest('hex');
}

/** The first line of an error's message, for a one-line refusal. */
function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0];
}

/**
 * Read the worksheets of a workbook in tab order. `onSheet` decides per sheet whether to read its rows (return a
 * reader) or skip it (return null). Returns the file's SHA-256. A package that is no readable workbook throws
 * InputError naming `name` and the reason in one line; a sheet cut off mid-way hands its last row over with the
 * problem (see readSheetRows). `onBytes` receives the file's size in steps as it is hashed, once its sheets are read.
 */
export async function readXlsxSheets(
  path: string,
  name: string,
  onSheet: (sheet: SheetInfo) => SheetReader | null,
  onBytes?: (n: number) => void,
): Promise<string> {
  let zip: ZipArchive;
  try {
    zip = await ZipArchive.open(path);
  } catch (e) {
    throw new InputError(name, `not a readable .xlsx workbook (${firstLine(e)})`);
  }
  try {
    let ctx: CellContext;
    let sheets: SheetEntry[];
    try {
      const layout = await readWorkbookLayout(zip);
      sheets = layout.sheets.filter((s) => s.part !== null && !s.cellless);
      if (sheets.length === 0) throw new Error('the workbook has no worksheets');
      ctx = {
        strings: layout.sharedStrings ? await readSharedStrings(await zip.open(layout.sharedStrings)) : [],
        dateStyles: dateStyles(layout.styles ? await zip.text(layout.styles) : null),
        date1904: layout.date1904,
      };
    } catch (e) {
      throw new InputError(name, `not a readable .xlsx workbook (${firstLine(e)})`);
    }
    for (const sheet of sheets) {
      const reader = onSheet({ name: sheet.name, date1904: ctx.date1904, state: sheet.state });
      if (!reader) continue;
      const part = await zip.open(sheet.part!).catch((e: unknown) => {
        throw new InputError(name, `sheet ${sheet.name} cannot be read (${firstLine(e)})`);
      });
      try {
        const merged = await readSheetRows(part!, ctx, (cells, row, problem) => {
          try {
            return reader.row(cells, row, problem);
          } catch (e) {
            throw new HandlerError(e);
          }
        });
        try {
          reader.end?.(merged);
        } catch (e) {
          throw new HandlerError(e);
        }
      } catch (e) {
        if (e instanceof HandlerError) throw e.inner;
        throw new InputError(name, `sheet ${sheet.name} is not readable (${firstLine(e)})`);
      }
    }
  } finally {
    zip.close();
  }
  return fileSha256(path, onBytes ?? (() => {}));
}
