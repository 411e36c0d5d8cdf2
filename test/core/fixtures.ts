/**
 * Small registers in the style of SPEC §9, as 2D arrays the way a sheet or a custom function hands them over.
 */
import type { Cell } from '../../engine/core/types';

/** The header of the §9 register. */
export const SPEC9_HEADER: Cell[] = ['日期', '客户', '电话', '家庭', '销售员', '类型', '指定销售员', '介绍人', '陪同', '金额', '佣金'];

/** The SPEC §9 worked example, rows 2–11. */
export const SPEC9_TABLE: Cell[][] = [
  SPEC9_HEADER,
  ['2026-03-01', '张伟', '13800001111', 'H01', '李娜', '来访', '', '', '', '', ''],
  ['2026-03-05', '王芳', '13600004444', 'H01', '吴磊', '来访', '', '', '', '', ''],
  ['2026-03-10', '张伟', '13800001111', 'H01', '李娜', '跟进', '', '', '', '', ''],
  ['2026-03-12', '周敏', '13500005555', '', '吴磊', '来访', '周婷', '', '', '', ''],
  ['2026-03-15', '陈静', '13700003333', '', '王强', '来访', '', '张伟', '是', '', ''],
  ['2026-03-20', '张伟', '13800001111', 'H01', '王强', '来访', '', '', '', '', ''],
  ['2026-03-25', '张伟', '13800001111', 'H01', '王强', '成交', '', '', '', '1000000.00', '10000.01'],
  ['2026-01-05', '刘洋', '13900002222', '', '赵敏', '来访', '', '', '', '', ''],
  ['2026-02-20', '刘洋', '13900002222', '', '孙杰', '来访', '', '', '', '', ''],
  ['2026-02-28', '刘洋', '13900002222', '', '孙杰', '成交', '', '', '', '800000.00', '8000.00'],
];

/** Short header for hand-made registers: date, customer (phone), salesperson, event, then optional columns. */
export const SHORT_HEADER: Cell[] = ['date', 'phone', 'salesperson', 'team', 'event', 'target', 'amount', 'commission', 'household', 'referrer', 'accompanied', 'designated', 'customer'];

/** Build a register table from short rows: [date, phone, salesperson, team?, event, target?, amount?, commission?, ...]. */
export function table(...rows: Cell[][]): Cell[][] {
  return [SHORT_HEADER, ...rows.map((r) => SHORT_HEADER.map((_, i) => r[i] ?? ''))];
}
