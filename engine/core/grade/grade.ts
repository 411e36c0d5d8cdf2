/**
 * Grading customers (SPEC §5): one customer (`gradeOne`, behind =CRM.GRADE) or a whole population
 * (`gradeCustomers`, the Grades sheet). Every grade carries a reason: the table row, or the score and its
 * thresholds, or the rank and quota, plus any lifecycle rule that changed it.
 */
import type { Reason } from '../messages/message';
import type Decimal from 'decimal.js';
import { dayFromDate, dayFromText } from '../dates';
import { applyCaps } from './caps';
import { applyLifecycle, blacklisting, lifecycleApplies, type LifecycleInput } from './lifecycle';
import { gatherSeries, isMonthKey, normalise, normaliseScalar, type Metrics, type Normalised, type Scalar } from './metric-values';
import { BLACKLIST, needsPopulation, type GradePolicy } from './policy';
import { quantileScores } from './quantiles';
import { gradeByQuota, newGrading, type Graded, type Grading } from './quota';
import { computeScore } from './score';
import { decide } from './table';

/** A date as callers give it: a day number (days since 1970-01-01), ISO text, or a Date. */
export type DayInput = number | string | Date | null | undefined;

/** One customer to grade. */
export interface CustomerInput {
  /** Customer Key (SPEC §8); results are sorted by it. */
  key: string;
  /** Customer name for the Grades sheet. */
  name?: string;
  metrics: Metrics;
  /** Grade at the last review; needed by hold_downgrade_until, max_step and blacklist re-entry. */
  previousGrade?: string | null;
  /** Account opening date; needed by new_customer_months. */
  openedOn?: DayInput;
  /** A manual grade (手工调整): wins over the rules, flagged in the reason. */
  override?: string | null;
  /** Date the customer was blacklisted, when it was. */
  blacklistedOn?: DayInput;
}

/** Options of a grading run. */
export interface GradeOptions {
  /** As-of date of the review. */
  asOf: DayInput;
  /** Date of the (annual) review from which held downgrades apply, for `hold_downgrade_until: review`. */
  reviewDate?: DayInput;
}

/** One line of the Grades sheet (SPEC §8). */
export interface GradeResult {
  customerKey: string;
  customer: string;
  /** '' when no grade could be given (the reason says why). */
  grade: string;
  previousGrade: string;
  /** The weighted score, when the policy scores; else null. */
  score: number | null;
  reason: string;
  /** The reason as structured messages (rendered in the result's language); `reason` is its English text. */
  reasonMessages?: Reason;
}

/** The grade of one customer. `error` is set (and grade is '') when no grade can be given. */
export interface GradeOutcome {
  grade: string;
  score: number | null;
  reason: string;
  error?: string;
}

/** Options of gradeOne: the lifecycle inputs of the customer, all optional. */
export interface GradeOneOptions extends Partial<Omit<CustomerInput, 'key' | 'name' | 'metrics'>> {
  asOf?: DayInput;
  reviewDate?: DayInput;
}

/** A day number from a date input; null when blank; throws when it is not a date. */
function toDay(value: DayInput, what: string): number | null {
  if (value === null || value === undefined || value === '') return null;
  const day = typeof value === 'number' ? (Number.isInteger(value) ? value : null)
    : value instanceof Date ? dayFromDate(value) : dayFromText(value);
  if (day === null) throw new RangeError(`${what} ${JSON.stringify(value)} is not a date; expected YYYY-MM-DD`);
  return day;
}

/** A weighted score as the exact number it ranks by: a double when one is exact, else the Decimal. */
type Score = number | Decimal;

function scoreNumber(score: Score | null | undefined): number | null {
  return score === null || score === undefined ? null : typeof score === 'number' ? score : score.toNumber();
}

/** A computed base grade: the grade and reason, or a problem; and the weighted score when there is one. */
interface Base extends Graded {
  score: Score | null;
}

/**
 * The grade a customer gets from the rules alone (no population, no lifecycle). `scratch` is reused between
 * customers so that grading by a table allocates nothing but the result.
 */
function baseGrade(policy: GradePolicy, metrics: Metrics, scratch: Normalised[]): Base {
  let score: Score | null = null;
  let explain = '';
  if (policy.score) {
    const s = computeScore(policy.score, metrics);
    if (s.score === null) return { grade: '', reason: s.problem, score: null };
    score = s.ranks;
    explain = s.explain;
  }
  const table = policy.table;
  if (!table) return { grade: policy.levels[0], reason: explain + noThresholds(policy, explain !== ''), score };
  const ms = table.metrics;
  if (score !== null) scratch[0] = score;
  else for (let i = 0; i < ms.length; i++) scratch[i] = normalise(metrics[ms[i]]);
  const d = decide(table, scratch, policy.lifecycle.consecutiveMonths);
  if (d.row === null) return { grade: '', reason: explain ? `${explain}; ${d.problem}` : d.problem, score };
  const consecutive = policy.lifecycle.consecutiveMonths;
  const reason = consecutive && consecutive > 1 ? `${d.row.reason} in each of the last ${consecutive} months` : d.row.reason;
  return { grade: d.row.grade, reason: explain ? `${explain}; ${reason}` : reason, score };
}

