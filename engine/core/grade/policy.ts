/**
 * The compiled grade policy (SPEC §5): how the base grade is found (decision table, weighted score or
 * rank/quota), the population rules on top (quantile scores, caps) and the lifecycle rules applied per customer.
 */
import type Decimal from 'decimal.js';
import type { ReviewCalendar } from './review';
import type { DecisionTable } from './table';

/** The three kinds of grade policy. */
export type GradePolicyType = 'table' | 'score' | 'quota';

/** One weighted indicator of a score policy. */
export interface Indicator {
  metric: string;
  weight: Decimal;
  /** Level words → points for this indicator; null = the policy's points. */
  points: ReadonlyMap<string, Decimal> | null;
}

/** A weighted score: Σ points × weight / Σ weight, on the 0–100 scale of the points. */
export interface ScoreSpec {
  indicators: readonly Indicator[];
  /** Level words → points (default 好/较好/普通/差 → 100/80/60/40). */
  points: ReadonlyMap<string, Decimal>;
}

/** One band of a rank/quota policy: the grade and its cumulative limit in percent (null = the rest). */
export interface Band {
  grade: string;
  limit: Decimal | null;
}

/** Rank/quota: grade by rank of a metric (top N% by count) or by cumulative share (ABC/Pareto). */
export interface QuotaSpec {
  metric: string;
  method: 'rank' | 'pareto';
  bands: readonly Band[];
}

/** A grade that may hold at most `percent` of the customers. */
export interface Cap {
  grade: string;
  percent: Decimal;
}

/** A population score: the quantile (1 = worst … buckets = best) of a metric, e.g. RFM quintiles. */
export interface QuantileSpec {
  /** The metric name the score is published as (usable in the table). */
  name: string;
  metric: string;
  order: 'desc' | 'asc';
  buckets: number;
}

/** What values a metric can take, so the lint does not report gaps nobody can fall into. */
export interface Domain {
  min: Decimal | null;
  max: Decimal | null;
  integer: boolean;
}

/** Lifecycle rules, each off (null) unless the policy sets it. */
export interface Lifecycle {
  /** Downgrades wait until this day number, or the next review ('review'). Upgrades apply at once. */
  holdDowngradeUntil: number | 'review' | null;
  /** Upgrades wait until the next review ('review', 004 3.4: 根据阶段评价结果上升); downgrades apply at once. */
  holdUpgradeUntil: 'review' | null;
  /** When reviews fall (`review`, `review_anchor`); null when the policy names none. */
  review: ReviewCalendar | null;
  /** A grade moves at most this many levels per review. */
  maxStep: number | null;
  /** Grade of a new customer; with newCustomerMonths, new = opened less than that many months ago. */
  newCustomerGrade: string | null;
  newCustomerMonths: number | null;
  /** Whether a new customer who qualifies for a better grade gets it at once (就高不就低). */
  newCustomerUpgrade: boolean;
  /** Series metrics must meet a condition in each of the last N months. */
  consecutiveMonths: number | null;
  /** How long a blacklisting lasts; null = until lifted. */
  blacklistMonths: number | null;
  /** The grade a customer re-enters with when a blacklisting ends; null = graded normally. */
  blacklistReentryGrade: string | null;
}

/** A complete, validated grade policy. */
export interface GradePolicy {
  name: string;
  description: string;
  /** Where it came from (a preset, a file, a sheet), for messages and the Audit sheet. */
  source: string;
  type: GradePolicyType;
  /** The decision table (type table), or the score thresholds table (type score); null when none. */
  table: DecisionTable | null;
  score: ScoreSpec | null;
  quota: QuotaSpec | null;
  /** Grades from best to worst: the order for max_step, hold-downgrade, caps and PRIORITY. */
  levels: readonly string[];
  caps: readonly Cap[];
  /** Metric columns whose values group customers for caps (部门, 品种): each cap holds within each group. */
  capBy: readonly string[];
  /** The metric caps rank by (higher first unless rankOrder is asc). */
  rankBy: string | null;
  rankOrder: 'desc' | 'asc';
  quantiles: readonly QuantileSpec[];
  domains: Readonly<Record<string, Domain>>;
  lifecycle: Lifecycle;
  /** The policy as plain data (what the Audit sheet shows). */
  settings: Readonly<Record<string, unknown>>;
}

/** The grade a blacklisted customer gets. */
export const BLACKLIST = 'BLACKLIST';

/** Grade words that mean blacklisted, in a previous result or an override column. */
const BLACKLIST_WORDS = new Set(['blacklist', 'blacklisted', '黑名单', '黑名单客户']);
/** Grade words already folded (trimmed, lower-cased) and looked up among the blacklist words. */
const FOLDED_BLACKLIST = new Map<string, boolean>();

/** Whether a grade word means blacklisted (`BLACKLIST`, `黑名单`, `黑名单客户`). */
export function isBlacklistWord(grade: string | null): boolean {
  if (grade === null) return false;
  if (grade === BLACKLIST || BLACKLIST_WORDS.has(grade)) return true;
  if (grade.length > 16) return false;
  // Asked several times per customer of a run about a handful of grade words: each word is folded once.
  let is = FOLDED_BLACKLIST.get(grade);
  if (is === undefined) {
    is = BLACKLIST_WORDS.has(grade.trim().toLowerCase());
    if (FOLDED_BLACKLIST.size < 10_000) FOLDED_BLACKLIST.set(grade, is);
  }
  return is;
}

/** Whether grading needs the whole population (quota bands, caps, quantile scores). */
export function needsPopulation(policy: GradePolicy): boolean {
  return policy.type === 'quota' || policy.caps.length > 0 || policy.quantiles.length > 0;
}

/** The metric columns a policy reads from a customers table (table conditions, indicators, ranks, cap groups). */
export function policyMetrics(policy: GradePolicy): Set<string> {
  const names = new Set<string>();
  for (const m of policy.table?.metrics ?? []) names.add(m);
  for (const ind of policy.score?.indicators ?? []) names.add(ind.metric);
  if (policy.quota) names.add(policy.quota.metric);
  if (policy.rankBy) names.add(policy.rankBy);
  for (const q of policy.quantiles) { names.delete(q.name); names.add(q.metric); }
  names.delete('score');
  return names;
}
