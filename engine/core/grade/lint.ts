/**
 * Table checks (SPEC §5): gaps (values that match no row but the default), overlaps (rows that can both match
 * under hit policy UNIQUE), unreachable rows (always decided by an earlier row) and unknown metric names.
 *
 * Each metric's values are cut into atoms at every bound the table uses — the bounds themselves, the open
 * intervals between them, each text value and "any other text" — so that every row either holds on a whole
 * atom or on none of it. The grid of atoms then answers all three questions exactly, by testing one sample
 * value per atom.
 */
import Decimal from 'decimal.js';
import type { Condition } from './conditions';
import type { Domain, GradePolicy } from './policy';
import { isDefaultRow, type DecisionRow, type DecisionTable } from './table';

/** One finding of the lint, with the table rows it concerns (spreadsheet rows when from a sheet). */
export interface LintIssue {
  kind: 'gap' | 'overlap' | 'unreachable' | 'unknown-metric' | 'too-large';
  rows: number[];
  message: string;
}

/** Lint options. */
export interface LintOptions {
  /** Metric names the data provides; any other metric the policy reads is reported. */
  knownMetrics?: readonly string[];
}

/** Largest grid analysed; beyond it gaps and reachability are not checked (and the lint says so). */
const MAX_CELLS = 250_000;

type Atom =
  | { kind: 'num'; lo: Decimal | null; hi: Decimal | null; point: boolean; sample: Decimal }
  | { kind: 'text'; value: string | null }
  | { kind: 'any' };

/** The atoms of one metric column. */
function atomsOf(conds: readonly (Condition | null)[], domain: Domain | undefined): Atom[] {
  const bounds: Decimal[] = [];
  const texts = new Set<string>();
  let numeric = false;
  for (const c of conds) {
    for (const alt of c?.alternatives ?? []) {
      const a = alt.kind === 'not' ? alt.inner : alt; // <>x cuts at x like x itself
      if (a.kind === 'text') { texts.add(a.value); continue; }
      numeric = true;
      if (a.lo) bounds.push(a.lo.value);
      if (a.hi) bounds.push(a.hi.value);
    }
  }
  if (domain?.min) bounds.push(domain.min);
  if (domain?.max) bounds.push(domain.max);
  const atoms: Atom[] = [];
  if (numeric) {
    const pts = [...new Map(bounds.map((b) => [b.toString(), b])).values()].sort((a, b) => a.cmp(b));
    const push = (lo: Decimal | null, hi: Decimal | null): void => {
      let sample: Decimal;
      if (lo && hi) sample = domain?.integer ? lo.floor().plus(1) : lo.plus(hi).div(2);
      else if (hi) sample = domain?.integer ? hi.ceil().minus(1) : hi.minus(1);
      else sample = domain?.integer ? lo!.floor().plus(1) : lo!.plus(1);
      if (lo && hi && !sample.lt(hi)) return; // an open interval holding no whole number
      atoms.push({ kind: 'num', lo, hi, point: false, sample });
    };
    if (pts.length === 0) atoms.push({ kind: 'num', lo: null, hi: null, point: false, sample: new Decimal(0) });
    pts.forEach((p, i) => {
      push(i === 0 ? null : pts[i - 1], p);
      if (!domain?.integer || p.isInteger()) atoms.push({ kind: 'num', lo: p, hi: p, point: true, sample: p });
    });
    if (pts.length > 0) push(pts[pts.length - 1], null);
  }
  for (const t of [...texts].sort()) atoms.push({ kind: 'text', value: t });
  if (texts.size > 0) atoms.push({ kind: 'text', value: null });
  if (atoms.length === 0) atoms.push({ kind: 'any' });
  return atoms.filter((a) => a.kind !== 'num' || inDomain(a.sample, domain));
}

function inDomain(v: Decimal, d: Domain | undefined): boolean {
  if (!d) return true;
  return (!d.min || v.gte(d.min)) && (!d.max || v.lte(d.max)) && (!d.integer || v.isInteger());
}

function atomHolds(c: Condition | null, a: Atom): boolean {
  if (c === null) return true;
  if (a.kind === 'num') return c.testDecimal(a.sample);
  if (a.kind === 'text') return a.value !== null && c.testText(a.value);
  return false;
}

