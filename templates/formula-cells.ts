/**
 * CRM.* formula cells as the shipped workbooks hold them. Each formula is written the way Excel itself saves an
 * add-in's custom function (`_xldudf_CRM_OWNER(...)`: the `_xldudf_` prefix, namespace and name joined by `_`), so
 * Excel with the add-in binds it to CRM.OWNER; and each carries the value the add-in computes for it as the cell's
 * cached result, so LibreOffice, WPS and Excel before the add-in loads show the answer instead of #NAME?.
 * The values come from the add-in's own adapters, called the way Excel calls them.
 */
import type ExcelJS from 'exceljs';
import { dayFromDate, serialFromDay } from '../engine/core/dates';
import type { Cell } from '../engine/core/types';
import { cellOfValue } from '../engine/io/xlsx-cells';
import { FunctionError } from '../addin/src/functions/errors';
import { parseAddress } from '../addin/src/functions/range-address';

/** `CRM.OWNER(` → `_xldudf_CRM_OWNER(`: the name Excel stores in the file for an add-in function. */
export function storedFormula(formula: string): string {
  return formula.replace(/\bCRM\.([A-Z]+)\(/g, '_xldudf_CRM_$1(');
}

/** `_xldudf_CRM_OWNER(` → `CRM.OWNER(`: a stored formula as a user types it (and other spreadsheet engines read it). */
export function typedFormula(stored: string): string {
  return stored.replace(/\b_xldudf_CRM_([A-Z]+)\(/g, 'CRM.$1(');
}

/** A cached result as exceljs writes it: an adapter's error becomes the Excel error value it stands for. */
function resultOf(value: unknown): ExcelJS.CellValue {
  if (value instanceof FunctionError) return { error: value.code === 'notAvailable' ? '#N/A' : '#VALUE!' } as ExcelJS.CellErrorValue;
  return value as ExcelJS.CellValue;
}

/** A formula cell (`formula` as typed, e.g. `CRM.OWNER(C2,$T$2)`) with its cached result. */
export function formulaCell(formula: string, result: unknown): ExcelJS.CellFormulaValue {
  return { formula: storedFormula(formula), result: resultOf(result) as ExcelJS.CellFormulaValue['result'] };
}

/**
 * The cells of a sheet area as Excel passes them to a custom function: dates as serial numbers, blank cells as
 * null (Excel on the web), formulas as their results.
 */
export function rangeValues(sheet: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): Cell[][] {
  const rows: Cell[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: Cell[] = [];
    for (let c = left; c <= right; c++) {
      const v = cellOfValue(sheet.getCell(r, c).value);
      row.push(v instanceof Date ? serialFromDay(dayFromDate(v)!) : v);
    }
    rows.push(row);
  }
  return rows;
}

/** Top, left, bottom and right of an A1 range such as `$A$20:$C$24`. */
export function areaOf(range: string): [number, number, number, number] {
  const a = parseAddress(range);
  if (!a) throw new Error(`not a range: ${range}`);
  return [a.top, a.left, a.bottom, a.right];
}
