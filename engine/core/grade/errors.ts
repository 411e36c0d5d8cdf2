/**
 * The error a grade policy raises when it cannot be used. It is a PolicyError, so callers that already report
 * ownership-policy problems (the CLI's `check`, the add-in's rule loader) report grade problems the same way.
 */
import { PolicyError } from '../policy/validate';

/** A grade policy that cannot be used; the message names the key or cell, the value and what is allowed. */
export class GradePolicyError extends PolicyError {
  constructor(message: string, key = '', value: unknown = undefined) {
    super(message, key, value);
    this.name = 'GradePolicyError';
  }
}
