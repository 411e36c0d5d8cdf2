/**
 * A customers table (客户) as the grading samples ship it: identity columns, one column per metric named exactly
 * as in the grade policy, and optionally the account opening date and last review's grade, which lifecycle rules
 * (new-customer grade, max step, hold downgrade) need.
 */
import type ExcelJS from 'exceljs';
import { dateOfDay, dayFromText } from '../engine/core/dates';
import { FORMATS, styleHeaderRow } from '../templates/workbook-style';

/** Sheet name the batch runner and the add-in look for. */
export const CUSTOMERS_SHEET = '客户';

/** One customer: name, phone, metric values (a value that is not a number is written as the text it is). */
export interface CustomerRecord {
  customer: string;
  phone: string;
  metrics: Record<string, number | string>;
  opened?: string;
  previousGrade?: string;
}

/** Headers of the columns after the metrics. */
export const OPENED_HEADER = '开户日期 Opened';
export const PREVIOUS_GRADE_HEADER = '上期等级 Previous Grade';

/** Fill `sheet` with the customers; `metrics` gives the metric columns in order with their number format. */
export function writeCustomersSheet(
  sheet: ExcelJS.Worksheet,
  metrics: readonly { name: string; note: string; numFmt: string }[],
  customers: readonly CustomerRecord[],
): void {
  const hasOpened = customers.some((c) => c.opened);
  const hasPrevious = customers.some((c) => c.previousGrade);
  sheet.columns = [
    { header: '客户 Customer', width: 20 },
    { header: '电话 Phone', width: 14, style: { numFmt: FORMATS.text } },
    ...metrics.map((m) => ({ header: m.name, width: 16, style: { numFmt: m.numFmt } })),
    ...(hasOpened ? [{ header: OPENED_HEADER, width: 14, style: { numFmt: FORMATS.date } }] : []),
    ...(hasPrevious ? [{ header: PREVIOUS_GRADE_HEADER, width: 12 }] : []),
  ];
  metrics.forEach((m, i) => { sheet.getCell(1, 3 + i).note = m.note; });
  for (const c of customers) {
    const opened = c.opened ? dayFromText(c.opened) : null;
    sheet.addRow([
      c.customer, c.phone, ...metrics.map((m) => c.metrics[m.name] ?? null),
      ...(hasOpened ? [opened === null ? c.opened ?? null : dateOfDay(opened)] : []),
      ...(hasPrevious ? [c.previousGrade ?? null] : []),
    ]);
  }
  styleHeaderRow(sheet);
}
