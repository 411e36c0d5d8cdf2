/**
 * Warnings about a run as a whole, shown in the Audit sheet and at the end of the run's summary line: facts that
 * leave results incomplete without any one row being wrong.
 */
import { msg, type Message } from '../core/messages';
import type { OwnershipPolicy } from '../core/policy/schema';
import { EVENT_CODE, type Register } from '../core/types';

/**
 * The run's warnings. A deal row with an amount but no commission, under a policy without `commission_rate`, has
 * nothing to split as commission: its parties' commission amounts are left empty, and finance should know.
 */
export function runWarnings(register: Register, policy: OwnershipPolicy): Message[] {
  const warnings: Message[] = [];
  if (policy.commission_rate === null || policy.commission_rate === undefined) {
    const { event, amount, commission } = register.cols;
    let count = 0;
    for (let i = 0; i < register.size; i++) {
      if (event[i] === EVENT_CODE.deal && amount[i] !== null && commission[i] === null) count++;
    }
    if (count > 0) warnings.push(msg('output.no-commission', { count }));
  }
  return warnings;
}
