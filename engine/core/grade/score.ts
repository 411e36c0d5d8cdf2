/**
 * Weighted scoring (SPEC §5, 客户分级管理制度 综合指标 "以好、较好、普通、差为四等标准"): each indicator is a
 * level word turned into points, or a number used as is (0–100); the score is Σ points × weight / Σ weight,
 * exact in decimal arithmetic.
 */
import Decimal from 'decimal.js';
import { normaliseScalar, type Metrics } from './metric-values';
import type { Indicator, ScoreSpec } from './policy';

/** 好/较好/普通/差 → 100/80/60/40, the four levels of the 综合指标 table. */
export const DEFAULT_POINTS: ReadonlyMap<string, Decimal> = new Map([
  ['好', new Decimal(100)], ['较好', new Decimal(80)], ['普通', new Decimal(60)], ['差', new Decimal(40)],
]);

/** A computed score, the exact number it ranks by, and the text that explains it; or why it cannot be computed. */
export type ScoreOutcome =
  | { score: Decimal; ranks: number | Decimal; explain: string; shownNumber: number }
  | { score: null; problem: string };

/** One indicator's contribution: points × weight and its text in the explanation, or why there is none. */
type Term = { product: Decimal; whole: number | null; text: string } | string;

/** A score from Σ points × weight: the score, the number it ranks by and its text. */
interface Scored {
  score: Decimal;
  ranks: number | Decimal;
  shown: string;
  /** `shown` as a number, for the Score column: the Grades sheet shows the score as the reason does. */
  shownNumber: number;
}

/** What is worked out once per score policy: Σ weight, each indicator's terms by value, scores by whole sums. */
interface Prepared {
  weights: Decimal;
  weightsText: string;
  /** Per indicator, terms already worked out, keyed by the metric value as given (level words, points). */
  terms: Map<unknown, Term>[];
  /** Scores of sums that are whole numbers (whole points × whole weights): a few thousand distinct sums at most. */
  scores: Map<number, Scored>;
}

/**
 * How many distinct values of one indicator keep their term, and how many whole sums keep their score. Level
 * words and whole points repeat across thousands of customers; other values are worked out each time.
 */
const TERMS_KEPT = 1000;
const SCORES_KEPT = 100_000;

const PREPARED = new WeakMap<ScoreSpec, Prepared>();

function prepared(spec: ScoreSpec): Prepared {
  let p = PREPARED.get(spec);
  if (!p) {
    let weights = new Decimal(0);
    for (const ind of spec.indicators) weights = weights.plus(ind.weight);
    p = { weights, weightsText: weights.toString(), terms: spec.indicators.map(() => new Map()), scores: new Map() };
    PREPARED.set(spec, p);
  }
  return p;
}

function term(product: Decimal, text: string): Term {
  const n = product.isInteger() ? product.toNumber() : NaN;
  return { product, whole: Number.isSafeInteger(n) ? n : null, text };
}

/** The term of one indicator for a metric value. */
function termOf(spec: ScoreSpec, ind: Indicator, raw: unknown): Term {
  const v = normaliseScalar(raw);
  if (v === null) return `indicator ${ind.metric} has no value`;
  if (typeof v === 'string') {
    const map = ind.points ?? spec.points;
    const p = map.get(v);
    if (!p) return `indicator ${ind.metric}: "${v}" is not a level; expected one of ${[...map.keys()].join(', ')} or a number from 0 to 100`;
    return term(p.times(ind.weight), `${ind.metric} ${v}=${p.toString()}×${ind.weight.toString()}`);
  }
  const points = v instanceof Decimal ? v : new Decimal(String(v));
  if (points.lt(0) || points.gt(100)) return `indicator ${ind.metric}: ${points.toString()} is outside 0–100`;
  return term(points.times(ind.weight), `${ind.metric} ${points.toString()}×${ind.weight.toString()}`);
}

function scored(sum: Decimal, weights: Decimal): Scored {
  const score = sum.div(weights);
  const shown = formatScore(score);
  return { score, ranks: normaliseScalar(score) as number | Decimal, shown, shownNumber: Number(shown) };
}

/** Compute the weighted score of one customer. */
export function computeScore(spec: ScoreSpec, metrics: Metrics): ScoreOutcome {
  const p = prepared(spec);
  const n = spec.indicators.length;
  const texts: string[] = new Array(n);
  const products: Decimal[] = new Array(n);
  // The sum in whole numbers while every product is one (exact below 2⁵³), else null.
  let whole: number | null = 0;
  for (let k = 0; k < n; k++) {
    const ind = spec.indicators[k];
    const raw = metrics[ind.metric];
    let t = p.terms[k].get(raw);
    if (t === undefined) {
      t = termOf(spec, ind, raw);
      if (p.terms[k].size < TERMS_KEPT) p.terms[k].set(raw, t);
    }
    if (typeof t === 'string') return { score: null, problem: t };
    products[k] = t.product;
    texts[k] = t.text;
    whole = whole !== null && t.whole !== null && Number.isSafeInteger(whole + t.whole) ? whole + t.whole : null;
  }
  let s = whole === null ? undefined : p.scores.get(whole);
  if (s === undefined) {
    let sum = products[0];
    for (let k = 1; k < n; k++) sum = sum.plus(products[k]);
    s = scored(sum, p.weights);
    if (whole !== null && p.scores.size < SCORES_KEPT) p.scores.set(whole, s);
  }
  return { score: s.score, ranks: s.ranks, shownNumber: s.shownNumber, explain: ['score ', s.shown, ' = (', texts.join(' + '), ') / ', p.weightsText].join('') };
}

/** A score as shown: at most two decimals, exact digits beyond that rounded half up. */
export function formatScore(score: Decimal): string {
  return score.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString();
}
