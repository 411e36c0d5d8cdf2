/**
 * CRM.GRADE and CRM.SCORE as pure adapters: one customer's metrics (a header+values range, or values with a
 * names range) graded by a decision table range or a grade preset (SPEC §5). A metric name given several times
 * (e.g. monthly_spend for each of the last six months) becomes a monthly series, oldest first.
 */
import { gradeOne, gradePolicyFromRules, type GradeOutcome, type GradePolicy, type MetricValue } from '../../../engine/core/grade';
import type { Cell } from '../../../engine/core/types';
import { cellText } from '../../../engine/core/values';
import { cellOf, firstRowOf, isEmptyArg, isRange, scalarOf, sheetOf, tableOf } from './args';
import { guarded, invalid, isError, notFound, type FunctionError } from './errors';
import { fingerprint } from './fingerprint';
import { Lru } from './lru';
import type { CallContext } from './owner';

const policies = new Lru<string, GradePolicy>(16);

/**
 * Blank cells of a decision table range from Excel desktop arrive as 0. A 0 under a real header stays (it can be
 * a condition, `= 0`); a 0 in a column without a header, or in a row holding nothing else, is a blank cell.
 */
function blankDesktopZeros(table: Cell[][]): Cell[][] {
  const header = table.findIndex((r) => r.some((c) => !isEmptyArg(c) && c !== 0));
  const named = (table[header] ?? []).map((c) => !isEmptyArg(c) && c !== 0);
  return table.map((row) => {
    if (row.every((c) => isEmptyArg(c) || c === 0)) return row.map(() => null);
    return row.map((c, i) => (c === 0 && !named[i] ? null : c));
  });
}

/** The grade policy of a `rules` argument (preset name or decision table range), cached by content. */
function gradePolicyOf(rules: unknown, address: string | null | undefined): GradePolicy | FunctionError {
  const v = scalarOf(rules);
  if (isEmptyArg(v)) return invalid('rules is empty; give a grade preset name (e.g. annual-sales-4tier) or a decision table range');
  const table = isRange(v) ? blankDesktopZeros(tableOf(v)) : null;
  const key = table ? fingerprint(table, firstRowOf(address), sheetOf(address)) : `preset:${cellText(cellOf(v))}`;
  let policy = policies.get(key);
  if (!policy) {
    policy = gradePolicyFromRules(table ?? cellText(cellOf(v)), table ? { firstRow: firstRowOf(address), sheet: sheetOf(address) || undefined } : {});
    policies.set(key, policy);
  }
  return policy;
}

/** A metric cell: blanks (null, "") are missing; everything else as given. */
function metricCell(value: unknown): Cell {
  return isEmptyArg(value) ? null : cellOf(value);
}

/** Metrics by name from `metrics` (2 rows: names then values) or from `metrics` with `names`. */
function metricsOf(metrics: unknown, names: unknown): Record<string, MetricValue> | FunctionError {
  let header: Cell[], values: Cell[];
  if (isEmptyArg(scalarOf(names))) {
    const t = tableOf(metrics);
    if (t.length !== 2) return invalid('metrics must be two rows (metric names, then values), or give the names as the third argument');
    [header, values] = [t[0], t[1].map(metricCell)];
  } else {
    header = tableOf(names).flat();
    values = tableOf(metrics).flat().map(metricCell);
    if (header.length !== values.length) return invalid(`names has ${header.length} cells but metrics has ${values.length}; give one name per value`);
  }
  const grouped = new Map<string, Cell[]>();
  header.forEach((h, i) => {
    const name = h === 0 ? '' : cellText(h);
    if (!name) return; // a blank header cell (desktop 0) names nothing
    const list = grouped.get(name);
    if (list) list.push(values[i]); else grouped.set(name, [values[i]]);
  });
  if (grouped.size === 0) return invalid('no metric names given; expected names such as annual_sales or avg_assets');
  const out: Record<string, MetricValue> = {};
  for (const [name, list] of grouped) out[name] = list.length === 1 ? list[0] as MetricValue : list.map((c) => (c instanceof Date ? null : c as MetricValue)) as MetricValue;
  return out;
}

/** The grading outcome for GRADE/SCORE: metrics at position 0, rules at 1, names at 2. */
function outcome(metrics: unknown, rules: unknown, names: unknown, ctx: CallContext): GradeOutcome | FunctionError {
  const policy = gradePolicyOf(rules, ctx.addresses?.[1]);
  if (isError(policy)) return policy;
  const m = metricsOf(metrics, names);
  if (isError(m)) return m;
  const result = gradeOne(m, policy);
  return result.error ? invalid(result.error) : result;
}

/** CRM.GRADE: the grade of one customer. */
export function grade(metrics: unknown, rules: unknown, names?: unknown, ctx: CallContext = {}): string | FunctionError {
  return guarded(() => {
    const r = outcome(metrics, rules, names, ctx);
    return isError(r) ? r : r.grade;
  });
}

/** CRM.SCORE: the weighted score behind a score-type grade; #N/A for policies that do not score. */
export function score(metrics: unknown, rules: unknown, names?: unknown, ctx: CallContext = {}): number | FunctionError {
  return guarded(() => {
    const r = outcome(metrics, rules, names, ctx);
    if (isError(r)) return r;
    return r.score ?? notFound('this grade policy gives no score; SCORE needs a weighted-score policy');
  });
}
