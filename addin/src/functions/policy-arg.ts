/**
 * The `policy` argument of CRM.OWNER & co. (SPEC §7): a preset name, a Rules range, or omitted — then the
 * workbook's Rules/规则 sheet, else the default preset. Parsed policies are cached by the range's content.
 */
import { policyFromRulesSheet } from '../../../engine/core/policy/load';
import { DEFAULT_PRESET, ownershipPreset } from '../../../engine/core/policy/presets';
import type { OwnershipPolicy } from '../../../engine/core/policy/schema';
import type { Cell } from '../../../engine/core/types';
import { cellText, isBlank } from '../../../engine/core/values';
import { cellOf, firstRowOf, isEmptyArg, isRange, scalarOf, sheetOf, tableOf } from './args';
import { invalid, type FunctionError } from './errors';
import { fingerprint } from './fingerprint';
import { Lru } from './lru';
import { sameRange } from './range-compare';

/** A Rules sheet as the shared runtime read it from the workbook. */
export interface WorkbookRules {
  sheet: string;
  /** Spreadsheet row of table[0]. */
  firstRow: number;
  table: Cell[][];
}

/** A resolved policy argument and a short stable key for caches. */
export interface ResolvedPolicy {
  policy: OwnershipPolicy;
  key: string;
}

const parsed = new Lru<string, ResolvedPolicy | FunctionError>(16);

/**
 * Blank cells of a Rules range passed from Excel desktop arrive as 0. A 0 is kept only where it can be a setting
 * (the cell right of a key); elsewhere — beside titles, in spacer columns — it is a blank cell, or the sheet
 * reader would take a title row for an unknown key.
 */
function blankDesktopZeros(table: Cell[][]): Cell[][] {
  return table.map((row) => {
    const first = row.findIndex((c) => !isBlank(c) && c !== 0);
    return row.map((c, i) => (c === 0 && i !== first + 1 ? null : c));
  });
}

function fromRules(table: Cell[][], firstRow: number, sheet: string): ResolvedPolicy | FunctionError {
  const key = fingerprint(table, firstRow, sheet);
  let hit = parsed.get(key);
  if (!hit) {
    try {
      hit = { policy: policyFromRulesSheet(table, firstRow, sheet), key: `rules:${key}` };
    } catch (e) {
      hit = invalid((e as Error).message);
    }
    parsed.set(key, hit);
  }
  return hit;
}

/** Validated presets by name: validation is far dearer than the lookup thousands of cells repeat. */
const presets = new Map<string, ResolvedPolicy>();

function fromPreset(name: string): ResolvedPolicy | FunctionError {
  const key = name.trim().toLowerCase();
  let hit = presets.get(key);
  if (!hit) {
    try {
      hit = { policy: ownershipPreset(name), key: `preset:${key}` };
    } catch (e) {
      return invalid((e as Error).message);
    }
    presets.set(key, hit);
  }
  return hit;
}

/**
 * Policies of Rules tables met before, found without hashing them (thousands of cells pass the same Rules): the
 * workbook's Rules sheet by object, which the runtime keeps until the sheet changes; a Rules range by its
 * address, checked cell for cell against the copy it was read from (a Rules range is a few dozen cells).
 */
const ofWorkbook = new WeakMap<WorkbookRules, ResolvedPolicy | FunctionError>();
const ofAddress = new Lru<string, { table: unknown[][]; resolved: ResolvedPolicy | FunctionError }>(16);

function fromWorkbook(workbook: WorkbookRules): ResolvedPolicy | FunctionError {
  let hit = ofWorkbook.get(workbook);
  if (!hit) {
    hit = fromRules(blankDesktopZeros(workbook.table), workbook.firstRow, workbook.sheet);
    ofWorkbook.set(workbook, hit);
  }
  return hit;
}

function fromRange(range: unknown[][], address: string | null | undefined): ResolvedPolicy | FunctionError {
  const seen = address ? ofAddress.get(address) : undefined;
  if (seen && sameRange(seen.table, range)) return seen.resolved;
  const resolved = fromRules(blankDesktopZeros(tableOf(range)), firstRowOf(address), sheetOf(address) || 'Rules');
  if (address) ofAddress.set(address, { table: range, resolved });
  return resolved;
}

/**
 * Resolve a policy argument. `address` is the argument's range address when Excel provides it (so messages name
 * the real cells); `workbook` is the workbook's Rules sheet, used when the argument is omitted.
 */
export function resolvePolicy(value: unknown, address: string | null | undefined, workbook: WorkbookRules | null | undefined): ResolvedPolicy | FunctionError {
  const v = scalarOf(value);
  if (isEmptyArg(v) || v === 0) return workbook ? fromWorkbook(workbook) : fromPreset(DEFAULT_PRESET);
  if (isRange(v)) return fromRange(v, address);
  if (typeof v === 'string') return fromPreset(v);
  return invalid(`policy "${cellText(cellOf(v))}" is not a preset name or a Rules range`);
}