/** Text of a run of atoms [i..j] of one axis, in the condition syntax; '' when it is the whole axis. */
function describeRun(atoms: readonly Atom[], i: number, j: number): string {
  if (i === 0 && j === atoms.length - 1) return '';
  const first = atoms[i], last = atoms[j];
  if (first.kind === 'text' || last.kind === 'text') {
    const vals = atoms.slice(i, j + 1).map((a) => (a.kind === 'text' ? (a.value === null ? 'any other text' : `"${a.value}"`) : 'numbers'));
    return vals.join(', ');
  }
  if (first.kind !== 'num' || last.kind !== 'num') return '';
  const lo = first.point ? first.lo : first.lo, loIncl = first.point;
  const hi = last.hi, hiIncl = last.point;
  if (lo && hi && lo.eq(hi)) return `= ${lo.toString()}`;
  if (!lo && hi) return `${hiIncl ? '<=' : '<'} ${hi.toString()}`;
  if (lo && !hi) return `${loIncl ? '>=' : '>'} ${lo.toString()}`;
  if (lo && hi) return `${loIncl ? '[' : '('}${lo.toString()}..${hi.toString()}${hiIncl ? ']' : ')'}`;
  return '';
}

type Box = [number, number][];

/** Merge cells into boxes along each axis in turn (adjacent runs with equal other coordinates). */
function mergeBoxes(cells: number[][], dims: number): Box[] {
  let boxes: Box[] = cells.map((c) => c.map((x) => [x, x] as [number, number]));
  for (let axis = dims - 1; axis >= 0; axis--) {
    const key = (b: Box): string => b.map((r, k) => (k === axis ? '' : `${r[0]}-${r[1]}`)).join('|');
    boxes.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a[axis][0] - b[axis][0]));
    const merged: Box[] = [];
    for (const b of boxes) {
      const prev = merged[merged.length - 1];
      if (prev && key(prev) === key(b) && prev[axis][1] + 1 === b[axis][0]) prev[axis] = [prev[axis][0], b[axis][1]];
      else merged.push(b.map((r) => [r[0], r[1]] as [number, number]));
    }
    boxes = merged;
  }
  return boxes;
}

function describeBox(table: DecisionTable, atoms: Atom[][], box: Box): string {
  const parts = box.flatMap(([i, j], k) => {
    const d = describeRun(atoms[k], i, j);
    return d ? [`${table.metrics[k]} ${d}`] : [];
  });
  return parts.length ? parts.join(' and ') : 'any values';
}

/** Lint a decision table on its atom grid. */
function lintTable(table: DecisionTable, domains: Readonly<Record<string, Domain>>): LintIssue[] {
  const issues: LintIssue[] = [];
  const rows = table.rows;
  const dims = table.metrics.length;
  const atoms = table.metrics.map((m, k) => atomsOf(rows.map((r) => r.conditions[k]), domains[m]));
  const cells = atoms.reduce((n, a) => n * a.length, 1);
  if (cells > MAX_CELLS) {
    return [{ kind: 'too-large', rows: [], message: `the ${table.source} table has ${cells} value combinations to check; gaps and unreachable rows were not checked (at most ${MAX_CELLS})` }];
  }
  // holdsAt[row][axis][atom]
  const holdsAt = rows.map((r) => atoms.map((axis, k) => axis.map((a) => atomHolds(r.conditions[k], a))));
  const defaults = rows.filter(isDefaultRow);
  const tryIndex = new Map(table.order.map((r, i) => [r, i]));
  const matchesAt = (coord: number[]): DecisionRow[] =>
    rows.filter((_, ri) => coord.every((a, k) => holdsAt[ri][k][a]));
  const covered = (coord: number[]): boolean => matchesAt(coord).some((r) => !isDefaultRow(r));

  const gapCells: number[][] = [];
  const neighbours = new Set<DecisionRow>();
  const overlapPairs = new Map<string, { a: DecisionRow; b: DecisionRow; cells: number[][] }>();
  const reachable = new Set<DecisionRow>();
  const coord = new Array<number>(dims).fill(0);
  for (let n = 0; n < cells; n++) {
    let rest = n;
    for (let k = dims - 1; k >= 0; k--) { coord[k] = rest % atoms[k].length; rest = Math.floor(rest / atoms[k].length); }
    const hits = matchesAt(coord);
    if (hits.length > 0) reachable.add(hits.reduce((best, r) => (tryIndex.get(r)! < tryIndex.get(best)! ? r : best)));
    if (table.hitPolicy === 'UNIQUE') {
      for (let x = 0; x < hits.length; x++) {
        for (let y = x + 1; y < hits.length; y++) {
          const key = `${hits[x].index}/${hits[y].index}`;
          const entry = overlapPairs.get(key) ?? { a: hits[x], b: hits[y], cells: [] };
          entry.cells.push([...coord]);
          overlapPairs.set(key, entry);
        }
      }
    }
    if (hits.some((r) => !isDefaultRow(r))) continue;
    if (defaults.length === 0) { gapCells.push([...coord]); continue; }
    // With a default row, only holes between covered values are gaps: along some numeric axis there are covered
    // values on both sides.
    for (let k = 0; k < dims; k++) {
      if (atoms[k][0].kind !== 'num') continue;
      const side = (step: number): DecisionRow[] | null => {
        const c = [...coord];
        for (c[k] += step; c[k] >= 0 && c[k] < atoms[k].length && atoms[k][c[k]].kind === 'num'; c[k] += step) {
          if (covered(c)) return matchesAt(c).filter((r) => !isDefaultRow(r));
        }
        return null;
      };
      const below = side(-1), above = side(1);
      if (below && above) {
        gapCells.push([...coord]);
        for (const r of [...below.slice(0, 1), ...above.slice(0, 1)]) neighbours.add(r);
        break;
      }
    }
  }

  for (const box of mergeBoxes(gapCells, dims)) {
    const fallback = defaults.length ? `falls to the default row ${defaults[0].row} → ${defaults[0].grade}` : 'gets no grade';
    const near = [...neighbours].filter((r) => box.some(([i, j], k) => {
      // a bounding row holds next to the box on some axis
      const probe = (a: number): boolean => a >= 0 && a < atoms[k].length && holdsAt[rows.indexOf(r)][k][a];
      return probe(i - 1) || probe(j + 1);
    }));
    const rowNums = [...new Set([...near, ...defaults.slice(0, 1)].map((r) => r.row))].sort((a, b) => a - b);
    issues.push({
      kind: 'gap', rows: rowNums,
      message: `gap: ${describeBox(table, atoms, box)} matches no row${near.length ? ` (between rows ${near.map((r) => r.row).join(' and ')})` : ''}; ${fallback}`,
    });
  }
  for (const { a, b, cells: where } of overlapPairs.values()) {
    const box = mergeBoxes(where, dims)[0];
    issues.push({
      kind: 'overlap', rows: [a.row, b.row],
      message: `overlap under hit policy UNIQUE: rows ${a.row} (${a.grade}) and ${b.row} (${b.grade}) both match ${describeBox(table, atoms, box)}`,
    });
  }
  if (table.hitPolicy !== 'UNIQUE') {
    for (const r of table.order) {
      if (reachable.has(r)) continue;
      const earlier = table.order.slice(0, tryIndex.get(r)).filter((e) => holdsAt[rows.indexOf(r)].every((axis, k) =>
        axis.every((h, a) => !h || holdsAt[rows.indexOf(e)][k][a])));
      const by = earlier.length ? `row ${earlier[0].row} (${earlier[0].grade}) already covers it` : 'earlier rows cover every value it matches';
      issues.push({ kind: 'unreachable', rows: [r.row, ...earlier.slice(0, 1).map((e) => e.row)], message: `row ${r.row} (${r.grade}) can never decide: ${by}` });
    }
  }
  return issues;
}

