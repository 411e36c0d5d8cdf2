/**
 * The keys a grade policy may hold. A leaf module (no imports), so the Rules-sheet reader can tell grade settings
 * from ownership settings without depending on the grade engine.
 */

/** Every key a grade policy object may hold, with what it allows (for messages and documentation). */
export const GRADE_KEY_HELP: Record<string, string> = {
  preset: 'a grade preset name to start from',
  name: 'a name for the policy',
  description: 'free text',
  type: 'table, score or quota',
  hit_policy: 'FIRST, PRIORITY or UNIQUE',
  table: 'a list of rows: a header row of metric names and grade (等级), then one row of conditions per rule',
  rows: 'a list of rules such as {avg_assets: ">5000000", grade: VIP}',
  indicators: 'indicator → weight, e.g. {sales: 30, credit: 20}, or a list of {metric, weight, points}',
  points: 'level word → points, e.g. {好: 100, 较好: 80, 普通: 60, 差: 40}',
  thresholds: 'grade → minimum score or a test, best first, e.g. {A: 90, B: 75, C: "-"}',
  metric: 'the metric to rank by (score for a weighted score)',
  method: 'rank (top N% by count) or pareto (cumulative share of the metric)',
  bands: 'grade → cumulative percent, best first, the last one rest, e.g. {A: 80, B: 95, C: rest}',
  caps: 'grade → at most this percent of customers, e.g. {VIP: 15, 优选: 30}',
  rank_by: 'the metric that ranks customers for caps (default: the score or the quota metric)',
  rank_order: 'desc (higher is better) or asc',
  levels: 'the grades from best to worst',
  quantiles: 'score name → {metric, order: desc or asc, buckets: 5}',
  domains: 'metric → {min, max, integer}: the values a metric can take',
  hold_downgrade_until: 'a date (YYYY-MM-DD), or review (the next review of the review calendar or --review-date); empty = off',
  hold_upgrade_until: 'review (upgrades wait for the next review; downgrades apply at once); empty = off',
  review: 'annual, half-year, quarterly or monthly (with review_anchor), or a list of review dates (YYYY-MM-DD)',
  review_anchor: 'a review date (YYYY-MM-DD) the cadence counts from, e.g. 2025-12-31 for every 31 December',
  cap_by: 'a metric column (or a list) whose values group customers for caps, e.g. department or product',
  max_step: 'a whole number of levels, at least 1; empty = off',
  new_customer_grade: 'the grade of a new customer; empty = off',
  new_customer_months: 'a whole number of months a new customer keeps new_customer_grade; empty = until first graded',
  new_customer_upgrade: 'yes (a new customer who qualifies for a better grade gets it at once) or no',
  consecutive_months: 'a whole number of months a monthly condition must hold in a row; empty = off',
  blacklist_months: 'a whole number of months a blacklisting lasts; empty = until lifted',
  blacklist_reentry_grade: 'the grade a customer re-enters with after a blacklisting; empty = graded normally',
};

/** Grade keys that may stand in a Rules sheet's key/value block (the table itself sits below the block). */
export const GRADE_SHEET_KEYS: ReadonlySet<string> = new Set(
  Object.keys(GRADE_KEY_HELP).filter((k) => !['preset', 'name', 'description', 'table', 'rows'].includes(k)),
);

/** The key that names a grade preset in a Rules sheet (`preset` there names the ownership preset). */
export const GRADE_PRESET_LABELS: ReadonlySet<string> = new Set(['grade_preset', '分级预设']);
