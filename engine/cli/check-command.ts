/**
 * `crm-rules check`: validate a policy file or a workbook's Rules sheet and say what it sets. Invalid policies
 * throw PolicyError, which main() reports as one line naming the key, the value and what is allowed.
 */
import { policyOfFile } from './policy-choice';

/** Check one policy source; returns the report printed on success. */
export async function checkCommand(file: string): Promise<string> {
  const { policy, source } = await policyOfFile(file);
  const keys = Object.keys(policy).length;
  return `OK: ${source}: policy ${policy.name} is valid (${keys} keys; protection ${policy.protection_days} days, `
    + `claims by ${policy.claim_by} on ${policy.claim_events.join(', ')})`;
}
