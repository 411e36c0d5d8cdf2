/**
 * All inputs of one run into one register: every file's register table, plus the first `Rules` (规则) sheet and
 * `Customers` (客户) sheet found, which carry the workbook's own policy and the customer metrics for grading.
 */
import { RegisterBuilder, RegisterFormatError } from '../core/register';
import { msg, render, type Message } from '../core/messages';
import type { Cell, Register } from '../core/types';
import { fileKind } from './file-kind';
import { expandInputs, type InputPath } from './input-files';
import { readCsvRows } from './csv-reader';
import { TableFeeder, type RowCounts, type TitleRow } from './table-feeder';
import { readXlsxSheets, type SheetInfo, type SheetReader } from './xlsx-reader';
import { mergedOverRow } from './merged-ranges';
import { SHEET_NAMES, TableCollector } from './named-tables';
import type { PhaseClock } from './phase-clock';
import { stat } from 'node:fs/promises';

/** A small table read whole (a Rules or Customers sheet). Row i of `rows` is spreadsheet row firstRow + i. */
export interface TableInput {
  rows: Cell[][];
  firstRow: number;
  sheet: string;
  file: string;
}

/** One input file as the Audit sheet lists it. */
export interface InputFileInfo {
  /** Absolute path. */
  path: string;
  /** The name its rows carry in the result (`name:row`). */
  name: string;
  /** The sheet the register was read from ('' for CSV or a workbook without a register sheet). */
  sheet: string;
  /** Non-blank data rows read (used rows plus exception rows). */
  rows: number;
  /** Spreadsheet row of the header (0 for a workbook without a register sheet). */
  headerRow: number;
  /** Rows above the header (titles), as the Audit lists them. */
  titleRows: TitleRow[];
  /** Rows after the header: read = used + exceptions + blank. */
  counts: RowCounts;
  sha256: string;
}

/** The Audit's view of a table read by `feeder` (none: a workbook that holds only a Customers sheet). */
function fileInfo(input: InputPath, sheet: string, sha256: string, feeder: TableFeeder | null): InputFileInfo {
  const counts = feeder?.counts ?? { read: 0, used: 0, exceptions: 0, blank: 0 };
  return {
    path: input.path, name: input.name, sheet, rows: counts.used + counts.exceptions, headerRow: feeder?.headerRow ?? 0,
    titleRows: feeder?.titleRows ?? [], counts, sha256,
  };
}

/** Everything read from the inputs. */
export interface Inputs {
  register: Register;
  rulesTable?: TableInput;
  customersTable?: TableInput;
  files: InputFileInfo[];
}

/** Options of readInputs. */
export interface ReadOptions {
  /** Called as bytes are read: bytes so far and the total size of all inputs. */
  onProgress?: (done: number, total: number) => void;
  /** Absolute paths to leave out when expanding folders and globs (the output file). */
  exclude?: string[];
  /** Times the register builder's work apart from reading. */
  clock?: PhaseClock;
}

/**
 * Read INPUT arguments (files, folders, globs) into one register. Throws InputError or RegisterFormatError, each
 * naming the file, for inputs that cannot be read at all; row-level problems become register exceptions.
 */
export async function readInputs(args: readonly string[], options: ReadOptions = {}): Promise<Inputs> {
  const paths = await expandInputs(args, options.exclude);
  const sizes = await Promise.all(paths.map(async (p) => (await stat(p.path)).size));
  const total = sizes.reduce((a, b) => a + b, 0);
  let done = 0;
  const onBytes = (n: number): void => {
    done += n;
    options.onProgress?.(done, total);
  };
  const builder = new RegisterBuilder();
  const result: Omit<Inputs, 'register'> = { files: [] };
  for (const input of paths) {
    const kind = await fileKind(input.path, input.name);
    const info = kind === 'csv'
      ? await readCsvFile(input, builder, onBytes, options.clock)
      : await readWorkbook(input, builder, result, onBytes, options.clock);
    result.files.push(info);
  }
  const finish = options.clock ? options.clock.timed('register finish', () => builder.finish()) : () => builder.finish();
  return { register: finish(), ...result };
}

