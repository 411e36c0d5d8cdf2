/**
 * Small registers for the preset tests, in the style of SPEC §9: one row per event, the columns a sales office
 * keeps (including 休息外出, 认出, 合同署名 and 违规类型), evaluated under a preset as the batch runner and the add-in do.
 */
import { strict as assert } from 'node:assert';
import { evaluate, ownershipPreset, parseDay, parseRegister, type EngineResult, type OwnerResult } from '../../engine/core';
import type { Cell } from '../../engine/core/types';

/** The register's columns, header as a sales office writes it. */
const COLUMNS = {
  date: '日期', customer: '客户', phone: '电话', household: '家庭', salesperson: '销售员', team: '团队', event: '类型',
  designated: '指定销售员', referrer: '介绍人', accompanied: '陪同', amount: '金额', commission: '佣金', target: '转给',
  absent: '休息外出', recognised: '认出', contract: '合同署名', violation: '违规类型',
} as const;

/** One register row: any of the columns, by field name. */
export type Row = Partial<Record<keyof typeof COLUMNS, string>>;

/** The register table of `rows` (header on spreadsheet row 1, so the first row is row 2). */
export function register(...rows: Row[]): Cell[][] {
  const fields = Object.keys(COLUMNS) as (keyof typeof COLUMNS)[];
  return [fields.map((f) => COLUMNS[f]), ...rows.map((r) => fields.map((f) => r[f] ?? ''))];
}

/** Evaluate `rows` under `preset` as of an ISO date (default: the register's last event). */
export function under(preset: string, rows: Row[], asOf?: string): EngineResult {
  const reg = parseRegister(register(...rows));
  assert.deepEqual(reg.exceptions, [], 'the test register is clean');
  return evaluate(reg, ownershipPreset(preset), { asOf: asOf ? parseDay(asOf) : null });
}

/** The Owners line of a customer (phone or name). */
export function ownerOf(result: EngineResult, customer: string): OwnerResult {
  const found = result.ownerOf(customer);
  assert.ok(found, `an Owners line for ${customer}`);
  return found;
}

/** Owner and status of a customer, for one assertion. */
export function holding(result: EngineResult, customer: string): [string, string] {
  const o = ownerOf(result, customer);
  return [o.owner, o.status];
}

/** The Splits lines of a deal row as [party, credit amount, commission amount]. */
export function split(result: EngineResult, dealRow: number): [string, string, string][] {
  return result.splits.filter((s) => s.dealRow === String(dealRow)).map((s) => [s.party, s.creditAmount, s.commissionAmount]);
}

/** A deal of 1,000,000.00 with 10,000.00 commission: the amount every test deal uses. */
export const DEAL = { event: '成交', amount: '1000000', commission: '10000' } as const;

/** Phones of the test customers. */
export const A = '13800000001', B = '13800000002', C = '13800000003';
