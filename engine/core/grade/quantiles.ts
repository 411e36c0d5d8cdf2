/**
 * Population scores by quantile (RFM quintiles and the like): a customer's score is `buckets` for the best
 * fifth, down to 1 for the worst. Equal values share the score of the best-placed of them, so a tie never splits
 * customers by an arbitrary order; customers with no value score 1.
 */
import type { Scalar } from './metric-values';
import type { QuantileSpec } from './policy';
import { rankable, rankOrder, sameValue } from './ranking';

/** Quantile scores of `values` (aligned with them). */
export function quantileScores(spec: QuantileSpec, values: readonly Scalar[]): number[] {
  const n = values.length;
  const order = rankOrder(values, spec.order);
  const out = new Array<number>(n);
  let groupStart = 0;
  for (let pos = 0; pos < n; pos++) {
    const i = order[pos];
    if (rankable(values[i]) === null) { out[i] = 1; continue; }
    if (pos > 0 && !sameValue(values[order[pos - 1]], values[i])) groupStart = pos;
    out[i] = spec.buckets - Math.floor((spec.buckets * groupStart) / n);
  }
  return out;
}
