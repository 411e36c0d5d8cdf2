/**
 * Grading customers (SPEC §5): one customer (`gradeOne`, behind =CRM.GRADE) or a whole population
 * (`gradeCustomers`, the Grades sheet). Every grade carries a reason: the table row, or the score and its
 * thresholds, or the rank and quota, then each lifecycle step that changed or kept it (lifecycle.ts) and the caps
 * (caps.ts), in that order.
 */
import type Decimal from 'decimal.js';
import { dayFromDate, dayFromText } from '../dates';
import { msg, type Message, type Reason } from '../messages/message';
import { applyCaps, clauseList, type Clauses } from './caps';
import { DayTexts, GradeLine, GradeRun, type Excluded, type LineDates } from './grade-line';
import { reasonOf } from './grade-reason';
import { LifecycleColumns, lifecycleScratch, NO_LIFECYCLE } from './lifecycle-columns';
import { applyLifecycle, blacklisting, lifecycleApplies, ReviewStandings, type LifecycleInput, type RunDates } from './lifecycle';
import type { ReviewStanding } from './review';
import { gatherSeries, isMonthKey, normalise, normaliseScalar, type Metrics, type Normalised, type Scalar } from './metric-values';
import { monthIndex } from './months';
import { BLACKLIST, isBlacklistWord, needsPopulation, type GradePolicy } from './policy';
import { quantileScores } from './quantiles';
import { gradeByQuota, newGrading, type Grading } from './quota';
import { computeScore } from './score';
import { decide, type DecisionRow } from './table';

/** A date as callers give it: a day number (days since 1970-01-01), ISO text, or a Date. */
export type DayInput = number | string | Date | null | undefined;

/** One customer to grade. */
export interface CustomerInput {
  /** Customer Key (SPEC §8); results are sorted by it. */
  key: string;
  /** Customer name for the Grades sheet. */
  name?: string;
  metrics: Metrics;
  /** Grade of the previous run; needed by held changes, max_step and the new-customer rule. */
  previousGrade?: string | null;
  /** Day the previous grade was given (the previous run's as-of date): tells whether a review fell since. */
  previousOn?: DayInput;
  /** Account opening date; evidence of a new customer. */
  openedOn?: DayInput;
  /** Day the customer was first seen (first register event, or the first run that graded it). */
  firstSeenOn?: DayInput;
  /** A manual grade (手工调整): wins over the rules, flagged in the reason. `黑名单` blacklists as of the run. */
  override?: string | null;
  /** Date the customer was blacklisted, when it was. */
  blacklistedOn?: DayInput;
}

/**
 * A customer record with every field of CustomerInput in place (unset ones undefined). Joins that complete records
 * later (the customers table, the previous results) then fill slots the record already has, rather than growing a
 * million objects one property store at a time.
 */
export function customerRecord(key: string, name: string | undefined, metrics: Metrics, fields: Omit<CustomerInput, 'key' | 'name' | 'metrics'> = {}): CustomerInput {
  return {
    key, name, metrics,
    previousGrade: fields.previousGrade, previousOn: fields.previousOn, openedOn: fields.openedOn, firstSeenOn: fields.firstSeenOn,
    override: fields.override, blacklistedOn: fields.blacklistedOn,
  };
}

/** Options of a grading run. */
export interface GradeOptions {
  /** As-of date of the run. */
  asOf: DayInput;
  /** A review date given to the run (`--review-date`): held changes take effect from it, beside the calendar's. */
  reviewDate?: DayInput;
  /** As-of date of the previous results, when they were given: the period of customers appearing now. */
  previousRunOn?: DayInput;
}

/** One line of the Grades sheet (SPEC §8): the grade, and what the next run needs to carry on from it. */
export interface GradeResult {
  customerKey: string;
  customer: string;
  /** '' when no grade could be given (the reason says why). */
  grade: string;
  previousGrade: string;
  /** The weighted score as the reason shows it (two decimals at most), when the policy scores; else null. */
  score: number | null;
  reason: string;
  /** The reason as structured messages (rendered in the result's language); `reason` is its English text. */
  reasonMessages?: Reason;
  /** The run's as-of date: the day this grade was given. */
  gradedOn: string;
  /** The review date this run counts as for the customer, '' when it is no review for them. */
  review: string;
  /** The next review date (when held changes may next take effect), '' when no review calendar is known. */
  nextReview: string;
  /** The manual grade in force, '' when none (carried to the next run). */
  override: string;
  blacklistedOn: string;
  openedOn: string;
  firstSeen: string;
}

