/**
 * Grade policies as data (SPEC §6): a JSON/YAML object (a `grade:` section or a whole file), a Rules-sheet
 * table, or a preset with overrides. Every problem names the key or cell, the value and what is allowed.
 */
import Decimal from 'decimal.js';
import { dayFromText } from '../dates';
import type { Cell } from '../types';
import { GradePolicyError } from './errors';
import { GRADE_KEY_HELP } from './keys';
import { parseExactNumber } from './numbers';
import { REVIEW_CADENCES, type ReviewCalendar } from './review';
import {
  type Band, type Cap, type Domain, type GradePolicy, type GradePolicyType, type Indicator, type Lifecycle,
  type QuantileSpec, type QuotaSpec, type ScoreSpec,
} from './policy';
import { DEFAULT_POINTS } from './score';
import type { HitPolicy } from './table';
import { compileTable, hitPolicyOf, readTable, type TableParts, type TablePlace } from './table-sheet';


type Raw = Record<string, unknown>;

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
}

/** The error for key `key` whose value is not allowed. */
function bad(source: string, key: string, value: unknown, detail = ''): GradePolicyError {
  const top = key.split(/[.[]/)[0];
  return new GradePolicyError(
    `${source}: key ${key}: value ${show(value)} is not allowed${detail ? ` (${detail})` : ''}; expected ${GRADE_KEY_HELP[top] ?? 'a valid value'}`,
    key, value,
  );
}

const blank = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

function text(source: string, key: string, v: unknown): string | null {
  if (blank(v)) return null;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim();
  throw bad(source, key, v);
}

function decimal(source: string, key: string, v: unknown): Decimal {
  const d = typeof v === 'number' ? new Decimal(String(v)) : typeof v === 'string' ? parseExactNumber(v.replace(/%$/, '')) : null;
  if (!d || !d.isFinite()) throw bad(source, key, v);
  return d;
}

function whole(source: string, key: string, v: unknown, min: number): number | null {
  if (blank(v)) return null;
  const d = decimal(source, key, typeof v === 'string' ? v.replace(/[个月天]+$/, '') : v);
  if (!d.isInteger() || d.lt(min)) throw bad(source, key, v, `must be a whole number of at least ${min}`);
  return d.toNumber();
}

function bool(source: string, key: string, v: unknown, dflt: boolean): boolean {
  if (blank(v)) return dflt;
  if (typeof v === 'boolean') return v;
  const s = String(v).trim().toLowerCase();
  if (['yes', 'true', '1', '是', 'y'].includes(s)) return true;
  if (['no', 'false', '0', '否', 'n'].includes(s)) return false;
  throw bad(source, key, v);
}

function percent(source: string, key: string, v: unknown): Decimal {
  const d = decimal(source, key, v);
  if (d.lt(0) || d.gt(100)) throw bad(source, key, v, 'a percent from 0 to 100');
  return d;
}

/** Ordered entries of a map ({A: 10, B: 30}) or a list of objects ([{grade: A, top: 10}]). */
function entries(source: string, key: string, v: unknown, nameKeys: string[], valueKeys: string[]): [string, unknown][] {
  if (Array.isArray(v)) {
    return v.map((item, i) => {
      if (!item || typeof item !== 'object') throw bad(source, `${key}[${i}]`, item);
      const o = item as Raw;
      const name = nameKeys.map((k) => o[k]).find((x) => !blank(x));
      if (name === undefined) throw bad(source, `${key}[${i}]`, item, `needs ${nameKeys[0]}`);
      const value = valueKeys.map((k) => o[k]).find((x) => x !== undefined);
      return [String(name), valueKeys.length === 0 ? o : value ?? null];
    });
  }
  if (v && typeof v === 'object') return Object.entries(v as Raw);
  throw bad(source, key, v);
}

function parseScore(source: string, raw: Raw): ScoreSpec {
  const points = raw.points === undefined ? DEFAULT_POINTS : pointsMap(source, 'points', raw.points);
  const list = entries(source, 'indicators', raw.indicators, ['metric', 'name', 'indicator'], []);
  if (list.length === 0) throw bad(source, 'indicators', raw.indicators, 'at least one indicator');
  const indicators: Indicator[] = list.map(([metric, value], i) => {
    const o = value && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : { weight: value };
    const weight = decimal(source, `indicators.${metric}.weight`, o.weight);
    if (weight.lte(0)) throw bad(source, `indicators.${metric}.weight`, o.weight, 'a weight above 0');
    const own = o.points === undefined ? null : pointsMap(source, `indicators[${i}].points`, o.points);
    return { metric, weight, points: own };
  });
  return { indicators, points };
}

function pointsMap(source: string, key: string, v: unknown): Map<string, Decimal> {
  const map = new Map<string, Decimal>();
  for (const [word, p] of entries(source, key, v, ['word', 'level'], ['points', 'value'])) map.set(word.trim(), decimal(source, `${key}.${word}`, p));
  return map;
}

function parseQuota(source: string, raw: Raw): QuotaSpec {
  const metric = text(source, 'metric', raw.metric) ?? (raw.indicators !== undefined ? 'score' : null);
  if (!metric) throw bad(source, 'metric', raw.metric, 'a quota policy ranks by a metric');
  const method = (text(source, 'method', raw.method) ?? 'rank').toLowerCase();
  if (method !== 'rank' && method !== 'pareto') throw bad(source, 'method', raw.method);
  const list = entries(source, 'bands', raw.bands, ['grade'], ['top', 'share', 'limit', 'percent']);
  const bands: Band[] = list.map(([grade, v], i) => {
    const rest = blank(v) || (typeof v === 'string' && /^(rest|其余|其他|-)$/i.test(v.trim()));
    if (rest && i !== list.length - 1) throw bad(source, `bands.${grade}`, v, 'only the last band may be the rest');
    return { grade, limit: rest ? null : percent(source, `bands.${grade}`, v) };
  });
  if (bands.length === 0) throw bad(source, 'bands', raw.bands, 'at least one band');
  for (let i = 1; i < bands.length; i++) {
    const a = bands[i - 1].limit, b = bands[i].limit;
    if (a && b && b.lte(a)) throw bad(source, `bands.${bands[i].grade}`, b.toString(), 'cumulative limits must increase from the best band down');
  }
  const last = bands[bands.length - 1];
  if (last.limit !== null && !last.limit.eq(100)) {
    throw bad(source, `bands.${last.grade}`, last.limit.toString(), 'the last band takes the rest: write rest (or 100)');
  }
  last.limit = null;
  return { metric, method, bands };
}

function parseThresholds(source: string, raw: Raw): TableParts | null {
  if (raw.thresholds === undefined || raw.thresholds === null) return null;
  const list = entries(source, 'thresholds', raw.thresholds, ['grade'], ['min', 'test', 'score', 'value']);
  const range: Cell[][] = [['score', 'grade']];
  for (const [grade, v] of list) {
    range.push([typeof v === 'number' ? `>=${v}` : blank(v) ? '-' : /^[\d.,]+$/.test(String(v).trim()) ? `>=${String(v).trim()}` : String(v), grade]);
  }
  return readTable(range, { source: `${source} thresholds` });
}

function tableParts(source: string, raw: Raw, place: TablePlace): TableParts {
  if (raw.table !== undefined) {
    if (!Array.isArray(raw.table) || !raw.table.every(Array.isArray)) throw bad(source, 'table', raw.table);
    return readTable(raw.table as Cell[][], { source, ...place });
  }
  if (!Array.isArray(raw.rows)) throw bad(source, 'rows', raw.rows);
  const header: string[] = [];
  for (const r of raw.rows) {
    if (!r || typeof r !== 'object' || Array.isArray(r)) throw bad(source, 'rows', r);
    for (const k of Object.keys(r)) if (!header.includes(k)) header.push(k);
  }
  const range: Cell[][] = [header, ...raw.rows.map((r) => header.map((k) => cellOf((r as Raw)[k])))];
  return readTable(range, { source, ...place });
}

function cellOf(v: unknown): Cell {
  if (Array.isArray(v)) return v.map((x) => (typeof x === 'string' ? `"${x}"` : String(x))).join(', ');
  return v as Cell;
}

/** A date setting: a YYYY-MM-DD text or a Date cell, as a day number. */
function dayOf(source: string, key: string, v: unknown): number {
  const day = v instanceof Date ? Date.UTC(v.getUTCFullYear(), v.getUTCMonth(), v.getUTCDate()) / 86_400_000
    : typeof v === 'string' ? dayFromText(v.trim()) : null;
  if (day === null) throw bad(source, key, v);
  return day;
}

/** `review` (a cadence with `review_anchor`, or a list of dates) as a calendar; null when not set. */
function parseReview(source: string, raw: Raw): ReviewCalendar | null {
  const v = raw.review;
  if (blank(v)) {
    if (!blank(raw.review_anchor)) throw bad(source, 'review_anchor', raw.review_anchor, 'review_anchor needs review: annual, half-year, quarterly or monthly');
    return null;
  }
  const list = Array.isArray(v) ? v : typeof v === 'string' && /\d{4}-\d/.test(v) ? v.split(/[,，、;；\s]+/).filter(Boolean) : null;
  if (list) {
    const dates = list.map((d, i) => dayOf(source, `review[${i}]`, d)).sort((a, b) => a - b);
    if (dates.length === 0) throw bad(source, 'review', v);
    return { kind: 'dates', dates };
  }
  const cadence = typeof v === 'string' ? v.trim().toLowerCase() : '';
  const months = REVIEW_CADENCES[cadence];
  if (months === undefined) throw bad(source, 'review', v);
  if (blank(raw.review_anchor)) throw bad(source, 'review_anchor', raw.review_anchor, `review: ${cadence} needs an anchor date`);
  return { kind: 'cadence', cadence, months, anchor: dayOf(source, 'review_anchor', raw.review_anchor) };
}

function parseLifecycle(source: string, raw: Raw): Lifecycle {
  let hold: Lifecycle['holdDowngradeUntil'] = null;
  const h = raw.hold_downgrade_until;
  if (h === true || (typeof h === 'string' && /^(review|复核|评级日)$/i.test(h.trim()))) hold = 'review';
  else if (!blank(h) && h !== false) hold = dayOf(source, 'hold_downgrade_until', h);
  const u = raw.hold_upgrade_until;
  if (!blank(u) && u !== false && u !== true && !(typeof u === 'string' && /^(review|复核|评级日)$/i.test(u.trim()))) {
    throw bad(source, 'hold_upgrade_until', u);
  }
  return {
    holdDowngradeUntil: hold,
    holdUpgradeUntil: blank(u) || u === false ? null : 'review',
    review: parseReview(source, raw),
    maxStep: whole(source, 'max_step', raw.max_step, 1),
    newCustomerGrade: text(source, 'new_customer_grade', raw.new_customer_grade),
    newCustomerMonths: whole(source, 'new_customer_months', raw.new_customer_months, 1),
    newCustomerUpgrade: bool(source, 'new_customer_upgrade', raw.new_customer_upgrade, true),
    consecutiveMonths: whole(source, 'consecutive_months', raw.consecutive_months, 1),
    blacklistMonths: whole(source, 'blacklist_months', raw.blacklist_months, 1),
    blacklistReentryGrade: text(source, 'blacklist_reentry_grade', raw.blacklist_reentry_grade),
  };
}

/** `cap_by`: one metric column or a list of them. */
function capByList(source: string, v: unknown): string[] {
  if (blank(v)) return [];
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[,，、;；]+/) : [v];
  return list.map((x, i) => {
    const t = text(source, `cap_by[${i}]`, x);
    if (!t) throw bad(source, 'cap_by', v);
    return t;
  });
}

