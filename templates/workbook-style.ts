/**
 * Shared look and provenance of the workbooks the product ships (templates and samples): a fixed author and fixed
 * dates, so regenerating them changes nothing a user can see, and one header style.
 */
import ExcelJS from 'exceljs';

/** The date stamped into every shipped workbook as created and modified, so rebuilds are reproducible. */
export const SHIPPED_WORKBOOK_DATE = new Date(Date.UTC(2026, 0, 1));

/** Excel number formats used in shipped workbooks. */
export const FORMATS = {
  date: 'yyyy-mm-dd',
  money: '#,##0.00',
  integer: '#,##0',
  text: '@',
} as const;

/** A new workbook with the fixed provenance of shipped files. */
export function shippedWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'crm-rules';
  workbook.lastModifiedBy = 'crm-rules';
  workbook.created = SHIPPED_WORKBOOK_DATE;
  workbook.modified = SHIPPED_WORKBOOK_DATE;
  return workbook;
}

/** Bold, shaded header row that stays in view while scrolling (frozen below row `row`). */
export function styleHeaderRow(sheet: ExcelJS.Worksheet, row = 1): void {
  const header = sheet.getRow(row);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: row }];
}
