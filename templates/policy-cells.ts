/**
 * An ownership policy written as a Rules-sheet key/value block: each value in the words a sales admin would type
 * (是/否, 来访、跟进, owner 50 / closer 50), which the core's Rules-sheet reader turns back into the same policy.
 */
import { EVENT_ALIASES } from '../engine/core/aliases';
import { NO_PERIOD_WORD } from '../engine/core/policy/coerce';
import { KEY_HELP, KEY_LABELS_ZH, POLICY_KEYS, type OwnershipPolicy } from '../engine/core/policy/schema';
import type { EventType } from '../engine/core/types';

/** One line of the key/value block. */
export interface PolicyLine {
  key: keyof OwnershipPolicy;
  /** The value cell: text, a number, or null for an empty setting. */
  value: string | number | null;
  /** Chinese label (also accepted as the key). */
  label: string;
  /** What the key allows. */
  help: string;
}

/** Keys whose value is yes/no (they get a 是/否 dropdown). */
export function isYesNoKey(policy: OwnershipPolicy, key: keyof OwnershipPolicy): boolean {
  return typeof policy[key] === 'boolean';
}

const EVENT_NAMES = new Set<string>(Object.keys(EVENT_ALIASES));

/** The cell a policy value is written as. */
function valueCell(value: Exclude<OwnershipPolicy[keyof OwnershipPolicy], readonly object[]> | readonly string[]): string | number | null {
  if (value === null) return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    // Event lists in their Chinese words (来访、跟进); other lists (names, teams) as written.
    return value.map((v) => (EVENT_NAMES.has(v) ? EVENT_ALIASES[v as EventType][0] : v)).join('、');
  }
  return Object.entries(value).map(([party, percent]) => `${party} ${percent}`).join(' / ');
}

/** Every key of the policy, in schema order, as a key/value line. */
export function policyLines(policy: OwnershipPolicy): PolicyLine[] {
  return POLICY_KEYS.map((key) => ({
    key,
    // The deal-case table is a block of its own below the key/value block (see rules-sheet.ts).
    // No stated period is written in words (不限): a blank protection_days cell is refused when read back.
    value: key === 'deal_cases' ? null : key === 'protection_days' && policy.protection_days === null ? NO_PERIOD_WORD
      : valueCell(policy[key] as Parameters<typeof valueCell>[0]), label: KEY_LABELS_ZH[key], help: KEY_HELP[key] }));
}