function parseDomains(source: string, v: unknown): Record<string, Domain> {
  const out: Record<string, Domain> = {};
  if (v === undefined || v === null) return out;
  for (const [metric, d] of entries(source, 'domains', v, ['metric'], [])) {
    if (!d || typeof d !== 'object') throw bad(source, `domains.${metric}`, d);
    const o = d as Raw;
    out[metric] = {
      min: blank(o.min) ? null : decimal(source, `domains.${metric}.min`, o.min),
      max: blank(o.max) ? null : decimal(source, `domains.${metric}.max`, o.max),
      integer: bool(source, `domains.${metric}.integer`, o.integer, false),
    };
  }
  return out;
}

function parseQuantiles(source: string, v: unknown): QuantileSpec[] {
  if (v === undefined || v === null) return [];
  return entries(source, 'quantiles', v, ['name'], []).map(([name, q]) => {
    if (!q || typeof q !== 'object') throw bad(source, `quantiles.${name}`, q);
    const o = q as Raw;
    const metric = text(source, `quantiles.${name}.metric`, o.metric);
    if (!metric) throw bad(source, `quantiles.${name}.metric`, o.metric, 'the metric to rank');
    const order = (text(source, `quantiles.${name}.order`, o.order) ?? 'desc').toLowerCase();
    if (order !== 'desc' && order !== 'asc') throw bad(source, `quantiles.${name}.order`, o.order, 'desc or asc');
    return { name, metric, order, buckets: whole(source, `quantiles.${name}.buckets`, o.buckets, 2) ?? 5 };
  });
}

