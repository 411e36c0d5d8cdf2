/**
 * Cached evaluations of register ranges. Thousands of cells may call CRM.OWNER over the same large range, each
 * with its own copy of the range from Excel. A range whose workbook address is known is matched by address and
 * checked against its previous copy (addressed-ranges.ts); otherwise it is recognised by a content fingerprint.
 * Parsed registers are keyed by place and parse, or by content plus sheet and first row (so equal ranges at
 * different rows name their own rows); evaluations by register key, policy and as-of date.
 */
import type { EngineResult } from '../../../engine/core/engine';
import { evaluate } from '../../../engine/core/evaluate';
import { parseRegister } from '../../../engine/core/register';
import type { Register } from '../../../engine/core/types';
import { forgetPlaced, placeOf, rangeAt, type Place } from './addressed-ranges';
import { firstRowOf, isRange, sheetOf, tableOf } from './args';
import { currentBurst } from './burst';
import { guarded, invalid, type FunctionError } from './errors';
import { fingerprint } from './fingerprint';
import { Lru } from './lru';
import type { ResolvedPolicy } from './policy-arg';
import type { SheetArea } from './range-address';
import { watchSheet } from './sheet-events';

/** A parsed register range and its content key. */
export interface RegisterRange {
  key: string;
  register: Register;
}

const registers = new Lru<string, RegisterRange>(4);
const evaluations = new Lru<string, EngineResult>(8);
const keyOfArray = new WeakMap<object, string>();
/** Counts parses of placed ranges, so each gets a key of its own. */
let parses = 0;

/** The message of a register argument that is neither a range nor a handle. */
export const REGISTER_SHAPE = 'register must be a range whose first row is the header (日期, 客户, 电话, 销售员, 类型...) or a CRM.REGISTER handle';

/** Drop every cached register and evaluation (e.g. after the Rules sheet changed). */
export function clearEvaluations(): void {
  forgetPlaced();
  registers.clear();
  evaluations.clear();
}

/** Whether a 2D array fits in `area`: then the address is the range's own, not just where its rows start. */
function fitsArea(value: unknown, area: SheetArea): value is unknown[][] {
  return Array.isArray(value) && Array.isArray(value[0]) && value.length <= area.bottom - area.top + 1
    && value[0].length <= area.right - area.left + 1;
}

/** A register range recognised by its content (fingerprint), for ranges without a usable address. */
function rangeByContent(value: unknown, address: string | null | undefined): RegisterRange | FunctionError {
  if (!isRange(value)) return invalid(REGISTER_SHAPE);
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

/**
 * Parse the range at a place. Its key names the place and this parse, so nothing needs to hash the content.
 * Evaluations of earlier parses at the place are dropped: the range there has changed, and a large register's
 * evaluations should not linger until they are least recently used.
 */
function rangeAtPlace(value: unknown[][], place: Place): RegisterRange | FunctionError {
  if (!isRange(value)) return invalid(REGISTER_SHAPE);
  const prefix = `${place.key}#`;
  evaluations.deleteWhere((_, key) => key.startsWith(prefix));
  // A register that cannot be read (e.g. its header was just broken) is an error value, and no entry is kept.
  return guarded(() => ({ key: `${prefix}${++parses}`, register: parseRegister(tableOf(value), { firstRow: place.area.top, sheet: place.area.sheet }) }));
}

/**
 * Parse a register range argument (first row = header, SPEC §2), cached. `address` is the range's workbook
 * address when the host gives it: it names the real spreadsheet rows in reasons (a range starting at A5 names
 * its first data row 6) and lets the cache find the range without hashing it. `burst` is the recalculation
 * burst of the call (taken when the call started).
 */
export function registerRange(value: unknown, address?: string | null, burst = currentBurst()): RegisterRange | FunctionError {
  const place = address ? placeOf(address) : null;
  if (!place || !fitsArea(value, place.area)) return rangeByContent(value, address);
  return rangeAt(place, value, burst, () => rangeAtPlace(value, place), (a) => {
    if (!a.book) watchSheet(a.sheet); // an external workbook's edits do not reach this workbook's events
  });
}

function evaluationKey(range: RegisterRange, policy: ResolvedPolicy, asOf: number | null): string {
  return `${range.key}|${policy.key}|${asOf ?? 'latest'}`;
}

/** Drop the evaluations of a register that is no longer used (a large register's should not linger). */
export function dropEvaluations(range: RegisterRange): void {
  const prefix = `${range.key}|`;
  evaluations.deleteWhere((_, key) => key.startsWith(prefix));
}

/** The engine's answer if it is already evaluated (a formula preview takes nothing else). */
export function cachedEvaluation(range: RegisterRange, policy: ResolvedPolicy, asOf: number | null): EngineResult | undefined {
  return evaluations.get(evaluationKey(range, policy, asOf));
}

/** The engine's answer for a register range under a policy as of a day (null: the register's latest date). */
export function evaluation(range: RegisterRange, policy: ResolvedPolicy, asOf: number | null): EngineResult {
  const key = evaluationKey(range, policy, asOf);
  let hit = evaluations.get(key);
  if (!hit) {
    hit = evaluate(range.register, policy.policy, { asOf });
    evaluations.set(key, hit);
  }
  return hit;
}
