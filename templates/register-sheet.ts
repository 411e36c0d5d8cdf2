/**
 * Writes a register sheet: bilingual header, formats, and the rows given. Values are written as a user's Excel
 * would hold them: dates that read as dates become date cells, everything else stays as typed, so a deliberately
 * bad value (a date like 2026-02-30, an amount like 约100万) reaches the batch runner as the text it is.
 */
import type ExcelJS from 'exceljs';
import { dateOfDay, dayFromText } from '../engine/core/dates';
import { REGISTER_COLUMNS, type RegisterRecord } from './register-columns';
import { styleHeaderRow } from './workbook-style';

/** The cell value a record's field is written as. */
function cellValue(column: (typeof REGISTER_COLUMNS)[number], value: string | number | undefined): ExcelJS.CellValue {
  if (value === undefined || value === '') return null;
  if (column.field === 'date' && typeof value === 'string') {
    const day = dayFromText(value);
    return day === null ? value : dateOfDay(day);
  }
  return value;
}

/** Fill `sheet` with a register: header row 1, one row per record from row 2. */
export function writeRegisterSheet(sheet: ExcelJS.Worksheet, records: readonly RegisterRecord[]): void {
  sheet.columns = REGISTER_COLUMNS.map((c) => ({
    header: c.header, key: c.field, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  for (const record of records) {
    sheet.addRow(REGISTER_COLUMNS.map((c) => cellValue(c, record[c.field])));
  }
  styleHeaderRow(sheet);
}
