/**
 * The columns of a register as the templates and samples write it: one bilingual header per SPEC §2 field, in the
 * order a sales office keeps them, with the cell format each needs. The core's header matcher reads each header
 * by its parts, so `日期 Date` is the date column whichever language the user thinks in.
 */
import type { RegisterField } from '../engine/core/types';
import { FORMATS } from './workbook-style';

/** One register column. */
export interface RegisterColumn {
  field: RegisterField;
  header: string;
  width: number;
  numFmt?: string;
}

/** Register columns in sheet order. */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { field: 'date', header: '日期 Date', width: 12, numFmt: FORMATS.date },
  { field: 'customer', header: '客户 Customer', width: 10 },
  // Text, so that masked phones (138****1111) and leading digits are kept as typed.
  { field: 'phone', header: '电话 Phone', width: 14, numFmt: FORMATS.text },
  { field: 'household', header: '家庭 Household', width: 10 },
  { field: 'salesperson', header: '销售员 Salesperson', width: 12 },
  { field: 'team', header: '团队 Team', width: 10 },
  { field: 'event', header: '类型 Event', width: 10 },
  { field: 'designated', header: '指定接待 Designated', width: 12 },
  { field: 'referrer', header: '介绍人 Referrer', width: 12 },
  { field: 'accompanied', header: '陪同 Accompanied', width: 10 },
  { field: 'amount', header: '金额 Amount', width: 15, numFmt: FORMATS.money },
  { field: 'commission', header: '佣金 Commission', width: 13, numFmt: FORMATS.money },
  { field: 'target', header: '转给 Target', width: 10 },
];

/** A register row as data: any subset of the fields, dates as ISO text. */
export type RegisterRecord = Partial<Record<RegisterField, string | number>>;

/** Column number (1-based) of a field in REGISTER_COLUMNS. */
export function registerColumnOf(field: RegisterField): number {
  return REGISTER_COLUMNS.findIndex((c) => c.field === field) + 1;
}
