/**
 * The CRM formulas beside a register sheet's data, in the handle form Excel handles at any register size: one
 * `=CRM.REGISTER(register, [policy], [as_of])` cell, and per row `=CRM.OWNER(phone, handle)` (STATUS, EXPLAIN
 * likewise) pointing at it, so a recalculation moves the register once, not once per row. Every formula carries
 * the value the add-in gives for it (formula-cells.ts).
 */
import type ExcelJS from 'exceljs';
import { makeHandle } from '../addin/src/functions/handles';
import { explain, owner, status } from '../addin/src/functions/owner';
import type { WorkbookRules } from '../addin/src/functions/policy-arg';
import { formulaCell, rangeValues } from './formula-cells';
import { REGISTER_COLUMNS, registerColumnOf } from './register-columns';

/** A per-row formula column: its function and header. */
export type RowFormula = 'owner' | 'status' | 'explain';

const ROW_FORMULAS: Record<RowFormula, { fn: typeof owner; name: string; header: string; width: number }> = {
  owner: { fn: owner, name: 'OWNER', header: '归属人 Owner (=CRM.OWNER)', width: 18 },
  status: { fn: status, name: 'STATUS', header: '状态 Status (=CRM.STATUS)', width: 14 },
  explain: { fn: explain, name: 'EXPLAIN', header: '依据 Why (=CRM.EXPLAIN)', width: 60 },
};

/** Where and how the formulas read the register. */
export interface RegisterFormulaOptions {
  /** The register range as the formulas write it: a workbook name (`Register`) or an absolute range. */
  ref: string;
  /** The last spreadsheet row of that range (its first row is the header in row 1, columns A to the last field). */
  lastRow: number;
  /** The per-row columns, in order, from the second column after the data (one empty column separates them). */
  columns: readonly RowFormula[];
  /** The column of the CRM.REGISTER cell (its header in row 1, the formula in row 2). */
  handleColumn: number;
  /** The as-of argument of CRM.REGISTER as written (e.g. `DATE(2026,3,31)`) and as the serial Excel passes. */
  asOf?: { formula: string; serial: number };
  /** The policy argument as written (e.g. `"agency-report"`) and its value; omitted: the workbook's Rules sheet. */
  policy?: { formula: string; value: string };
  /** The workbook's Rules sheet, which an omitted policy means. */
  rules?: WorkbookRules | null;
}

/** Write the handle cell and the per-row formulas for data rows 2..`rows + 1`; returns the handle cell's address. */
export function writeRegisterFormulas(sheet: ExcelJS.Worksheet, rows: number, o: RegisterFormulaOptions): string {
  const last = REGISTER_COLUMNS.length;
  const quoted = `'${sheet.name.replace(/'/g, "''")}'`;
  const address = `${quoted}!A1:${sheet.getColumn(last).letter}${o.lastRow}`;
  const table = rangeValues(sheet, 1, 1, o.lastRow, last);
  const handleLetter = sheet.getColumn(o.handleColumn).letter;
  const handleCell = `${handleLetter}2`;
  const handle = makeHandle(table, o.policy?.value ?? null, o.asOf?.serial ?? null, { addresses: [address, null, null], rules: o.rules, cell: `${quoted}!${handleCell}` });
  const args = [o.ref, o.policy?.formula ?? '', o.asOf?.formula ?? ''].join(',').replace(/,+$/, '');
  const header = sheet.getCell(1, o.handleColumn);
  header.value = '登记表句柄 Handle (=CRM.REGISTER)';
  header.font = { bold: true };
  sheet.getColumn(o.handleColumn).width = 26;
  sheet.getCell(handleCell).value = formulaCell(`CRM.REGISTER(${args})`, handle);

  const phone = sheet.getColumn(registerColumnOf('phone')).letter;
  const ref = `$${handleLetter}$2`;
  o.columns.forEach((column, i) => {
    const { fn, name, header: text, width } = ROW_FORMULAS[column];
    const col = last + 2 + i;
    const cell = sheet.getCell(1, col);
    cell.value = text;
    cell.font = { bold: true };
    sheet.getColumn(col).width = width;
    for (let row = 2; row <= rows + 1; row++) {
      const customer = sheet.getCell(`${phone}${row}`).value;
      sheet.getCell(row, col).value = formulaCell(`CRM.${name}(${phone}${row},${ref})`, fn(customer, handle, null, null, {}));
    }
  });
  return `${quoted}!${handleCell}`;
}