async function readCsvFile(input: InputPath, builder: RegisterBuilder, onBytes: (n: number) => void, clock?: PhaseClock): Promise<InputFileInfo> {
  const feeder = new TableFeeder(builder, { file: input.name }, clock);
  const sha256 = await readCsvRows(input.path, input.name, (cells, row, problem) => feeder.push(cells, row, problem), onBytes);
  feeder.end();
  return fileInfo(input, '', sha256, feeder);
}

/** Read a workbook: the first sheet with a register header is the register; Rules and Customers go by name. */
async function readWorkbook(
  input: InputPath,
  builder: RegisterBuilder,
  found: Omit<Inputs, 'register'>,
  onBytes: (n: number) => void,
  clock?: PhaseClock,
): Promise<InputFileInfo> {
  let registerSheet = '';
  let feeder: TableFeeder | null = null;
  let firstProblem: RegisterFormatError | null = null;
  const tables: { kind: 'rulesTable' | 'customersTable'; sheet: string; collector: TableCollector }[] = [];

  const onSheet = ({ name: sheet, date1904 }: SheetInfo): SheetReader | null => {
    const label = sheet.trim().toLowerCase();
    const special = SHEET_NAMES.rules.has(label) ? 'rulesTable' : SHEET_NAMES.customers.has(label) ? 'customersTable' : null;
    if (special) {
      if (found[special]) return null; // the first workbook's sheet wins
      const collector = new TableCollector();
      tables.push({ kind: special, sheet, collector });
      return {
        row: (cells, row, problem) => {
          // A Rules or Customers row the file cuts short is shown in Exceptions, not used half-read.
          if (problem) builder.addException({ file: input.name, sheet, row, column: '', value: '', problem: render(problem, 'en'), problemMessages: [problem] });
          else collector.add(cells, row);
        },
      };
    }
    const candidate = new TableFeeder(builder, { file: input.name, sheet, date1904 }, clock);
    let state: 'header' | 'register' | 'other' = 'header';
    const row = (cells: Cell[], at: number, problem?: Message): void | false => {
      if (state === 'other') return false;
      if (state === 'register') return candidate.push(cells, at, problem);
      try {
        candidate.push(cells, at, problem);
      } catch (e) {
        // A sheet without a register header is another kind of sheet; a register header that names a field twice
        // is the user's register, and its problem stops the run.
        if (!(e instanceof RegisterFormatError) || !candidate.gaveUp) throw e;
        firstProblem ??= e;
        state = 'other';
        return;
      }
      if (!candidate.hasHeader) return;
      if (feeder) {
        // Only the first register sheet of a workbook is read; say so rather than drop the others silently.
        const problem = msg('input.second-register-sheet', { sheet: registerSheet });
        builder.addException({ file: input.name, sheet, row: at, column: '', value: '', problem: render(problem, 'en'), problemMessages: [problem] });
        state = 'other';
        return;
      }
      feeder = candidate;
      registerSheet = sheet;
      state = 'register';
    };
    const end = (merged: readonly string[]): void => {
      if (state === 'header') {
        try {
          candidate.end();
        } catch (e) {
          if (!(e instanceof RegisterFormatError)) throw e;
          firstProblem ??= e;
        }
        return;
      }
      if (state !== 'register') return;
      const over = mergedOverRow(merged, candidate.headerRow);
      if (over.length > 0) {
        throw new RegisterFormatError(`${input.name}, sheet ${sheet}, row ${candidate.headerRow}: header cells ${over.join(', ')} are merged;`
          + ' unmerge them so that every column has its own header', { file: input.name, sheet, row: candidate.headerRow });
      }
    };
    return { row, end };
  };
  const sha256 = await readXlsxSheets(input.path, input.name, onSheet, onBytes);
  for (const t of tables) {
    found[t.kind] = t.collector.table(t.sheet, input.name);
  }
  const registerFeeder = feeder as TableFeeder | null;
  if (!registerFeeder && !tables.some((t) => t.kind === 'customersTable')) {
    throw firstProblem ?? new RegisterFormatError(`${input.name}: no sheet holds a register`, { file: input.name });
  }
  return fileInfo(input, registerSheet, sha256, registerFeeder);
}
