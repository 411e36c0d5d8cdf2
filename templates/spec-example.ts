/**
 * The worked example of SPEC §9 (preset realestate, as of 2026-03-31) as register records: the rows a new user
 * sees in the template, with answers the documentation states.
 */
import type { RegisterRecord } from './register-columns';

/** SPEC §9 register rows 2–11, in sheet order. */
export const SPEC_EXAMPLE: readonly RegisterRecord[] = [
  { date: '2026-03-01', customer: '张伟', phone: '13800001111', household: 'H01', salesperson: '李娜', event: '来访' },
  { date: '2026-03-05', customer: '王芳', phone: '13600004444', household: 'H01', salesperson: '吴磊', event: '来访' },
  { date: '2026-03-10', customer: '张伟', phone: '13800001111', household: 'H01', salesperson: '李娜', event: '跟进' },
  { date: '2026-03-12', customer: '周敏', phone: '13500005555', salesperson: '吴磊', event: '来访', designated: '周婷' },
  { date: '2026-03-15', customer: '陈静', phone: '13700003333', salesperson: '王强', event: '来访', referrer: '张伟', accompanied: '是' },
  { date: '2026-03-20', customer: '张伟', phone: '13800001111', household: 'H01', salesperson: '王强', event: '来访' },
  { date: '2026-03-25', customer: '张伟', phone: '13800001111', household: 'H01', salesperson: '王强', event: '成交', amount: 1000000, commission: 10000.01 },
  { date: '2026-01-05', customer: '刘洋', phone: '13900002222', salesperson: '赵敏', event: '来访' },
  { date: '2026-02-20', customer: '刘洋', phone: '13900002222', salesperson: '孙杰', event: '来访' },
  { date: '2026-02-28', customer: '刘洋', phone: '13900002222', salesperson: '孙杰', event: '成交', amount: 800000, commission: 8000 },
];

/** The as-of date the example's answers are stated for. */
export const SPEC_EXAMPLE_AS_OF = '2026-03-31';
