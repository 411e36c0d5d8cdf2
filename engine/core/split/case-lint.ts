/**
 * Lint for deal-case tables, and the table as text: which deals no row matches (gaps), which rows no deal can
 * reach under hit policy FIRST (unreachable), named by row number, and the compiled table printed so that a user
 * sees the cases they are running, including the default table the SPEC §4 keys compile into.
 *
 * Facts of a yes/no or choice kind have few values; a days fact is tried at each bound a row names and one day
 * either side. Every combination of the tested facts' values is one representative deal, so a gap or an
 * unreachable row found is real and one not found does not exist.
 */
import { DEAL_FACTS, DEAL_FACT_NAMES, type DealFact } from './case-names';
import { FACT_INDEX, chooseRow, type CaseRow, type CaseTable } from './case-table';

/** One finding: kind, the table rows it is about, and what to look at. */
export interface CaseLintIssue {
  kind: 'gap' | 'unreachable';
  rows: number[];
  message: string;
}

/** Most representative deals tried; tables testing more combinations are checked on the first this many. */
const MAX_COMBINATIONS = 200_000;

/** The values worth trying for a fact, given the bounds the rows test it at. */
function domain(fact: DealFact, table: CaseTable): number[] {
  const info: { kind: string; values?: readonly string[] } = DEAL_FACTS[fact];
  if (info.kind === 'yes/no') return [0, 1];
  if (info.kind === 'choice') return info.values!.map((_, k) => k);
  const points = new Set<number>([0]);
  for (const r of table.rows) {
    const text = r.when[fact];
    if (!text) continue;
    for (const m of text.matchAll(/-?\d+(?:\.\d+)?/g)) {
      const n = Math.floor(Number(m[0]));
      for (const p of [n - 1, n, n + 1, Number(m[0])]) if (p >= 0) points.add(p);
    }
  }
  if (fact === 'days_since_claim') points.add(NaN); // an unowned customer has no claim
  return [...points].sort((a, b) => a - b);
}

/** A fact value in words, for a gap's example. */
function valueText(fact: DealFact, v: number): string {
  const info: { kind: string; values?: readonly string[] } = DEAL_FACTS[fact];
  if (info.kind === 'yes/no') return v ? 'yes' : 'no';
  if (info.kind === 'choice') return info.values![v];
  return v === v ? String(v) : '(none)';
}

/** Gaps and unreachable rows of a compiled table. */
export function lintCaseTable(table: CaseTable): CaseLintIssue[] {
  const tested = new Set(table.rows.flatMap((r) => Object.keys(r.when)));
  const facts = DEAL_FACT_NAMES.filter((f) => tested.has(f));
  const domains = facts.map((f) => domain(f, table));
  const hit = new Set<CaseRow>();
  const gaps: string[] = [];
  let gapCount = 0;
  const values = new Float64Array(DEAL_FACT_NAMES.length);
  const pick = new Array<number>(facts.length).fill(0);
  for (let n = 0; n < MAX_COMBINATIONS; n++) {
    facts.forEach((f, k) => { values[FACT_INDEX[f]] = domains[k][pick[k]]; });
    const row = chooseRow(table, values);
    if (row) hit.add(row);
    else if (gapCount++ < 3) gaps.push(facts.map((f, k) => `${f} ${valueText(f, domains[k][pick[k]])}`).join(', ') || 'any deal');
    let k = 0;
    while (k < facts.length && ++pick[k] === domains[k].length) pick[k++] = 0;
    if (k === facts.length) break;
  }
  const issues: CaseLintIssue[] = [];
  if (gapCount > 0) {
    issues.push({
      kind: 'gap', rows: [],
      message: `${gapCount} combination${gapCount > 1 ? 's' : ''} of facts match no row, e.g. ${gaps.join('; ')}; such deals go to the closer alone. Add a last row with every fact - (any)`,
    });
  }
  for (const r of table.rows) {
    if (!hit.has(r)) {
      issues.push({ kind: 'unreachable', rows: [r.row], message: `row ${r.row} can never be the first match: the rows above it take every deal it tests for` });
    }
  }
  return issues;
}

/** The compiled table as text lines: one line per row, its conditions, shares and after-deal ownership. */
export function caseTableLines(table: CaseTable): string[] {
  const lines = [`deal-case table (${table.written ? 'deal_cases' : 'default, from the split keys'}; hit policy FIRST):`];
  for (const r of table.rows) {
    const when = (Object.keys(r.when) as DealFact[]).map((f) => `${f} ${r.when[f]}`).join(', ') || 'any deal';
    const party = (k: number): string => r.parties[k].name || r.parties[k].label;
    const shares = (v: readonly number[]): string => r.parties.map((_, k) => `${party(k)} ${v[k]}`).join(' / ');
    lines.push(`  ${r.row}. when ${when}: credit ${shares(r.credit)}; commission ${shares(r.commission)}; after ${r.after}${r.note ? ` (${r.note})` : ''}`);
  }
  return lines;
}
