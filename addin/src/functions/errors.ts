/**
 * Errors of the CRM.* functions as plain data. The adapters never throw: they return a FunctionError, and the
 * host (Excel's CustomFunctions runtime, or a spreadsheet engine in tests) turns it into its own error value
 * (#VALUE!, #N/A) carrying the message.
 */
import { RegisterFormatError } from '../../../engine/core/register';
import { AllocationError } from '../../../engine/core/split/allocation';
import { PolicyError } from '../../../engine/core/policy/validate';

/** Error kinds, named as Excel's CustomFunctions.ErrorCode names them. */
export type FunctionErrorCode = 'invalidValue' | 'notAvailable';

/** An Excel error value with its message: invalidValue → #VALUE!, notAvailable → #N/A. */
export class FunctionError {
  constructor(readonly code: FunctionErrorCode, readonly message: string) {}
}

/** #VALUE! with a message: an argument that cannot be used. */
export function invalid(message: string): FunctionError {
  return new FunctionError('invalidValue', message);
}

/** #N/A with a message: nothing to answer (e.g. a customer not in the register). */
export function notFound(message: string): FunctionError {
  return new FunctionError('notAvailable', message);
}

/** Errors of the engine that describe bad input (as opposed to bugs). */
function isInputError(e: unknown): e is Error {
  return e instanceof PolicyError || e instanceof RegisterFormatError || e instanceof AllocationError;
}

/**
 * Run an adapter body and turn any exception into a FunctionError: input errors keep their message, anything
 * else is reported as an internal error rather than escaping into the host.
 */
export function guarded<T>(body: () => T | FunctionError): T | FunctionError {
  try {
    return body();
  } catch (e) {
    if (e instanceof FunctionError) return e;
    if (isInputError(e)) return invalid(e.message);
    return invalid(`internal error: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Whether an adapter result is an error. */
export function isError(value: unknown): value is FunctionError {
  return value instanceof FunctionError;
}
