/**
 * Words of register and reader problems: why a row or cell went to Exceptions, and why a table or file could not
 * be read. Arguments are register texts and cell references, shown as they are.
 */
import { defineMessages } from './catalogue';

defineMessages({
  'input.missing-event': { en: 'missing event; expected one of {words}', zh: '缺少类型；应为 {words} 之一' },
  'input.unknown-event': { en: 'unknown event word; expected one of {words}', zh: '无法识别的类型；应为 {words} 之一' },
  'input.missing-date': { en: 'missing date', zh: '缺少日期' },
  'input.not-date': {
    en: 'not a date; expected e.g. 2026-03-01, 2026/3/1, 2026年3月1日 or an Excel date',
    zh: '不是日期；应为 2026-03-01、2026/3/1、2026年3月1日 或 Excel 日期',
  },
  'input.missing-salesperson': { en: 'missing salesperson', zh: '缺少销售员' },
  'input.missing-leaver': { en: 'missing salesperson: a leave row names the leaver', zh: '缺少销售员：离职行须写明离职人' },
  'input.not-phone': {
    en: 'not a phone number; expected digits such as 13800001111, +86 138-0000-1111 or a masked 138****1111',
    zh: '不是电话号码；应为 13800001111、+86 138-0000-1111 或带掩码的 138****1111',
  },
  'input.missing-customer': { en: 'missing customer: give a customer name or a phone', zh: '缺少客户：请填写客户姓名或电话' },
  'input.amount-not-number': { en: 'not a number; expected an amount such as 1000000.00', zh: '不是数字；应为金额，如 1000000.00' },
  'input.amount-too-large': { en: 'too large: amounts must stay below 1000000000000000 (10^15)', zh: '金额过大：金额须小于 1000000000000000（10^15）' },
  'input.missing-amount': { en: 'missing amount: a deal row needs the deal amount', zh: '缺少金额：成交行须填写成交金额' },
  'input.commission-not-number': { en: 'not a number; expected an amount such as 10000.00', zh: '不是数字；应为金额，如 10000.00' },
  'input.not-yes-no': { en: 'not yes/no; expected 是/否, yes/no, true/false or 1/0', zh: '不是是/否；应为 是/否、yes/no、true/false 或 1/0' },
  'input.missing-target': { en: 'missing target: a transfer row names who receives the customer', zh: '缺少接收人：转移行须写明接收客户的人' },
  'input.second-register-sheet': {
    en: 'sheet not read: only the first register sheet of a workbook is read (here {sheet}); save other registers as separate files',
    zh: '未读取此工作表：每个工作簿只读取第一个登记表（此处为 {sheet}）；其他登记表请另存为单独的文件',
  },
  'input.row-cut-off': {
    en: 'the sheet is cut off here ({why}); this row and any after it could not be read',
    zh: '工作表在此处被截断（{why}）；此行及其后的行无法读取',
  },
  'input.bad-shared-string': { en: 'shared string {index} is not in the workbook\'s string table', zh: '共享字符串 {index} 不在工作簿的字符串表中' },
  'input.csv-row-broken': {
    en: 'this row cannot be read as CSV ({why}); fix the quoting and run again',
    zh: '此行无法按 CSV 读取（{why}）；请修正引号后重新运行',
  },
});