function inferType(source: string, raw: Raw): GradePolicyType {
  const t = text(source, 'type', raw.type);
  if (t) {
    const lower = t.toLowerCase();
    if (lower === 'table' || lower === 'score' || lower === 'quota') return lower;
    throw bad(source, 'type', raw.type);
  }
  if (raw.table !== undefined || raw.rows !== undefined) return 'table';
  if (raw.bands !== undefined) return 'quota';
  if (raw.indicators !== undefined) return 'score';
  throw new GradePolicyError(`${source}: no grade rules found; expected a table (or rows), indicators with thresholds, or a metric with bands`);
}

/** The levels best first: as given, else the grades in the order the rules name them. */
function levelList(source: string, v: unknown, ruleGrades: string[]): string[] {
  if (v === undefined || v === null) return [...new Set(ruleGrades)];
  const list = typeof v === 'string' ? v.split(/[,，、;；>]+/) : v;
  if (!Array.isArray(list) || list.length === 0) throw bad(source, 'levels', v);
  return list.map((g, i) => {
    const t = text(source, `levels[${i}]`, g);
    if (!t) throw bad(source, `levels[${i}]`, g);
    return t;
  });
}

/** Options when a policy's table comes from a sheet. */
export interface PolicyBuildOptions {
  place?: TablePlace;
  /** A table already read from a sheet (readRulesSheet's grade table). */
  parts?: TableParts;
}

