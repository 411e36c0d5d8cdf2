/**
 * Register handles (CRM.REGISTER). Excel hands every call its own copy of each range argument, so 10,000 cells of
 * `=CRM.OWNER(C2, Register!$A$1:$M$10001)` move 10,000 copies of the whole register between Excel and the runtime
 * on every recalculation. With a handle one cell, `=CRM.REGISTER(Register!$A$1:$M$10001)`, receives the range and
 * answers a short text; every per-row formula passes that text (`=CRM.OWNER(C2, $P$1)`), so a recalculation moves
 * the register once plus a few values per row.
 *
 * A handle names its content: a fingerprint of the cells, their place (reasons name sheet rows), the policy and
 * the as-of date. An edit of the range gives a new handle text, and Excel's own dependency tracking then
 * recalculates the formulas that use it; a handle text never stands for two different registers.
 */
import { parseRegister } from '../../../engine/core/register';
import { asOfDay, firstRowOf, isEmptyArg, isRange, scalarOf, sheetOf, tableOf } from './args';
import { guarded, invalid, isError, notFound, type FunctionError } from './errors';
import { dropEvaluations, REGISTER_SHAPE, type RegisterRange } from './evaluations';
import { fingerprint } from './fingerprint';
import { Lru } from './lru';
import { resolvePolicy, type ResolvedPolicy, type WorkbookRules } from './policy-arg';

/** What a handle stands for: a parsed register, the policy and the as-of day it was made with. */
export interface RegisterHandle {
  range: RegisterRange;
  policy: ResolvedPolicy;
  /** As-of day; null: the register's latest date. */
  asOf: number | null;
}

/** What CRM.REGISTER knows besides its argument values. */
export interface HandleContext {
  /** Addresses of the arguments (register, policy, as_of) when the host gives them. */
  addresses?: readonly (string | null | undefined)[];
  /** The workbook's Rules sheet, for an omitted policy. */
  rules?: WorkbookRules | null;
  /** Address of the cell holding CRM.REGISTER: its previous handle is let go when it makes a new one. */
  cell?: string | null;
}

/** Handles by text. A few registers are kept; a handle's own cell replacing it lets the old one go at once. */
const handles = new Lru<string, RegisterHandle>(8);
/** The handle each CRM.REGISTER cell made last. */
const ofCell = new Map<string, string>();

const HANDLE_TEXT = /^CRM:[0-9a-z]+\.[0-9a-z]+ \(\d+ rows\)$/;

/** Whether a value is a handle text (known to this runtime or not). */
export function isHandleText(value: unknown): value is string {
  return typeof value === 'string' && HANDLE_TEXT.test(value);
}

/** The handle text of a register's content: `CRM:<fingerprint> (<rows> rows)`. */
function handleText(range: unknown[][], address: string | null | undefined, policy: ResolvedPolicy, asOf: number | null): string {
  const content = fingerprint(range, firstRowOf(address), sheetOf(address), policy.key, asOf ?? 'latest');
  return `CRM:${content.slice(content.indexOf(':') + 1)} (${Math.max(range.length - 1, 0)} rows)`;
}

/** Let go of the handle a cell made before, and of its evaluations, unless another cell still shows it. */
function replaceOfCell(cell: string, text: string): void {
  const before = ofCell.get(cell);
  ofCell.set(cell, text);
  if (before === undefined || before === text) return;
  for (const other of ofCell.values()) if (other === before) return;
  const old = handles.get(before);
  if (old) dropEvaluations(old.range);
  handles.delete(before);
}

/**
 * CRM.REGISTER: the handle of a register range under a policy as of a date. The range is parsed once per content;
 * evaluations under the handle are cached like those of a range argument (evaluations.ts).
 */
export function makeHandle(register: unknown, policy: unknown, asOf: unknown, ctx: HandleContext = {}): string | FunctionError {
  if (!isRange(register)) return invalid(REGISTER_SHAPE);
  const day = asOfDay(asOf);
  if (isError(day)) return day;
  const resolved = resolvePolicy(policy, ctx.addresses?.[1], ctx.rules);
  if (isError(resolved)) return resolved;
  const address = ctx.addresses?.[0];
  const text = handleText(register, address, resolved, day);
  if (!handles.get(text)) {
    // The fingerprint has read every cell already, so the parse is keyed by it: no address cache is consulted.
    const range = guarded(() => ({ key: `handle:${text}`, register: parseRegister(tableOf(register), { firstRow: firstRowOf(address), sheet: sheetOf(address) }) }));
    if (isError(range)) return range;
    handles.set(text, { range, policy: resolved, asOf: day });
  }
  if (ctx.cell) replaceOfCell(ctx.cell, text);
  return text;
}

/**
 * The handle a register argument names: null when the argument is no handle text (then it is a range), the
 * handle, or #N/A when the text is a handle this runtime has not made (e.g. a value saved in the file before the
 * add-in loaded): recalculating the CRM.REGISTER cell makes it again.
 */
export function handleOf(value: unknown): RegisterHandle | FunctionError | null {
  const v = scalarOf(value);
  if (!isHandleText(v)) return null;
  return handles.get(v) ?? notFound(`register handle "${v}" is not known yet: recalculate the workbook (Ctrl+Alt+F9) so its CRM.REGISTER cell makes it again`);
}

/** The as-of day of a call through a handle: the call's own as_of when given, else the handle's. */
export function handleAsOf(handle: RegisterHandle, asOf: unknown): number | null | FunctionError {
  const v = scalarOf(asOf);
  return isEmptyArg(v) || v === 0 ? handle.asOf : asOfDay(v);
}

/** The policy of a call through a handle: the call's own policy when given, else the handle's. */
export function handlePolicy(handle: RegisterHandle, policy: unknown, address: string | null | undefined, rules: WorkbookRules | null | undefined): ResolvedPolicy | FunctionError {
  const v = scalarOf(policy);
  return isEmptyArg(v) || v === 0 ? handle.policy : resolvePolicy(policy, address, rules);
}

/** Forget every handle (tests; a fresh runtime starts empty). */
export function clearHandles(): void {
  handles.clear();
  ofCell.clear();
}