/** The reason text of a policy without thresholds, after a score's explanation or alone; built once per policy. */
const NO_THRESHOLDS = new WeakMap<GradePolicy, readonly [alone: string, afterScore: string]>();

function noThresholds(policy: GradePolicy, afterScore: boolean): string {
  let texts = NO_THRESHOLDS.get(policy);
  if (!texts) {
    const alone = `no thresholds: every customer qualifies for ${policy.levels[0]} before caps`;
    NO_THRESHOLDS.set(policy, (texts = [alone, `; ${alone}`]));
  }
  return texts[afterScore ? 1 : 0];
}

/** The lifecycle input of a customer with none of the optional fields (most customers): shared, not copied. */
const NO_LIFECYCLE: LifecycleInput = Object.freeze({ previousGrade: null, openedOn: null, override: null, blacklistedOn: null });

function lifecycleInput(c: Omit<CustomerInput, 'key' | 'metrics'>): LifecycleInput {
  if (c.previousGrade == null && c.openedOn == null && c.override == null && c.blacklistedOn == null) return NO_LIFECYCLE;
  return {
    previousGrade: c.previousGrade ? String(c.previousGrade).trim() || null : null,
    openedOn: toDay(c.openedOn, 'openedOn'),
    override: c.override ? String(c.override).trim() || null : null,
    blacklistedOn: toDay(c.blacklistedOn, 'blacklistedOn'),
  };
}

function fail(error: string): GradeOutcome {
  return { grade: '', score: null, reason: error, error };
}

/** Values of one customer's table metrics; grading is synchronous, so one array serves every call. */
const SCRATCH: Normalised[] = [];

/** Whether a record has per-month keys (`name 2026-01`), checked before paying for gathering series. */
function hasMonthKeys(metrics: Metrics): boolean {
  for (const k in metrics) if (isMonthKey(k)) return true;
  return false;
}

/**
 * Grade one customer from its metrics (=CRM.GRADE). Per-month columns such as `monthly_spend 2026-01` are
 * gathered into series. Policies that need the whole population (quota, caps, quantile scores not given as
 * metrics) give an error outcome saying so. Without `asOf`, dated rules (blacklist, new customer, hold) are
 * taken to have run their course.
 */
export function gradeOne(metrics: Metrics, policy: GradePolicy, options: GradeOneOptions = {}): GradeOutcome {
  const given = hasMonthKeys(metrics) ? gatherSeries(metrics) : metrics;
  const missingQuantile = policy.quantiles.length ? policy.quantiles.find((q) => given[q.name] === undefined) : undefined;
  if (policy.type === 'quota' || policy.caps.length > 0 || missingQuantile) {
    const why = policy.type === 'quota' ? 'ranks customers against each other'
      : policy.caps.length > 0 ? 'caps grades at a share of all customers'
        : `needs ${missingQuantile!.name}, a quantile of ${missingQuantile!.metric} over all customers`;
    return fail(`policy ${policy.name} ${why}: grade the whole customer list (gradeCustomers, the batch runner's Grades sheet)`);
  }
  let input: LifecycleInput, asOf: number, reviewDate: number | null;
  try {
    input = lifecycleInput(options);
    asOf = toDay(options.asOf, 'asOf') ?? Number.POSITIVE_INFINITY;
    reviewDate = toDay(options.reviewDate, 'reviewDate');
  } catch (e) {
    return fail((e as Error).message);
  }
  const black = blacklisting(policy, input, asOf);
  if (black) return { grade: BLACKLIST, score: null, reason: black.reason };
  const base = baseGrade(policy, given, SCRATCH);
  const final = applyLifecycle(policy, base, input, asOf, reviewDate);
  const score = scoreNumber(base.score);
  return final.grade ? { grade: final.grade, score, reason: final.reason } : { grade: '', score, reason: final.reason, error: final.reason };
}

