/**
 * Validation of ownership policies with messages a Rules-sheet author can act on: the key, the value given and
 * what is allowed. Percent sets that do not sum to 100 are an error, never silently renormalised.
 */
import { compileCaseTable } from '../split/case-table';
import { KEY_HELP, PERCENT_PARTIES, ownershipPolicySchema, type OwnershipPolicy, type PercentKey } from './schema';

/** A policy that cannot be used. `key` and `value` name the offending entry. */
export class PolicyError extends Error {
  constructor(message: string, readonly key = '', readonly value: unknown = undefined) {
    super(message);
    this.name = 'PolicyError';
  }
}

function show(value: unknown): string {
  if (value === undefined) return '(missing)';
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = input;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

/**
 * Validate a policy object (defaults filled in). `source` names where it came from (a file, `Rules sheet`,
 * `preset realestate`) and starts every message.
 */
export function validatePolicy(input: unknown, source = 'policy'): OwnershipPolicy {
  const parsed = ownershipPolicySchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = String(issue.path[0] ?? '');
    if (issue.code === 'unrecognized_keys') {
      const unknown = issue.keys[0];
      throw new PolicyError(
        `${source}: unknown key "${unknown}"; allowed keys: ${Object.keys(KEY_HELP).join(', ')}`,
        unknown, valueAt(input, [...issue.path, unknown]),
      );
    }
    if (!key) throw new PolicyError(`${source}: a policy must be a set of key/value pairs, got ${show(input)}`);
    const value = valueAt(input, issue.path);
    const sub = issue.path.length > 1 ? ` (${issue.path.slice(1).join('.')})` : '';
    throw new PolicyError(
      `${source}: key ${key}${sub}: value ${show(value)} is not allowed; expected ${KEY_HELP[key as keyof OwnershipPolicy] ?? issue.message}`,
      key, valueAt(input, [key]),
    );
  }
  const policy = parsed.data;
  for (const key of Object.keys(PERCENT_PARTIES) as PercentKey[]) {
    const set = policy[key] as Record<string, number> | null;
    if (set === null) continue;
    const total = PERCENT_PARTIES[key].reduce((s, p) => s + set[p], 0);
    if (Math.abs(total - 100) > 1e-9) {
      const parts = PERCENT_PARTIES[key].map((p) => `${p} ${set[p]}`).join(' + ');
      throw new PolicyError(`${source}: key ${key}: ${parts} = ${total}; the percents must sum to 100`, key, set);
    }
  }
  policy.deal_cases?.forEach((row, n) => {
    for (const what of ['credit', 'commission'] as const) {
      const set = row[what];
      if (!set) continue;
      const total = Object.values(set).reduce((a, b) => a + b, 0);
      if (Math.abs(total - 100) > 1e-9) {
        const parts = Object.entries(set).map(([p, v]) => `${p} ${v}`).join(' + ') || '(no party)';
        throw new PolicyError(`${source}: key deal_cases row ${row.row ?? n + 1}: ${what} ${parts} = ${total}; the percents must sum to 100`, 'deal_cases', set);
      }
    }
  });
  // Settings that contradict each other: one says to honour something the other says is never honoured.
  const contradiction = (key: keyof OwnershipPolicy, value: unknown, needs: string): never => {
    throw new PolicyError(`${source}: key ${key}: value ${show(value)} contradicts ${needs}`, key, value);
  };
  if (policy.designation_on === 'later_visit' && !policy.honor_designation) {
    contradiction('designation_on', policy.designation_on, 'honor_designation no; allowed: first_claim, or set honor_designation yes');
  }
  if (policy.referral_after_lapse && !policy.honor_referral) {
    contradiction('referral_after_lapse', policy.referral_after_lapse, 'honor_referral no; allowed: no, or set honor_referral yes');
  }
  // Conditions of a written deal-case table are checked now, so a bad cell fails when the policy is read.
  if (policy.deal_cases !== null) compileCaseTable(policy);
  return policy;
}
