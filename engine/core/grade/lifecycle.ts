/**
 * Grade lifecycle (SPEC §5), applied per customer after the rules have computed a grade:
 * blacklist (黑名单有效期 6 个月, 之后定位于合格类客户), manual override (手工调整), new customers
 * (新开户默认潜力客户一年 / 网拍客户), hold-downgrade (就高不就低: upgrades at once, downgrades at the review
 * date) and max_step (客户级别可以依次升降). Each is off unless the policy sets it.
 */
import { formatDay } from '../dates';
import { addMonths } from './months';
import { BLACKLIST, type GradePolicy } from './policy';
import type { Graded } from './quota';

/** What the lifecycle needs to know about one customer. Dates are day numbers. */
export interface LifecycleInput {
  previousGrade: string | null;
  openedOn: number | null;
  override: string | null;
  blacklistedOn: number | null;
}

/** The BLACKLIST grade when a blacklisting is in force on `asOf`, else null. */
export function blacklisting(policy: GradePolicy, input: LifecycleInput, asOf: number): Graded | null {
  const on = input.blacklistedOn;
  if (on === null || on > asOf) return null;
  const months = policy.lifecycle.blacklistMonths;
  const until = months === null ? null : addMonths(on, months);
  if (until !== null && asOf >= until) return null;
  const span = until === null ? 'until lifted' : `${months} months, until ${formatDay(until)}`;
  return { grade: BLACKLIST, reason: `blacklisted on ${formatDay(on)} (${span})` };
}

/** Whether a customer counts as new on `asOf`, and the explanation. */
function newness(policy: GradePolicy, input: LifecycleInput, asOf: number): string | null {
  const { newCustomerGrade, newCustomerMonths } = policy.lifecycle;
  if (!newCustomerGrade) return null;
  if (newCustomerMonths === null) return input.previousGrade ? null : 'new customer (not graded before)';
  if (input.openedOn === null || input.openedOn > asOf) return null;
  const until = addMonths(input.openedOn, newCustomerMonths);
  return asOf < until ? `new customer (opened ${formatDay(input.openedOn)}, new until ${formatDay(until)})` : null;
}

/** The day downgrades may take effect from, or null when they may now. */
function holdUntil(policy: GradePolicy, reviewDate: number | null): number | null {
  const h = policy.lifecycle.holdDowngradeUntil;
  return h === 'review' ? reviewDate : h;
}

/**
 * Whether `applyLifecycle` can change this customer's computed grade: only an override, a previous grade or a
 * new-customer rule can. Most customers of a run have none, and their computed grade stands as it is.
 */
export function lifecycleApplies(policy: GradePolicy, input: LifecycleInput): boolean {
  return input.override !== null || input.previousGrade !== null || policy.lifecycle.newCustomerGrade !== null;
}

/**
 * Apply override, new-customer, blacklist re-entry, hold-downgrade and max_step to a computed grade (the
 * blacklist itself is applied before grading, see `blacklisting`). Returns the final grade and its reason.
 */
export function applyLifecycle(
  policy: GradePolicy, computed: Graded, input: LifecycleInput, asOf: number, reviewDate: number | null,
): Graded {
  const lc = policy.lifecycle;
  const levels = policy.levels;
  if (input.override) {
    return { grade: input.override, reason: `manual override → ${input.override} (rules gave ${computed.grade || 'no grade'}: ${computed.reason})` };
  }
  const fresh = newness(policy, input, asOf);
  if (fresh) {
    const dflt = lc.newCustomerGrade!;
    const better = computed.grade && lc.newCustomerUpgrade && levels.indexOf(computed.grade) >= 0
      && levels.indexOf(computed.grade) < levels.indexOf(dflt);
    return better
      ? { grade: computed.grade, reason: `${computed.reason}; ${fresh}: qualifies above the default ${dflt}, upgraded at once` }
      : { grade: dflt, reason: `${fresh} → ${dflt} (rules gave ${computed.grade || 'no grade'}: ${computed.reason})` };
  }
  const prev = input.previousGrade;
  if (prev === BLACKLIST && input.blacklistedOn !== null && lc.blacklistReentryGrade) {
    return { grade: lc.blacklistReentryGrade, reason: `blacklisting of ${formatDay(input.blacklistedOn)} has ended; re-enters as ${lc.blacklistReentryGrade}` };
  }
  if (!computed.grade || !prev) return computed;
  const p = levels.indexOf(prev), c = levels.indexOf(computed.grade);
  if (p < 0 || c < 0 || p === c) return computed;
  let grade = computed.grade, reason = computed.reason;
  const until = holdUntil(policy, reviewDate);
  if (lc.holdDowngradeUntil !== null && c > p && until !== null && asOf < until) {
    return { grade: prev, reason: `${reason}; downgrade from ${prev} held until the review on ${formatDay(until)} (就高不就低) → stays ${prev}` };
  }
  if (lc.maxStep !== null && Math.abs(c - p) > lc.maxStep) {
    grade = levels[c > p ? p + lc.maxStep : p - lc.maxStep];
    reason += `; max_step ${lc.maxStep}: moves from ${prev} at most ${lc.maxStep} level${lc.maxStep > 1 ? 's' : ''} → ${grade}`;
  }
  return { grade, reason };
}
