/**
 * Cached evaluations of register ranges. Thousands of cells may call CRM.OWNER over the same large range; each
 * call gets its own copy of the range from Excel, so the cache is keyed by a content fingerprint of the range
 * plus the policy and the as-of date. The fingerprint of an array object is memoised too, for hosts that hand
 * the same array to many calls.
 */
import type { EngineResult } from '../../../engine/core/engine';
import { evaluate } from '../../../engine/core/evaluate';
import { parseRegister } from '../../../engine/core/register';
import type { Register } from '../../../engine/core/types';
import { firstRowOf, isRange, sheetOf, tableOf } from './args';
import { invalid, type FunctionError } from './errors';
import { fingerprint } from './fingerprint';
import { Lru } from './lru';
import type { ResolvedPolicy } from './policy-arg';

/** A parsed register range and its content key. */
export interface RegisterRange {
  key: string;
  register: Register;
}

const registers = new Lru<string, RegisterRange>(4);
const evaluations = new Lru<string, EngineResult>(8);
const keyOfArray = new WeakMap<object, string>();

/** Drop every cached register and evaluation (e.g. after the Rules sheet changed). */
export function clearEvaluations(): void {
  registers.clear();
  evaluations.clear();
}

/**
 * Parse a register range argument (first row = header, SPEC §2), cached by content. `address` gives the real
 * spreadsheet rows for reasons (a range starting at A5 names its first data row 6).
 */
export function registerRange(value: unknown, address?: string | null): RegisterRange | FunctionError {
  if (!isRange(value)) return invalid('register must be a range whose first row is the header (日期, 客户, 电话, 销售员, 类型...)');
  const firstRow = firstRowOf(address);
  const sheet = sheetOf(address);
  let content = keyOfArray.get(value);
  if (content === undefined) {
    content = fingerprint(value);
    keyOfArray.set(value, content);
  }
  const key = `${content}@${sheet}!${firstRow}`;
  let hit = registers.get(key);
  if (!hit) {
    hit = { key, register: parseRegister(tableOf(value), { firstRow, sheet }) };
    registers.set(key, hit);
  }
  return hit;
}

/** The engine's answer for a register range under a policy as of a day (null: the register's latest date). */
export function evaluation(range: RegisterRange, policy: ResolvedPolicy, asOf: number | null): EngineResult {
  const key = `${range.key}|${policy.key}|${asOf ?? 'latest'}`;
  let hit = evaluations.get(key);
  if (!hit) {
    hit = evaluate(range.register, policy.policy, { asOf });
    evaluations.set(key, hit);
  }
  return hit;
}
