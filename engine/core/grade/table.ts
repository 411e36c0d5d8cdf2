/**
 * Decision tables (SPEC §5, like DMN): rows of conditions on metrics, an output grade per row, and a hit policy.
 * Conditions in one row are AND; an OR is two rows with the same grade; a row of `-` is the default.
 */
import { msg, type Message } from '../messages/message';
import type { Condition } from './conditions';
import { holds, type Normalised } from './metric-values';

/** How the deciding row is chosen when several match. */
export type HitPolicy = 'FIRST' | 'PRIORITY' | 'UNIQUE';
export const HIT_POLICIES: readonly HitPolicy[] = ['FIRST', 'PRIORITY', 'UNIQUE'];

/** One rule row of a decision table. */
export interface DecisionRow {
  /** 1-based position among the table's rule rows. */
  index: number;
  /** The row number messages use: the spreadsheet row when the table came from a sheet, else `index`. */
  row: number;
  /** One condition per metric column; null = any value. */
  conditions: readonly (Condition | null)[];
  grade: string;
  /** Priority under hit policy PRIORITY (1 = first); null when not given. */
  priority: number | null;
  /** The author's note for the row (`reason`/`说明` column), '' when none. */
  note: string;
  /** The reason text of a grade decided by this row, built once. */
  reason: string;
  /** The same reason as a message, built once. */
  message: Message;
}

/** A compiled decision table. */
export interface DecisionTable {
  /** Metric names of the condition columns. */
  metrics: readonly string[];
  rows: readonly DecisionRow[];
  hitPolicy: HitPolicy;
  /** Rows in the order they are tried: table order, or by priority under PRIORITY. */
  order: readonly DecisionRow[];
  /** Where the table came from (for messages), e.g. `Rules sheet` or `preset securities-4tier`. */
  source: string;
  /** Spreadsheet row of the header, or null when the table did not come from a sheet. */
  headerRow: number | null;
}

/** Whether a row is a default row (every condition `-`). */
export function isDefaultRow(row: DecisionRow): boolean {
  return row.conditions.every((c) => c === null);
}

/** A row's conditions as text, e.g. `avg_assets [500000..5000000), net_commission <10000`; '' for a default row. */
function conditionsText(metrics: readonly string[], row: Pick<DecisionRow, 'conditions'>): string {
  return row.conditions.flatMap((c, i) => (c ? [`${metrics[i]} ${c.text}`] : [])).join(', ');
}

/** The text of a row's conditions, e.g. `avg_assets [500000..5000000), net_commission <10000`. */
export function describeConditions(metrics: readonly string[], row: Pick<DecisionRow, 'conditions'>): string {
  return conditionsText(metrics, row) || 'any values (default row)';
}

/** The reason of a row as a message (renders as rowReason's text). */
export function rowMessage(metrics: readonly string[], row: Omit<DecisionRow, 'reason' | 'message'>): Message {
  return msg('grade.table-row', {
    row: row.row,
    conditions: conditionsText(metrics, row) || msg('grade.table-default-row'),
    grade: row.grade,
    note: row.note ? msg('grade.table-row-note', { note: row.note }) : '',
  });
}

/** The reason text of a row: which row, its conditions, the grade, and the author's note. */
export function rowReason(metrics: readonly string[], row: Omit<DecisionRow, 'reason' | 'message'>): string {
  const note = row.note ? ` (${row.note})` : '';
  return `row ${row.row}: ${describeConditions(metrics, row)} → ${row.grade}${note}`;
}

/**
 * Order rows for hit policy PRIORITY: by priority (1 first; rows without a priority last), else by the grade's
 * place in `levels` (best first), then table order.
 */
export function tryOrder(rows: readonly DecisionRow[], hitPolicy: HitPolicy, levels: readonly string[]): DecisionRow[] {
  if (hitPolicy !== 'PRIORITY') return [...rows];
  const hasPriority = rows.some((r) => r.priority !== null);
  const key = (r: DecisionRow): number => {
    if (hasPriority) return r.priority ?? Number.POSITIVE_INFINITY;
    const i = levels.indexOf(r.grade);
    return i < 0 ? Number.POSITIVE_INFINITY : i;
  };
  return [...rows].sort((a, b) => key(a) - key(b) || a.index - b.index);
}

/** Whether a row matches normalised values (aligned with the table's metrics). */
export function rowMatches(row: DecisionRow, values: readonly Normalised[], months: number | null): boolean {
  const cs = row.conditions;
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i];
    if (c !== null && !holds(c, values[i], months)) return false;
  }
  return true;
}

/** What a table decides for one customer: the row, or why there is none. */
export type Decision =
  | { row: DecisionRow }
  | { row: null; problem: string };

/**
 * Decide one customer. `values` are the customer's normalised metric values aligned with `table.metrics`;
 * `months` is the policy's consecutive_months (null when off).
 */
export function decide(table: DecisionTable, values: readonly Normalised[], months: number | null): Decision {
  const order = table.order;
  if (table.hitPolicy !== 'UNIQUE') {
    for (let i = 0; i < order.length; i++) if (rowMatches(order[i], values, months)) return { row: order[i] };
    return { row: null, problem: `no row of the ${table.source} table matches` };
  }
  const hits = order.filter((r) => rowMatches(r, values, months));
  if (hits.length === 1) return { row: hits[0] };
  if (hits.length === 0) return { row: null, problem: `no row of the ${table.source} table matches` };
  return {
    row: null,
    problem: `hit policy UNIQUE: rows ${hits.map((r) => r.row).join(', ')} all match (grades ${hits.map((r) => r.grade).join(', ')})`,
  };
}
