/**
 * Rank/quota grading (SPEC §5): top N% by count (`method: rank`), or ABC/Pareto by cumulative share of the
 * metric (`method: pareto`: the customers that make up the first 80% of the total → A, up to 95% → B, rest C).
 */
import Decimal from 'decimal.js';
import type { Scalar } from './metricValues';
import type { QuotaSpec } from './policy';
import { countOf, rankable, rankOrder, sameValue } from './ranking';

/** A grade with its reason. */
export interface Graded {
  grade: string;
  reason: string;
}

function pct(d: Decimal): string {
  return `${d.toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toString()}%`;
}

/**
 * Why a customer in a band [start, end) of the rank order shares its value with a customer on the other side of
 * a boundary: ties are broken by Customer Key, and the reason says so.
 */
export function tieNote(values: readonly Scalar[], keys: readonly string[], order: readonly number[], pos: number, start: number, end: number): string {
  const v = values[order[pos]];
  if (end < order.length && sameValue(v, values[order[end]])) {
    return ` (tied at ${String(v)} with ${keys[order[end]]}, who ranks below by customer key)`;
  }
  if (start > 0 && sameValue(v, values[order[start - 1]])) {
    return ` (tied at ${String(v)} with ${keys[order[start - 1]]}, who ranks above by customer key)`;
  }
  return '';
}

/**
 * Grade a population by a quota. `values` are the metric values and `keys` the Customer Keys, in Customer Key
 * order; the result is aligned with them. Customers with no value of the metric get the last band.
 */
export function gradeByQuota(spec: QuotaSpec, values: readonly Scalar[], keys: readonly string[], order: 'desc' | 'asc'): Graded[] {
  const n = values.length;
  const ranked = rankOrder(values, order);
  const out: Graded[] = new Array(n);
  const last = spec.bands[spec.bands.length - 1].grade;
  const valued = ranked.filter((i) => rankable(values[i]) !== null).length;
  if (spec.method === 'rank') {
    const cuts = spec.bands.map((b) => (b.limit === null ? n : countOf(n, b.limit)));
    const bandText = spec.bands.map((b, i) => (b.limit === null ? 'the rest' : `top ${b.limit.toString()}% (${cuts[i]} customers)`));
    for (let pos = 0; pos < n; pos++) {
      const i = ranked[pos];
      if (pos >= valued) { out[i] = { grade: last, reason: `no value of ${spec.metric} → ${last} (the last band)` }; continue; }
      const band = cuts.findIndex((c) => pos < c);
      const grade = spec.bands[band].grade;
      const note = tieNote(values, keys, ranked, pos, band > 0 ? cuts[band - 1] : 0, Math.min(cuts[band], valued));
      out[i] = { grade, reason: `${spec.metric} ${String(values[i])} ranks ${pos + 1} of ${n}: ${bandText[band]} → ${grade}${note}` };
    }
    return out;
  }
  let total = new Decimal(0);
  for (const i of ranked.slice(0, valued)) {
    const d = new Decimal(String(values[i]));
    if (d.gt(0)) total = total.plus(d);
  }
  let before = new Decimal(0);
  const limits = spec.bands.map((b) => `${b.grade} ${b.limit === null ? 'rest' : `≤${b.limit.toString()}%`}`).join(', ');
  for (let pos = 0; pos < n; pos++) {
    const i = ranked[pos];
    const d = pos < valued ? new Decimal(String(values[i])) : null;
    if (d === null || d.lte(0) || total.isZero()) {
      out[i] = { grade: last, reason: `${spec.metric} ${d === null ? 'has no value' : d.toString()} adds no share → ${last} (the last band)` };
      continue;
    }
    const shareBefore = before.times(100).div(total);
    const band = spec.bands.findIndex((b) => b.limit === null || shareBefore.lt(b.limit));
    const grade = spec.bands[band].grade;
    out[i] = {
      grade,
      reason: `${spec.metric} ${d.toString()} ranks ${pos + 1} of ${n}; cumulative share before it ${pct(shareBefore)} of ${total.toString()} (${limits}) → ${grade}`,
    };
    before = before.plus(d);
  }
  return out;
}