/** Metric names a policy reads from the data, with the rows that name them (the table header). */
function metricsRead(policy: GradePolicy): { name: string; rows: number[]; where: string }[] {
  const derived = new Set(policy.quantiles.map((q) => q.name));
  if (policy.score) derived.add('score');
  const out: { name: string; rows: number[]; where: string }[] = [];
  const header = policy.table?.headerRow;
  for (const m of policy.table?.metrics ?? []) if (!derived.has(m)) out.push({ name: m, rows: header ? [header] : [], where: 'table column' });
  for (const i of policy.score?.indicators ?? []) out.push({ name: i.metric, rows: [], where: 'indicator' });
  if (policy.quota && !derived.has(policy.quota.metric)) out.push({ name: policy.quota.metric, rows: [], where: 'quota metric' });
  for (const q of policy.quantiles) out.push({ name: q.metric, rows: [], where: `quantile ${q.name} metric` });
  if (policy.caps.length && policy.rankBy && !derived.has(policy.rankBy)) out.push({ name: policy.rankBy, rows: [], where: 'rank_by metric' });
  return out;
}

/** Lint a grade policy: its table (or score thresholds) and, given the known metric names, what it reads. */
export function lintGradePolicy(policy: GradePolicy, options: LintOptions = {}): LintIssue[] {
  const issues: LintIssue[] = [];
  if (options.knownMetrics) {
    const known = new Set(options.knownMetrics);
    const seen = new Set<string>();
    for (const m of metricsRead(policy)) {
      if (known.has(m.name) || seen.has(m.name)) continue;
      seen.add(m.name);
      issues.push({ kind: 'unknown-metric', rows: m.rows, message: `unknown metric "${m.name}" (${m.where}); known metrics: ${[...known].join(', ')}` });
    }
  }
  if (policy.table) {
    const domains: Record<string, Domain> = { ...policy.domains };
    for (const q of policy.quantiles) domains[q.name] ??= { min: new Decimal(1), max: new Decimal(q.buckets), integer: true };
    if (policy.score && !domains.score) {
      const pts = [...policy.score.points.values(), ...policy.score.indicators.flatMap((i) => [...(i.points?.values() ?? [])])];
      domains.score = { min: Decimal.min(0, ...pts), max: Decimal.max(100, ...pts), integer: false };
    }
    issues.push(...lintTable(policy.table, domains));
  }
  return issues;
}
