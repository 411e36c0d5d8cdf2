/**
 * The Instructions sheet (说明) of a template: bilingual steps, the register columns with the headers they accept,
 * and the event words — the last table doubles as the source of the register's event dropdown, so the list a user
 * picks from is the list the documentation shows.
 */
import type ExcelJS from 'exceljs';
import { EVENT_ALIASES, FIELD_ALIASES } from '../engine/core/aliases';
import { CASE_FIELDS, EVENT_TYPES, REGISTER_FIELDS, type EventType, type RegisterField } from '../engine/core/types';

/** One step: Chinese and English. */
export type Step = readonly [zh: string, en: string];

/** What each event means (SPEC §2), Chinese and English. */
const EVENT_MEANING: Record<EventType, string> = {
  visit: '客户来访，由销售员接待 / customer came in; received by the salesperson',
  call: '来电咨询或致电 / phone enquiry or call-out',
  report: '渠道报备客户 / channel or agency registers a customer',
  followup: '归属人跟进 / owner kept in touch',
  deposit: '客户交定金 / customer paid a deposit',
  deal: '成交，填金额和佣金 / sale closed; fill amount and commission',
  transfer: '经理把客户转给“转给”列的人 / manager reassigns the customer to Target',
  leave: '销售员离职，其客户进入公共池 / salesperson left; their customers go to the pool',
  complaint: '客户投诉更换销售员 / customer rejected the owner; reassign to Target or the pool',
  penalty: '处罚扣款（捞客、甩客），金额为扣款额 / penalty deducted from the salesperson\'s commission; amount is the deduction',
};

/** Which fields a register must have (SPEC §2). */
const REQUIRED: Partial<Record<RegisterField, string>> = {
  date: '必填 required',
  customer: '客户或电话至少一项 customer or phone',
  phone: '客户或电话至少一项 customer or phone',
  salesperson: '必填 required',
  event: '必填 required',
  amount: '成交行必填 deals',
  target: '转移行必填 transfers',
};

function heading(sheet: ExcelJS.Worksheet, row: number, text: string): void {
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { bold: true, size: 12 };
}

function tableHeader(sheet: ExcelJS.Worksheet, row: number, values: string[]): void {
  const r = sheet.getRow(row);
  r.values = values;
  r.font = { bold: true };
}

/** Where the event-word list sits, for the register's dropdown. */
export interface InstructionsLayout {
  /** Absolute address of the event words, e.g. `$A$30:$A$75`. */
  eventWords: string;
}

/**
 * Fill `sheet`: title, steps (Chinese in column A, English in column B), the register columns and the event
 * words. Returns where the event words are.
 */
export function writeInstructions(sheet: ExcelJS.Worksheet, title: string, steps: readonly Step[]): InstructionsLayout {
  sheet.columns = [{ width: 60 }, { width: 70 }, { width: 60 }];
  heading(sheet, 1, title);
  let row = 3;
  tableHeader(sheet, row, ['步骤', 'Steps']);
  for (const [zh, en] of steps) {
    row++;
    sheet.getRow(row).values = [zh, en];
    sheet.getRow(row).alignment = { wrapText: true, vertical: 'top' };
  }
  row += 2;
  heading(sheet, row, '登记表的列 Register columns');
  tableHeader(sheet, ++row, ['字段 Field', '可用表头（中英文，不分大小写）Accepted headers', '是否必填 Required']);
  for (const field of [...REGISTER_FIELDS, ...CASE_FIELDS]) {
    sheet.getRow(++row).values = [field, FIELD_ALIASES[field].join('、'), REQUIRED[field] ?? '可选 optional'];
  }
  row += 2;
  heading(sheet, row, '类型列可用的词 Event words');
  tableHeader(sheet, ++row, ['词 Word', '事件 Event', '含义 Meaning']);
  const first = row + 1;
  for (const event of EVENT_TYPES) {
    for (const word of EVENT_ALIASES[event]) sheet.getRow(++row).values = [word, event, EVENT_MEANING[event]];
  }
  return { eventWords: `$A$${first}:$A$${row}` };
}
