/**
 * Register ranges remembered by where they live in the workbook. Excel hands every call its own copy of a
 * range, so without an address "the same range" can only be recognised by hashing all of its cells — for
 * 10,000 cells over a 10,000-row register that is 10,000 full hashes. With the address (Excel passes it with
 * `@requiresParameterAddresses`), a call is matched to the entry of its range, and the entry's copy is checked
 * against the fresh one as cheaply as correctness allows:
 *
 * - Change events (see sheet-events.ts) drop the entries whose cells were edited, so the next call rebuilds.
 * - Events can be missed: handlers are registered asynchronously after the first call, Excel versions without
 *   sheet events send none, and cells holding formulas change on recalculation without any event for them. So
 *   the first call of each recalculation burst (burst.ts) compares the whole fresh copy with the entry's copy,
 *   cell for cell. Every later call of the burst saw the same snapshot, so it only needs the sampled check
 *   (row count, header, last row, a few moving rows) — that sample guards against a burst that is not one
 *   snapshot after all, which the runtime's dispatch rules out.
 *
 * Thus an edit followed by recalculation always reaches the cache as a new burst whose first call sees the edit
 * in full; a stale answer would need two snapshots of the workbook within one synchronous run of the runtime.
 */
import { isError, type FunctionError } from './errors';
import { Lru } from './lru';
import { areaKey, overlaps, parseAddress, sameSheet, type SheetArea } from './range-address';
import { sameRange, sampleSame } from './range-compare';
import type { RegisterRange } from './evaluations';

/** Where a range lives: its area and the area's canonical key. */
export interface Place {
  area: SheetArea;
  key: string;
}

/** A register range at a place, the copy of the range it was parsed from, and the burst that last checked it. */
interface Placed {
  area: SheetArea;
  table: readonly (readonly unknown[])[];
  range: RegisterRange;
  checkedIn: number;
  /** Sampled checks so far; moves the sampled rows from call to call. */
  turn: number;
}

/** A few registers per workbook; each entry keeps its range's values (one copy) for comparisons. */
const placed = new Lru<string, Placed>(8);
/** Parsed addresses: every call passes its address as text, and thousands of calls pass the same one. */
const places = new Lru<string, Place | null>(64);

/** The place an address names, or null when it is not a single range. */
export function placeOf(address: string): Place | null {
  let place = places.get(address);
  if (place === undefined) {
    const area = parseAddress(address);
    place = area && { area, key: areaKey(area) };
    places.set(address, place);
  }
  return place;
}

/**
 * The register range at `place` for a call of burst `burst` passing `value` (a 2D array), reusing the entry of
 * that address when its values are unchanged; otherwise `load` parses `value` and the entry is replaced. `placedNew` is told about each new entry (to watch its sheet for changes).
 */
export function rangeAt(
  { area, key }: Place, value: unknown[][], burst: number,
  load: () => RegisterRange | FunctionError, placedNew: (area: SheetArea) => void,
): RegisterRange | FunctionError {
  const hit = placed.get(key);
  if (hit) {
    // A host that hands one array object to many calls (not Excel) needs no comparison at all.
    if (hit.table === value) return hit.range;
    const same = hit.checkedIn === burst ? sampleSame(hit.table, value, hit.turn++) : sameRange(hit.table, value);
    if (same) {
      hit.checkedIn = burst;
      return hit.range;
    }
  }
  const range = load();
  if (isError(range)) {
    placed.delete(key);
    return range;
  }
  placed.set(key, { area, table: value, range, checkedIn: burst, turn: 0 });
  if (!hit) placedNew(area);
  return range;
}

/** Forget the registers that share a cell with any of `changed` (cells edited on a sheet). */
export function forgetChanged(changed: readonly SheetArea[]): void {
  placed.deleteWhere((p) => changed.some((c) => overlaps(p.area, c)));
}

/** Forget every register on `sheet` (rows or columns inserted or deleted there, or a change not understood). */
export function forgetSheet(sheet: string): void {
  placed.deleteWhere((p) => sameSheet(p.area.sheet, sheet));
}

/** Forget every register. */
export function forgetPlaced(): void {
  placed.clear();
}
