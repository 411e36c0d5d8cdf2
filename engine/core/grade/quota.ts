/**
 * Rank/quota grading (SPEC §5): top N% by count (`method: rank`), or ABC/Pareto by cumulative share of the
 * metric (`method: pareto`: the customers that make up the first 80% of the total → A, up to 95% → B, rest C).
 */
import Decimal from 'decimal.js';
import type { Scalar } from './metric-values';
import type { QuotaSpec } from './policy';
import { countOf, rankable, rankOrder, sameValue } from './ranking';
import { valueText } from './value-text';

/** A grade with its reason. */
export interface Graded {
  grade: string;
  reason: string;
}

/**
 * Grades and reasons of a population, aligned with it. Two arrays rather than one object per customer: a
 * million customers are graded without a million short-lived objects.
 */
export interface Grading {
  grades: string[];
  reasons: string[];
}

/** An empty grading of `n` customers, to be filled in. */
export function newGrading(n: number): Grading {
  return { grades: new Array<string>(n).fill(''), reasons: new Array<string>(n).fill('') };
}

/**
 * Why a customer in a band [start, end) of the rank order shares its value with a customer on the other side of
 * a boundary: ties are broken by Customer Key, and the reason says so.
 */
export function tieNote(values: readonly Scalar[], keys: readonly string[], order: ArrayLike<number>, pos: number, start: number, end: number): string {
  const v = values[order[pos]];
  if (end < order.length && sameValue(v, values[order[end]])) {
    return ` (tied at ${valueText(v)} with ${keys[order[end]]}, who ranks below by customer key)`;
  }
  if (start > 0 && sameValue(v, values[order[start - 1]])) {
    return ` (tied at ${valueText(v)} with ${keys[order[start - 1]]}, who ranks above by customer key)`;
  }
  return '';
}

/**
 * Grade a population by a quota. `values` are the metric values and `keys` the Customer Keys, in Customer Key
 * order; the result is aligned with them. Customers with no value of the metric get the last band.
 */
export function gradeByQuota(spec: QuotaSpec, values: readonly Scalar[], keys: readonly string[], order: 'desc' | 'asc'): Grading {
  const n = values.length;
  const ranked = rankOrder(values, order);
  let valued = 0;
  while (valued < n && rankable(values[ranked[valued]]) !== null) valued++;
  return spec.method === 'rank' ? gradeByRank(spec, values, keys, ranked, valued) : gradeByShare(spec, values, ranked, valued);
}

/** Top N% by count: the band of a customer is where its rank falls among the bands' cumulative counts. */
function gradeByRank(spec: QuotaSpec, values: readonly Scalar[], keys: readonly string[], ranked: Uint32Array, valued: number): Grading {
  const n = values.length;
  const out = newGrading(n);
  const last = spec.bands[spec.bands.length - 1].grade;
  const cuts = spec.bands.map((b) => (b.limit === null ? n : countOf(n, b.limit)));
  // Every reason is `<metric> <value> ranks <rank>` followed by its band's text, built once per band. The first
  // part is joined into one flat string: a short string per customer, not a chain of pieces.
  const head = `${spec.metric} `;
  const tails = spec.bands.map((b, i) => ` of ${n}: ${b.limit === null ? 'the rest' : `top ${b.limit.toString()}% (${cuts[i]} customers)`} → ${b.grade}`);
  const noValue = `no value of ${spec.metric} → ${last} (the last band)`;
  let band = 0;
  for (let pos = 0; pos < n; pos++) {
    const i = ranked[pos];
    if (pos >= valued) { out.grades[i] = last; out.reasons[i] = noValue; continue; }
    while (pos >= cuts[band]) band++;
    out.grades[i] = spec.bands[band].grade;
    const reason = [head, valueText(values[i]), ' ranks ', pos + 1].join('') + tails[band];
    out.reasons[i] = reason + tieNote(values, keys, ranked, pos, band > 0 ? cuts[band - 1] : 0, Math.min(cuts[band], valued));
  }
  return out;
}

/** Where a cumulative share falls: the band and the share as shown in reasons, computed exactly. */
interface ShareState {
  band: number;
  shown: string;
  /** Below this share (in percent, as a double) neither the band nor the shown share can change. */
  safeBelow: number;
}

/**
 * The largest error of a share (in percent) computed in doubles from a running double sum of up to a billion
 * positive values (relative error ≤ n × 2⁻⁵³ of the total), with a wide margin.
 */
const SHARE_MARGIN = 1e-4;

function shareState(spec: QuotaSpec, before: Decimal, total: Decimal): ShareState {
  const share = before.times(100).div(total);
  const band = spec.bands.findIndex((b) => b.limit === null || share.lt(b.limit));
  const rounded = share.toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
  const limit = spec.bands[band].limit;
  // The next change: the share reaching the band's limit, or rounding up to the next tenth of a percent.
  const next = Math.min(limit === null ? Infinity : limit.toNumber(), rounded.toNumber() + 0.05);
  return { band, shown: `${rounded.toString()}%`, safeBelow: next - SHARE_MARGIN };
}

/**
 * ABC/Pareto: the band of a customer is where the cumulative share of the customers ranked above it falls.
 * Sums are exact decimals. The share only grows down the rank order, so its band and shown value change a few
 * thousand times at most: a running double sum tells when the exact share must be computed again, and every
 * customer in between shares its reason's tail.
 */
function gradeByShare(spec: QuotaSpec, values: readonly Scalar[], ranked: Uint32Array, valued: number): Grading {
  const n = values.length;
  const out = newGrading(n);
  const last = spec.bands[spec.bands.length - 1].grade;
  let total = new Decimal(0);
  for (let pos = 0; pos < valued; pos++) {
    const d = new Decimal(String(values[ranked[pos]]));
    if (d.gt(0)) total = total.plus(d);
  }
  const totalNumber = total.toNumber();
  const limits = spec.bands.map((b) => `${b.grade} ${b.limit === null ? 'rest' : `≤${b.limit.toString()}%`}`).join(', ');
  const tailOf = (state: ShareState): string =>
    ` of ${n}; cumulative share before it ${state.shown} of ${total.toString()} (${limits}) → ${spec.bands[state.band].grade}`;
  const noShare = ` adds no share → ${last} (the last band)`;
  const head = `${spec.metric} `;
  let before = new Decimal(0), approx = 0;
  let state = shareState(spec, before, total.isZero() ? new Decimal(1) : total);
  let tail = tailOf(state);
  for (let pos = 0; pos < n; pos++) {
    const i = ranked[pos];
    out.grades[i] = last;
    if (pos >= valued) { out.reasons[i] = `${head}has no value${noShare}`; continue; }
    const d = new Decimal(String(values[i]));
    if (d.lte(0) || total.isZero()) { out.reasons[i] = head + d.toString() + noShare; continue; }
    if ((approx * 100) / totalNumber >= state.safeBelow) {
      state = shareState(spec, before, total);
      tail = tailOf(state);
    }
    out.grades[i] = spec.bands[state.band].grade;
    out.reasons[i] = [head, d.toString(), ' ranks ', pos + 1].join('') + tail;
    before = before.plus(d);
    approx += d.toNumber();
  }
  return out;
}
