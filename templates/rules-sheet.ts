/**
 * Writes a Rules sheet (规则) the way the core's Rules-sheet reader expects it: a title, then the key/value block
 * of an ownership policy (key, value, Chinese label, what is allowed), then a blank row, a title and the grade
 * decision table. Titles are lone cells, which the reader skips, so the sheet can explain itself.
 */
import type ExcelJS from 'exceljs';
import type { OwnershipPolicy } from '../engine/core/policy/schema';
import { caseTableLines } from '../engine/core/split/case-lint';
import { compileCaseTable } from '../engine/core/split/case-table';
import { isYesNoKey, policyLines } from './policy-cells';

/** What goes on the sheet. */
export interface RulesSheetContent {
  title: string;
  /** The ownership policy of the key/value block; omitted for a grading-only workbook. */
  policy?: OwnershipPolicy;
  gradeTitle: string;
  /** The grade table: header row first. */
  gradeTable: readonly (readonly string[])[];
}

/** Where things landed, for formulas that refer to them. */
export interface RulesSheetLayout {
  /** Spreadsheet row of each policy key (empty without a policy). */
  keyRows: Map<keyof OwnershipPolicy, number>;
  /** Absolute address of the grade table, header included, e.g. `$A$31:$C$35`. */
  gradeRange: string;
}

const YES_NO_LIST = '"是,否"';

/** Fill `sheet` with the rules. */
export function writeRulesSheet(sheet: ExcelJS.Worksheet, content: RulesSheetContent): RulesSheetLayout {
  sheet.columns = [{ width: 30 }, { width: 28 }, { width: 16 }, { width: 70 }];
  const title = (row: number, text: string): void => {
    const cell = sheet.getCell(row, 1);
    cell.value = text;
    cell.font = { bold: true, size: 12 };
  };
  title(1, content.title);
  let row = 2;
  const keyRows = new Map<keyof OwnershipPolicy, number>();
  if (content.policy) {
    const header = sheet.getRow(row);
    header.values = ['key', 'value', '中文名称 label', '说明 allowed values'];
    header.font = { bold: true };
    for (const line of policyLines(content.policy)) {
      row++;
      sheet.getRow(row).values = [line.key, line.value, line.label, line.help];
      keyRows.set(line.key, row);
      if (isYesNoKey(content.policy, line.key)) {
        sheet.getCell(row, 2).dataValidation = { type: 'list', allowBlank: false, formulae: [YES_NO_LIST] };
      }
    }
    row += 2; // one blank row ends the block
    // The deal cases in force, as lines of text (lone cells, which the reader skips): a user sees the table the
    // split keys compile into, and can write a deal-case block of their own in its place.
    title(row, '成交分成表（由上面的分成设置生成，仅供查看）Deal cases in force (from the split keys above)');
    for (const line of caseTableLines(compileCaseTable(content.policy))) sheet.getCell(++row, 1).value = line;
    row += 2;
  }
  title(row, content.gradeTitle);
  const first = row + 1;
  content.gradeTable.forEach((values, i) => {
    const r = sheet.getRow(first + i);
    r.values = [...values];
    if (i === 0) r.font = { bold: true };
  });
  const last = first + content.gradeTable.length - 1;
  const width = Math.max(...content.gradeTable.map((r) => r.length));
  const lastColumn = String.fromCharCode(64 + width);
  return { keyRows, gradeRange: `$A$${first}:$${lastColumn}$${last}` };
}
