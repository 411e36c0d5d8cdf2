/**
 * Weighted scoring (SPEC §5, 客户分级管理制度 综合指标 "以好、较好、普通、差为四等标准"): each indicator is a
 * level word turned into points, or a number used as is (0–100); the score is Σ points × weight / Σ weight,
 * exact in decimal arithmetic.
 */
import Decimal from 'decimal.js';
import { normaliseScalar, type Metrics } from './metricValues';
import type { Indicator, ScoreSpec } from './policy';

/** 好/较好/普通/差 → 100/80/60/40, the four levels of the 综合指标 table. */
export const DEFAULT_POINTS: ReadonlyMap<string, Decimal> = new Map([
  ['好', new Decimal(100)], ['较好', new Decimal(80)], ['普通', new Decimal(60)], ['差', new Decimal(40)],
]);

/** A computed score and the text that explains it, or why it cannot be computed. */
export type ScoreOutcome = { score: Decimal; explain: string } | { score: null; problem: string };

/** One indicator's contribution: points × weight and its text in the explanation, or why there is none. */
type Term = { product: Decimal; text: string } | string;

/** What is worked out once per score policy: Σ weight, and each indicator's terms by the value given. */
interface Prepared {
  weights: Decimal;
  weightsText: string;
  /** Per indicator, terms already worked out, keyed by the metric value as given (level words, points). */
  terms: Map<unknown, Term>[];
}

/**
 * How many distinct values of one indicator keep their term. Level words and whole points repeat across
 * thousands of customers; other values are worked out each time once this is reached.
 */
const TERMS_KEPT = 1000;

const PREPARED = new WeakMap<ScoreSpec, Prepared>();

function prepared(spec: ScoreSpec): Prepared {
  let p = PREPARED.get(spec);
  if (!p) {
    let weights = new Decimal(0);
    for (const ind of spec.indicators) weights = weights.plus(ind.weight);
    p = { weights, weightsText: weights.toString(), terms: spec.indicators.map(() => new Map()) };
    PREPARED.set(spec, p);
  }
  return p;
}

/** The term of one indicator for a metric value. */
function termOf(spec: ScoreSpec, ind: Indicator, raw: unknown): Term {
  const v = normaliseScalar(raw);
  if (v === null) return `indicator ${ind.metric} has no value`;
  if (typeof v === 'string') {
    const map = ind.points ?? spec.points;
    const p = map.get(v);
    if (!p) return `indicator ${ind.metric}: "${v}" is not a level; expected one of ${[...map.keys()].join(', ')} or a number from 0 to 100`;
    return { product: p.times(ind.weight), text: `${ind.metric} ${v}=${p.toString()}×${ind.weight.toString()}` };
  }
  const points = v instanceof Decimal ? v : new Decimal(String(v));
  if (points.lt(0) || points.gt(100)) return `indicator ${ind.metric}: ${points.toString()} is outside 0–100`;
  return { product: points.times(ind.weight), text: `${ind.metric} ${points.toString()}×${ind.weight.toString()}` };
}

/** Compute the weighted score of one customer. */
export function computeScore(spec: ScoreSpec, metrics: Metrics): ScoreOutcome {
  const { weights, weightsText, terms } = prepared(spec);
  const texts: string[] = new Array(spec.indicators.length);
  let sum: Decimal | null = null;
  for (let k = 0; k < spec.indicators.length; k++) {
    const ind = spec.indicators[k];
    const raw = metrics[ind.metric];
    let term = terms[k].get(raw);
    if (term === undefined) {
      term = termOf(spec, ind, raw);
      if (terms[k].size < TERMS_KEPT) terms[k].set(raw, term);
    }
    if (typeof term === 'string') return { score: null, problem: term };
    sum = sum === null ? term.product : sum.plus(term.product);
    texts[k] = term.text;
  }
  const score = sum!.div(weights);
  return { score, explain: ['score ', formatScore(score), ' = (', texts.join(' + '), ') / ', weightsText].join('') };
}
/** A score as shown: at most two decimals, exact digits beyond that rounded half up. */
export function formatScore(score: Decimal): string {
  return score.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString();
}
