/**
 * CRM.OWNER, CRM.OWNERS, CRM.EXPLAIN and CRM.STATUS as pure adapters: Excel-shaped arguments in, cell values
 * or FunctionError out. The engine does the work; the evaluation is cached per register range (evaluations.ts).
 * The register argument is a range or a CRM.REGISTER handle (handles.ts).
 */
import type { EngineResult } from '../../../engine/core/engine';
import type { OwnerResult } from '../../../engine/core/types';
import { asOfDay, customerText } from './args';
import { ownersSpill, type SpillValue } from './columns';
import { guarded, invalid, isError, notFound, type FunctionError } from './errors';
import { cachedEvaluation, evaluation, registerRange } from './evaluations';
import { handleAsOf, handleOf, handlePolicy, type RegisterHandle } from './handles';
import { resolvePolicy, type WorkbookRules } from './policy-arg';
import { reasonText } from './reason-text';

/** What the host knows besides the argument values. */
export interface CallContext {
  /** Range addresses of the arguments, in parameter order, when the host provides them. */
  addresses?: readonly (string | null | undefined)[];
  /** The workbook's Rules sheet, for an omitted policy argument. */
  rules?: WorkbookRules | null;
  /** Language of spill headers (Excel's display language); default English. */
  lang?: 'en' | 'zh';
  /** Recalculation burst in which the host delivered the call (burst.ts); default: the current one. */
  burst?: number;
  /**
   * The call previews part of a formula being edited (Excel's formula value preview): answer only from what is
   * already evaluated, never parse or evaluate a register for it.
   */
  preview?: boolean;
}

/** The answer of a previewed call that would have to evaluate a register. */
export const NOT_PREVIEWED = 'not evaluated in the formula preview: the register is evaluated when the formula is entered';

/** Where the register and the policy sit among a function's arguments; `latest`: evaluate as of the register's latest date. */
interface ArgPositions { register: number; policy: number; latest?: boolean }

/** Evaluate through a CRM.REGISTER handle: the call's own as_of and policy win over the handle's. */
function evaluateHandle(handle: RegisterHandle | FunctionError, asOf: unknown, policy: unknown, ctx: CallContext, at: ArgPositions): EngineResult | FunctionError {
  if (isError(handle)) return handle;
  const day = at.latest ? null : handleAsOf(handle, asOf);
  if (isError(day)) return day;
  const resolved = handlePolicy(handle, policy, ctx.addresses?.[at.policy], ctx.rules);
  if (isError(resolved)) return resolved;
  if (ctx.preview) return cachedEvaluation(handle.range, resolved, day) ?? notFound(NOT_PREVIEWED);
  return evaluation(handle.range, resolved, day);
}

/**
 * Evaluate `register` (a range or a handle) under `policy` as of `asOf` (arguments at positions `at.register`,
 * `at.policy`).
 */
export function evaluateArgs(register: unknown, asOf: unknown, policy: unknown, ctx: CallContext, at: ArgPositions): EngineResult | FunctionError {
  const handle = handleOf(register);
  if (handle) return evaluateHandle(handle, asOf, policy, ctx, at);
  // A range in a preview: Excel has already copied it over; comparing or parsing it is what a preview must not do.
  if (ctx.preview) return notFound(NOT_PREVIEWED);
  const day = at.latest ? null : asOfDay(asOf);
  if (isError(day)) return day;
  const resolved = resolvePolicy(policy, ctx.addresses?.[at.policy], ctx.rules);
  if (isError(resolved)) return resolved;
  const range = registerRange(register, ctx.addresses?.[at.register], ctx.burst);
  if (isError(range)) return range;
  return evaluation(range, resolved, day);
}

/** The owner result of one customer (phone, name or household), or #N/A when the register does not name it. */
function ownerResult(customer: unknown, register: unknown, asOf: unknown, policy: unknown, ctx: CallContext): OwnerResult | FunctionError {
  const who = customerText(customer);
  if (!who) return invalid('customer is empty; give a phone, a customer name or a household');
  const result = evaluateArgs(register, asOf, policy, ctx, { register: 1, policy: 3 });
  if (isError(result)) return result;
  return result.ownerOf(who) ?? notFound(`customer "${who}" is not in the register (no row has this phone, name or household)`);
}

/** CRM.OWNER: the owner's name, "" when the customer is in the pool or unowned. */
export function owner(customer: unknown, register: unknown, asOf?: unknown, policy?: unknown, ctx: CallContext = {}): string | FunctionError {
  return guarded(() => {
    const r = ownerResult(customer, register, asOf, policy, ctx);
    return isError(r) ? r : r.owner;
  });
}

/** CRM.EXPLAIN: the reason behind CRM.OWNER (in Chinese when Excel's display language is). */
export function explain(customer: unknown, register: unknown, asOf?: unknown, policy?: unknown, ctx: CallContext = {}): string | FunctionError {
  return guarded(() => {
    const r = ownerResult(customer, register, asOf, policy, ctx);
    return isError(r) ? r : reasonText(r, ctx.lang ?? 'en');
  });
}

/** CRM.STATUS: protected, locked, expired, pool or none. */
export function status(customer: unknown, register: unknown, asOf?: unknown, policy?: unknown, ctx: CallContext = {}): string | FunctionError {
  return guarded(() => {
    const r = ownerResult(customer, register, asOf, policy, ctx);
    return isError(r) ? r : r.status;
  });
}

/** CRM.OWNERS: header row plus one row per customer group (the Owners columns of SPEC §8). */
export function owners(register: unknown, asOf?: unknown, policy?: unknown, ctx: CallContext = {}): SpillValue[][] | FunctionError {
  return guarded(() => {
    const result = evaluateArgs(register, asOf, policy, ctx, { register: 0, policy: 2 });
    return isError(result) ? result : ownersSpill(result.owners, ctx.lang);
  });
}