/**
 * Build a validated grade policy from a plain object (already merged with any preset). `source` names where it
 * came from in every message.
 */
export function buildGradePolicy(raw: Raw, source: string, build: PolicyBuildOptions = {}): GradePolicy {
  for (const key of Object.keys(raw)) {
    if (!(key in GRADE_KEY_HELP)) {
      throw new GradePolicyError(`${source}: unknown key "${key}"; allowed keys: ${Object.keys(GRADE_KEY_HELP).join(', ')}`, key, raw[key]);
    }
  }
  const type = build.parts ? 'table' : inferType(source, raw);
  const score = type === 'score' || (type === 'quota' && raw.indicators !== undefined) ? parseScore(source, raw) : null;
  const quota = type === 'quota' ? parseQuota(source, raw) : null;
  let parts: TableParts | null = null;
  if (type === 'table') parts = build.parts ?? tableParts(source, raw, build.place ?? {});
  if (type === 'score') parts = parseThresholds(source, raw);
  const hitText = text(source, 'hit_policy', raw.hit_policy);
  const hit: HitPolicy | null = hitText ? hitPolicyOf(hitText) : null;
  if (hitText && !hit) throw bad(source, 'hit_policy', raw.hit_policy);
  const lifecycle = parseLifecycle(source, raw);

  const levels = levelList(source, raw.levels, [...(parts?.rows.map((r) => r.grade) ?? []), ...(quota?.bands.map((b) => b.grade) ?? [])]);
  for (const g of [lifecycle.newCustomerGrade, lifecycle.blacklistReentryGrade]) if (g && !levels.includes(g)) levels.push(g);
  for (const g of [...(parts?.rows.map((r) => r.grade) ?? []), ...(quota?.bands.map((b) => b.grade) ?? [])]) {
    if (!levels.includes(g)) throw bad(source, 'levels', raw.levels, `grade "${g}" of the rules is not in the list`);
  }

  const caps: Cap[] = raw.caps === undefined || raw.caps === null ? [] : entries(source, 'caps', raw.caps, ['grade'], ['percent', 'max', 'cap'])
    .map(([grade, v]) => ({ grade, percent: percent(source, `caps.${grade}`, v) }));
  for (const c of caps) {
    const i = levels.indexOf(c.grade);
    if (i < 0) throw bad(source, `caps.${c.grade}`, c.percent.toString(), `grade "${c.grade}" is not one of the levels ${levels.join(', ')}`);
    if (i === levels.length - 1) throw bad(source, `caps.${c.grade}`, c.percent.toString(), 'the lowest grade cannot be capped: there is no grade below it to drop to');
  }
  const capBy = capByList(source, raw.cap_by);
  if (capBy.length > 0 && caps.length === 0) throw bad(source, 'cap_by', raw.cap_by, 'cap_by groups the caps: give caps too');
  const rankBy = text(source, 'rank_by', raw.rank_by) ?? (score ? 'score' : quota?.metric ?? null);
  if (caps.length > 0 && !rankBy) throw bad(source, 'rank_by', raw.rank_by, 'caps need a metric to rank customers by');
  const rankOrder = (text(source, 'rank_order', raw.rank_order) ?? 'desc').toLowerCase();
  if (rankOrder !== 'desc' && rankOrder !== 'asc') throw bad(source, 'rank_order', raw.rank_order);

  const table = parts ? compileTable(parts, hit ?? parts.hitPolicy ?? 'FIRST', levels, source) : null;
  return {
    name: text(source, 'name', raw.name) ?? 'custom',
    description: text(source, 'description', raw.description) ?? '',
    source, type, table, score, quota, levels, caps, capBy, rankBy,
    rankOrder: rankOrder as 'desc' | 'asc',
    quantiles: parseQuantiles(source, raw.quantiles),
    domains: parseDomains(source, raw.domains),
    lifecycle,
    settings: raw,
  };
}