/** The grade of one customer. `error` is set (and grade is '') when no grade can be given. */
export interface GradeOutcome {
  grade: string;
  score: number | null;
  reason: string;
  reasonMessages?: Reason;
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

/** A computed base grade: the grade and reason (or a problem), the score, and the metrics it went without. */
interface Base {
  grade: string;
  reason: string;
  score: Score | null;
  /** The score as the reason shows it. */
  shown: number | null;
  missing: Message | null;
  /** The rules' reason as a message when it has one of its own (a table row); null = its text stands as it is. */
  message: Message | null;
}

/**
 * The metrics of a table a customer has no value of (a blank, or a month of a consecutive-months window), as a
 * clause; null when none is missing. The grade was decided without them, and the reason says so.
 */
function missingOf(metrics: readonly string[], values: readonly Normalised[], months: number | null): Message | null {
  let names: string[] | null = null;
  for (let i = 0; i < metrics.length; i++) {
    const v = values[i];
    let what: string | null = null;
    if (v === null || v === undefined) what = metrics[i];
    else if (Array.isArray(v)) {
      const n = months ?? 1;
      let blanks = Math.max(0, n - v.length);
      for (let k = Math.max(0, v.length - n); k < v.length; k++) if (v[k] === null) blanks++;
      if (blanks > 0) what = n === 1 ? metrics[i] : `${metrics[i]} (${blanks} of the last ${n} months blank)`;
    }
    if (what !== null) (names ??= []).push(what);
  }
  return names ? msg('grade.missing', { metrics: names.join(', ') }) : null;
}

/**
 * The grade a customer gets from the rules alone (no population, no lifecycle). `scratch` is reused between
 * customers so that grading by a table allocates nothing but the result.
 */
function baseGrade(policy: GradePolicy, metrics: Metrics, scratch: Normalised[]): Base {
  let score: Score | null = null, shown: number | null = null;
  let explain = '';
  if (policy.score) {
    const s = computeScore(policy.score, metrics);
    if (s.score === null) return { grade: '', reason: s.problem, score: null, shown: null, missing: null, message: null };
    score = s.ranks;
    shown = s.shownNumber;
    explain = s.explain;
  }
  const table = policy.table;
  if (!table) return { grade: policy.levels[0], reason: explain + noThresholds(policy, explain !== ''), score, shown, missing: null, message: null };
  const ms = table.metrics;
  if (score !== null) scratch[0] = score;
  else for (let i = 0; i < ms.length; i++) scratch[i] = normalise(metrics[ms[i]]);
  const consecutive = policy.lifecycle.consecutiveMonths;
  const missing = score !== null ? null : missingOf(ms, scratch, consecutive);
  const d = decide(table, scratch, consecutive);
  if (d.row === null) return { grade: '', reason: explain ? `${explain}; ${d.problem}` : d.problem, score, shown, missing, message: null };
  const months = consecutive && consecutive > 1 ? consecutive : null;
  const reason = months ? `${d.row.reason} in each of the last ${months} months` : d.row.reason;
  if (explain) return { grade: d.row.grade, reason: `${explain}; ${reason}`, score, shown, missing, message: null };
  return { grade: d.row.grade, reason, score, shown, missing, message: months ? monthsMessage(d.row, months) : d.row.message };
}

/** A row's reason over a consecutive-months window, made once per row. */
const MONTHS_MESSAGES = new WeakMap<DecisionRow, Message>();

function monthsMessage(row: DecisionRow, months: number): Message {
  let m = MONTHS_MESSAGES.get(row);
  if (m === undefined) MONTHS_MESSAGES.set(row, (m = msg('grade.table-row-months', { row: row.message, months })));
  return m;
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

function trimmed(v: string | null | undefined): string | null {
  return v ? String(v).trim() || null : null;
}

/** What the lifecycle needs of a customer. An override of `黑名单` blacklists the customer as of the run. */
function lifecycleInput(c: Omit<CustomerInput, 'key' | 'metrics'>, asOf: number): LifecycleInput {
  if (c.previousGrade == null && c.previousOn == null && c.openedOn == null && c.firstSeenOn == null
    && c.override == null && c.blacklistedOn == null) return NO_LIFECYCLE;
  let override = trimmed(c.override);
  let blacklistedOn = toDay(c.blacklistedOn, 'blacklistedOn');
  if (isBlacklistWord(override)) {
    blacklistedOn ??= asOf;
    override = null;
  }
  return {
    previousGrade: trimmed(c.previousGrade),
    previousOn: toDay(c.previousOn, 'previousOn'),
    openedOn: toDay(c.openedOn, 'openedOn'),
    firstSeenOn: toDay(c.firstSeenOn, 'firstSeenOn'),
    override,
    blacklistedOn,
  };
}

/** A problem as a reason of its own. */
function problem(text: string): Message {
  return msg('grade.rules', { text });
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
 * gathered into series ending with the as-of month (or the latest month given). Policies that need the whole
 * population (quota, caps, quantile scores not given as metrics) give an error outcome saying so. Without
 * `asOf`, dated rules (blacklist, new customer, held changes) are taken to have run their course.
 */
export function gradeOne(metrics: Metrics, policy: GradePolicy, options: GradeOneOptions = {}): GradeOutcome {
  const fail = (error: string): GradeOutcome => ({ grade: '', score: null, reason: error, reasonMessages: [problem(error)], error });
  if (policy.type === 'quota' || policy.caps.length > 0 || policy.quantiles.some((q) => metrics[q.name] === undefined)) {
    const missingQuantile = policy.quantiles.find((q) => metrics[q.name] === undefined);
    const why = policy.type === 'quota' ? 'ranks customers against each other'
      : policy.caps.length > 0 ? 'caps grades at a share of all customers'
        : `needs ${missingQuantile!.name}, a quantile of ${missingQuantile!.metric} over all customers`;
    return fail(`policy ${policy.name} ${why}: grade the whole customer list (gradeCustomers, the batch runner's Grades sheet)`);
  }
  let input: LifecycleInput, dates: RunDates;
  try {
    const asOf = toDay(options.asOf, 'asOf');
    dates = { asOf: asOf ?? Number.POSITIVE_INFINITY, reviewDate: toDay(options.reviewDate, 'reviewDate'), previousRunOn: null };
    input = lifecycleInput(options, dates.asOf);
    metrics = hasMonthKeys(metrics) ? gatherSeries(metrics, asOf === null ? null : monthIndex(asOf)) : metrics;
  } catch (e) {
    return fail((e as Error).message);
  }
  const black = blacklisting(policy, input, dates.asOf);
  if (black) return { grade: BLACKLIST, score: null, ...reasonOf('', [black]) };
  const base = baseGrade(policy, metrics, SCRATCH);
  const clauses = base.missing ? [base.missing] : [];
  let grade = base.grade;
  if (lifecycleApplies(policy, input)) {
    const stepped = applyLifecycle(policy, grade, input, dates, new ReviewStandings(policy, dates));
    grade = stepped.grade;
    clauses.push(...stepped.clauses);
  }
  const r = reasonOf(base.reason, clauses, base.message);
  return grade ? { grade, score: base.shown, ...r } : { grade: '', score: base.shown, ...r, error: r.reason };
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

/** Grades of the population: the rules' grades and reasons, scores, and each customer's missing metrics. */
interface PopulationGrading extends Grading {
  scores: (Score | null)[];
  shown: (number | null)[];
  missing: (Message | null)[];
  /** The rules' reason as a message, when it has one of its own (see Base.message). */
  messages: (Message | null)[];
}

/**
 * Grade a list of customers as of a date. Results are sorted by Customer Key (plain `<` order). Quota bands,
 * caps and quantile scores are computed over the customers who are not blacklisted; each customer then passes
 * the lifecycle, and the caps apply last, as ceilings. A customer whose dates cannot be read gets no grade and a
 * reason saying why.
 */
export function gradeCustomers(customers: readonly CustomerInput[], policy: GradePolicy, options: GradeOptions): GradeResult[] {
  const asOf = toDay(options.asOf, 'asOf');
  if (asOf === null) throw new RangeError('gradeCustomers needs an as-of date');
  const dates: RunDates = { asOf, reviewDate: toDay(options.reviewDate, 'reviewDate'), previousRunOn: toDay(options.previousRunOn, 'previousRunOn') };
  const standings = new ReviewStandings(policy, dates);
  const calendared = policy.lifecycle.review !== null || dates.reviewDate !== null;
  const list = sortedByKey(customers);
  const gather = hasMonthColumns(list);
  const endMonth = monthIndex(asOf);
  const n = list.length;
  // Each customer's lifecycle input is read once into columns, and read back through one reused record.
  const life = new LifecycleColumns(n);
  const scratch = lifecycleScratch();
  // Customers outside the population: blacklisted, or with dates that cannot be read.
  const excluded = new Map<number, Excluded>();
  // Made at its largest and cut to length: grown one push at a time, a million positions are copied over and over.
  const population: number[] = new Array(n);
  let m = 0;
  const metricsOf: Metrics[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = list[i];
    metricsOf[i] = gather ? gatherSeries(c.metrics, endMonth) : c.metrics;
    let input: LifecycleInput;
    try {
      input = lifecycleInput(c, asOf);
    } catch (e) {
      life.setUnreadable(i);
      excluded.set(i, { grade: '', clause: problem((e as Error).message) });
      continue;
    }
    life.set(i, input);
    const black = blacklisting(policy, input, asOf);
    if (black) excluded.set(i, { grade: BLACKLIST, clause: black });
    else population[m++] = i;
  }
  population.length = m;

  // Everything below is aligned with the population; customers outside it are looked up in `excluded`.
  const graded = needsPopulation(policy)
    ? gradePopulation(policy, population, list, metricsOf)
    : gradeEach(policy, population, metricsOf);
  const clauses: (Clauses | undefined)[] = new Array(m);
  const override = new Uint8Array(m);
  for (let j = 0; j < m; j++) {
    const input = life.read(population[j], scratch)!;
    if (graded.missing[j]) clauses[j] = [graded.missing[j]!];
    if (!lifecycleApplies(policy, input)) continue;
    const stepped = applyLifecycle(policy, graded.grades[j], input, dates, standings);
    graded.grades[j] = stepped.grade;
    if (stepped.override) override[j] = 1;
    if (stepped.clauses.length) clauses[j] = clauses[j] ? [...clauseList(clauses[j]), ...stepped.clauses] : stepped.clauses;
  }
  if (policy.caps.length > 0) {
    const rank = policy.rankBy === 'score' && policy.score ? graded.scores as Scalar[] : rankValues(population, metricsOf, policy.rankBy!);
    const groups = policy.capBy.map((by) => population.map((i) => {
      const v = normaliseScalar(metricsOf[i][by]);
      return v === null ? '' : String(v);
    }));
    applyCaps(policy, { grades: graded.grades, clauses, override, rank, keys: population.map((i) => list[i].key), groups });
  }

  const run = lineRun(list, life, calendared, standings, asOf, { ...graded, clauses }, excluded);
  const out: GradeResult[] = new Array(n);
  for (let i = 0, j = 0; i < n; i++) out[i] = new GradeLine(run, i, population[j] === i ? j++ : -1);
  return out;
}

/**
 * Each member's value of the rank_by metric: numbers in a typed array while every value is one (a million amounts
 * held as doubles, not as a million boxed numbers for the collector to copy), else as they are.
 */
function rankValues(population: readonly number[], metricsOf: readonly Metrics[], by: string): ArrayLike<Scalar> {
  const m = population.length;
  const numbers = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    const v = normaliseScalar(metricsOf[population[j]][by]);
    if (typeof v === 'number') { numbers[j] = v; continue; }
    const values: Scalar[] = Array.from(numbers.subarray(0, j));
    values.push(v);
    for (let k = j + 1; k < m; k++) values.push(normaliseScalar(metricsOf[population[k]][by]));
    return values;
  }
  return numbers;
}

/**
 * What a run's lines share: the customers, their lifecycle columns, and each customer's dates. The dates of a line
 * depend on its review standing only, and a run's customers share a handful of standings.
 */
function lineRun(
  list: readonly CustomerInput[], life: LifecycleColumns, calendared: boolean, standings: ReviewStandings, asOf: number,
  graded: GradeRun['graded'], excluded: ReadonlyMap<number, Excluded>,
): GradeRun {
  const days = new DayTexts();
  const gradedOn = days.of(asOf);
  const dates: LineDates[] = [];
  const known = new Map<ReviewStanding | null, number>();
  const datesAt = new Uint32Array(list.length);
  // Customers in a row mostly share the day their previous grade was given: a repeat is looked up no further.
  let lastOn: number | null | undefined, lastAt = 0;
  for (let i = 0; i < list.length; i++) {
    const on = calendared && !life.unreadable(i) ? life.previousOn(i) : undefined;
    if (on === lastOn && i > 0) { datesAt[i] = lastAt; continue; }
    const standing = on === undefined ? null : standings.of(on);
    let at = known.get(standing);
    if (at === undefined) {
      known.set(standing, (at = dates.length));
      dates.push({ gradedOn, review: days.of(standing?.review ?? null), nextReview: days.of(standing?.next ?? null) });
    }
    datesAt[i] = lastAt = at;
    lastOn = on;
  }
  return new GradeRun(list, life, datesAt, dates, days, graded, excluded);
}

function newPopulationGrading(m: number, withScores: boolean): PopulationGrading {
  return {
    ...newGrading(m),
    scores: withScores ? new Array(m).fill(null) : [],
    shown: new Array(m).fill(null),
    missing: new Array(m).fill(null),
    messages: new Array(m).fill(null),
  };
}

/** Each customer of the population graded on its own (decision table or score). */
function gradeEach(policy: GradePolicy, population: readonly number[], metricsOf: readonly Metrics[]): PopulationGrading {
  const graded = newPopulationGrading(population.length, policy.score !== null);
  for (let j = 0; j < population.length; j++) {
    const b = baseGrade(policy, metricsOf[population[j]], SCRATCH);
    graded.grades[j] = b.grade;
    graded.reasons[j] = b.reason;
    graded.shown[j] = b.shown;
    graded.missing[j] = b.missing;
    graded.messages[j] = b.message;
    if (b.score !== null) graded.scores[j] = b.score;
  }
  return graded;
}

/** Quantile scores and base grades (quota bands, or per customer) over the population, aligned with it. */
function gradePopulation(policy: GradePolicy, population: readonly number[], list: readonly CustomerInput[], metricsOf: Metrics[]): PopulationGrading {
  for (const q of policy.quantiles) {
    const values = quantileScores(q, population.map((i) => normaliseScalar(metricsOf[i][q.metric])));
    population.forEach((i, j) => { metricsOf[i] = { ...metricsOf[i], [q.name]: values[j] }; });
  }
  if (!policy.quota) return gradeEach(policy, population, metricsOf);
  const q = policy.quota;
  const out = newPopulationGrading(population.length, policy.score !== null);
  const problems: (string | null)[] = [];
  const explains: string[] = [];
  const values = population.map((i, j): Scalar => {
    if (!policy.score) return normaliseScalar(metricsOf[i][q.metric]);
    const s = computeScore(policy.score, metricsOf[i]);
    if (s.score === null) { problems[j] = s.problem; return null; }
    explains[j] = `${s.explain}; `;
    out.shown[j] = s.shownNumber;
    return (out.scores[j] = s.ranks);
  });
  const bands = gradeByQuota(q, values, population.map((i) => list[i].key), policy.rankOrder);
  out.grades = bands.grades;
  out.reasons = bands.reasons;
  if (policy.score) {
    for (let j = 0; j < population.length; j++) {
      if (problems[j]) { out.grades[j] = ''; out.reasons[j] = problems[j]!; } else out.reasons[j] = explains[j] + out.reasons[j];
    }
  }
  return out;
}
