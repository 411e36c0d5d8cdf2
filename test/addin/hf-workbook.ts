/**
 * An exceljs workbook evaluated by HyperFormula with the CRM.* plugin: the formulas as a user types them (the
 * stored `_xldudf_CRM_OWNER` read back as `CRM.OWNER`), texts kept as texts, dates as serial numbers, the workbook's
 * names included. Test-only (HyperFormula is GPL).
 */
import type ExcelJS from 'exceljs';
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { dayFromDate, serialFromDay } from '../../engine/core/dates';
import { typedFormula } from '../../templates/formula-cells';
import './hyperformula-plugin';

/**
 * The workbook's formulas computed by HyperFormula with the add-in's functions (as a user types them: CRM.OWNER),
 * the workbook's names included; `at(row, column)` (1-based) reads a cell of `sheet`.
 */
export function computed(workbook: ExcelJS.Workbook, sheet: string): { hf: HyperFormula; at: (row: number, col: number) => unknown } {
  const sheets: Record<string, RawCellContent[][]> = {};
  workbook.eachSheet((ws) => {
    const rows: RawCellContent[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: RawCellContent[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value;
        if (v && typeof v === 'object' && 'formula' in v) cells[c - 1] = `=${typedFormula(String(v.formula))}`;
        else if (v instanceof Date) cells[c - 1] = serialFromDay(dayFromDate(v)!);
        else cells[c - 1] = (typeof v === 'string' ? `'${v}` : v) as RawCellContent;
      });
      rows[r - 1] = Array.from(cells, (c) => c ?? null);
    });
    sheets[ws.name] = Array.from(rows, (r) => r ?? []);
  });
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: 'gpl-v3' });
  for (const d of workbook.definedNames.model) hf.addNamedExpression(d.name, `=${d.ranges[0]}`);
  const id = hf.getSheetId(sheet)!;
  return { hf, at: (row, col) => hf.getCellValue({ sheet: id, row: row - 1, col: col - 1 }) };
}
