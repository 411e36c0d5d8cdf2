/**
 * Weighted scoring (SPEC §5, 客户分级管理制度 综合指标 "以好、较好、普通、差为四等标准"): each indicator is a
 * level word turned into points, or a number used as is (0–100); the score is Σ points × weight / Σ weight,
 * exact in decimal arithmetic.
 */
import Decimal from 'decimal.js';
import { normaliseScalar, type Metrics } from './metricValues';
import type { ScoreSpec } from './policy';

/** 好/较好/普通/差 → 100/80/60/40, the four levels of the 综合指标 table. */
export const DEFAULT_POINTS: ReadonlyMap<string, Decimal> = new Map([
  ['好', new Decimal(100)], ['较好', new Decimal(80)], ['普通', new Decimal(60)], ['差', new Decimal(40)],
]);

/** A computed score and the text that explains it, or why it cannot be computed. */
export type ScoreOutcome = { score: Decimal; explain: string } | { score: null; problem: string };

/** Compute the weighted score of one customer. */
export function computeScore(spec: ScoreSpec, metrics: Metrics): ScoreOutcome {
  let sum = new Decimal(0), weights = new Decimal(0);
  const parts: string[] = [];
  for (const ind of spec.indicators) {
    const v = normaliseScalar(metrics[ind.metric]);
    let points: Decimal;
    if (v === null) return { score: null, problem: `indicator ${ind.metric} has no value` };
    if (typeof v === 'string') {
      const map = ind.points ?? spec.points;
      const p = map.get(v);
      if (!p) return { score: null, problem: `indicator ${ind.metric}: "${v}" is not a level; expected one of ${[...map.keys()].join(', ')} or a number from 0 to 100` };
      points = p;
      parts.push(`${ind.metric} ${v}=${p.toString()}×${ind.weight.toString()}`);
    } else {
      points = v instanceof Decimal ? v : new Decimal(String(v));
      if (points.lt(0) || points.gt(100)) return { score: null, problem: `indicator ${ind.metric}: ${points.toString()} is outside 0–100` };
      parts.push(`${ind.metric} ${points.toString()}×${ind.weight.toString()}`);
    }
    sum = sum.plus(points.times(ind.weight));
    weights = weights.plus(ind.weight);
  }
  const score = sum.div(weights);
  return { score, explain: `score ${formatScore(score)} = (${parts.join(' + ')}) / ${weights.toString()}` };
}

/** A score as shown: at most two decimals, exact digits beyond that rounded half up. */
export function formatScore(score: Decimal): string {
  return score.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString();
}