function sortedByKey(customers: readonly CustomerInput[]): readonly CustomerInput[] {
  for (let i = 1; i < customers.length; i++) {
    if (customers[i - 1].key > customers[i].key) return [...customers].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
  return customers;
}

/** Whether metric records carry per-month columns (checked on the first record; a sheet's rows share columns). */
function hasMonthColumns(customers: readonly CustomerInput[]): boolean {
  return customers.length > 0 && hasMonthKeys(customers[0].metrics);
}

/**
 * Grade a list of customers as of a date. Results are sorted by Customer Key (plain `<` order). Quota bands,
 * caps and quantile scores are computed over the customers who are not blacklisted. A customer whose dates
 * cannot be read gets no grade and a reason saying why.
 */
export function gradeCustomers(customers: readonly CustomerInput[], policy: GradePolicy, options: GradeOptions): GradeResult[] {
  const asOf = toDay(options.asOf, 'asOf');
  if (asOf === null) throw new RangeError('gradeCustomers needs an as-of date');
  const reviewDate = toDay(options.reviewDate, 'reviewDate');
  const list = sortedByKey(customers);
  const gather = hasMonthColumns(list);
  const n = list.length;
  const inputs: (LifecycleInput | null)[] = new Array(n);
  // Customers outside the population: blacklisted, or with dates that cannot be read (input null).
  const excluded = new Map<number, Graded>();
  const population: number[] = [];
  const metricsOf: Metrics[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = list[i];
    metricsOf[i] = gather ? gatherSeries(c.metrics) : c.metrics;
    let input: LifecycleInput;
    try {
      input = lifecycleInput(c);
    } catch (e) {
      inputs[i] = null;
      excluded.set(i, { grade: '', reason: (e as Error).message });
      continue;
    }
    inputs[i] = input;
    const black = blacklisting(policy, input, asOf);
    if (black) excluded.set(i, black);
    else population.push(i);
  }

  // Everything below is aligned with the population; customers outside it are looked up in `excluded`.
  const scores: (Score | null)[] = policy.score ? new Array(population.length).fill(null) : [];
  const graded = needsPopulation(policy)
    ? gradePopulation(policy, population, list, metricsOf, scores)
    : gradeEach(policy, population, metricsOf, scores);
  const out: GradeResult[] = new Array(n);
  for (let i = 0, j = 0; i < n; i++) {
    const c = list[i];
    let grade: string, reason: string, score: number | null = null;
    if (population[j] === i) {
      grade = graded.grades[j];
      reason = graded.reasons[j];
      score = scoreNumber(scores[j]);
      const input = inputs[i]!;
      if (grade !== BLACKLIST && lifecycleApplies(policy, input)) ({ grade, reason } = applyLifecycle(policy, { grade, reason }, input, asOf, reviewDate));
      j++;
    } else ({ grade, reason } = excluded.get(i)!);
    out[i] = { customerKey: c.key, customer: c.name ?? '', grade, previousGrade: c.previousGrade ?? '', score, reason };
  }
  return out;
}

/** Each customer of the population graded on its own (decision table or score); `scores` receives the scores. */
function gradeEach(policy: GradePolicy, population: readonly number[], metricsOf: readonly Metrics[], scores: (Score | null)[]): Grading {
  const graded = newGrading(population.length);
  for (let j = 0; j < population.length; j++) {
    const b = baseGrade(policy, metricsOf[population[j]], SCRATCH);
    graded.grades[j] = b.grade;
    graded.reasons[j] = b.reason;
    if (b.score !== null) scores[j] = b.score;
  }
  return graded;
}

/**
 * Quantile scores, base grades (quota bands or per customer) and caps over the population; the grading and
 * `scores` are aligned with `population`.
 */
function gradePopulation(
  policy: GradePolicy, population: readonly number[], list: readonly CustomerInput[], metricsOf: Metrics[],
  scores: (Score | null)[],
): Grading {
  const keys = population.map((i) => list[i].key);
  for (const q of policy.quantiles) {
    const values = quantileScores(q, population.map((i) => normaliseScalar(metricsOf[i][q.metric])));
    population.forEach((i, j) => { metricsOf[i] = { ...metricsOf[i], [q.name]: values[j] }; });
  }
  const rankValue = (j: number, metric: string | null): Scalar => {
    const s = scores[j];
    return metric === 'score' && s != null ? s : metric ? normaliseScalar(metricsOf[population[j]][metric]) : null;
  };
  let graded: Grading;
  let rank: readonly Scalar[] | null = null;
  if (policy.quota) {
    const q = policy.quota;
    const problems: (string | null)[] = [];
    const explains: string[] = [];
    const values = population.map((i, j) => {
      if (!policy.score) return rankValue(j, q.metric);
      const s = computeScore(policy.score, metricsOf[i]);
      if (s.score === null) { problems[j] = s.problem; return null; }
      explains[j] = `${s.explain}; `;
      return (scores[j] = s.ranks);
    });
    graded = gradeByQuota(q, values, keys, policy.rankOrder);
    if (policy.score) {
      for (let j = 0; j < population.length; j++) {
        if (problems[j]) { graded.grades[j] = ''; graded.reasons[j] = problems[j]!; } else graded.reasons[j] = explains[j] + graded.reasons[j];
      }
    } else if (policy.rankBy === q.metric) rank = values; // caps rank by the quota's own values
  } else graded = gradeEach(policy, population, metricsOf, scores);
  if (policy.caps.length > 0) applyCaps(policy, graded, rank ?? population.map((_, j) => rankValue(j, policy.rankBy)), keys);
  return graded;
}
