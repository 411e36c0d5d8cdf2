/**
 * A decision table from a 2D range (a Rules sheet block, an Excel range passed to CRM.GRADE, a preset written
 * like a sheet). The header row names the metric columns, the output column (`grade`/`等级`/`级别`), and
 * optionally `priority`/`优先级`, `reason`/`说明` and a hit-policy corner cell (`F`, `P`, `U`, `hit policy: UNIQUE`).
 */
import { cellAddress, isGradeOutputHeader } from '../policy/load';
import type { Cell } from '../types';
import { cellText, isBlank } from '../values';
import { CONDITION_FORMS, ConditionSyntaxError, parseCondition, type Condition } from './conditions';
import { GradePolicyError } from './errors';
import { parseExactNumber } from './numbers';
import { HIT_POLICIES, rowMessage, rowReason, tryOrder, type DecisionRow, type DecisionTable, type HitPolicy } from './table';

/** Where a table sits, for row numbers and cell addresses in messages. */
export interface TablePlace {
  /** Spreadsheet row of the table's first row (its header). Without it rows are numbered 1, 2, … as rules. */
  firstRow?: number;
  /** 0-based sheet column of the table's first column (default 0 = column A). */
  firstCol?: number;
  /** Sheet name, for addresses such as `Rules!C7`. */
  sheet?: string;
  /** What the table is called in messages (default: the sheet, else `grade table`). */
  source?: string;
}

const PRIORITY_WORDS = new Set(['priority', '优先级', '优先']);
const NOTE_WORDS = new Set(['reason', '说明', 'note', '备注', 'comment', '理由']);
const INDEX_WORDS = new Set(['#', 'no', 'no.', 'rule', '序号', '编号', '规则']);
const HIT_WORDS: Record<string, HitPolicy> = {
  f: 'FIRST', first: 'FIRST', 首个: 'FIRST', 首条: 'FIRST',
  p: 'PRIORITY', priority: 'PRIORITY', 优先: 'PRIORITY',
  u: 'UNIQUE', unique: 'UNIQUE', 唯一: 'UNIQUE',
};
const HIT_HEADER = /^(?:hit[\s_]*policy|命中策略)?\s*[:：=]?\s*([^\s:：=]*)$/i;

/** The hit policy a word names (FIRST/F/首个, PRIORITY/P/优先, UNIQUE/U/唯一), or null. */
export function hitPolicyOf(word: string): HitPolicy | null {
  return HIT_WORDS[word.trim().toLowerCase()] ?? null;
}

/** The hit policy named by a corner header cell (`F`, `UNIQUE`, `hit policy: P`), or undefined when it is none. */
function hitHeader(text: string): HitPolicy | null | undefined {
  const m = HIT_HEADER.exec(text.trim());
  if (!m) return undefined;
  const named = /^(hit[\s_]*policy|命中策略)/i.test(text.trim());
  if (!m[1]) return named ? null : undefined;
  const policy = hitPolicyOf(m[1]);
  return policy ?? undefined;
}

type Role = { kind: 'metric'; name: string } | { kind: 'grade' | 'priority' | 'note' | 'ignore' };

/** The rows of a table before its hit policy and level order are settled. */
export interface TableParts {
  metrics: string[];
  rows: Omit<DecisionRow, 'reason' | 'message'>[];
  /** The hit policy named in the header's corner cell, or null. */
  hitPolicy: HitPolicy | null;
  /** Spreadsheet row of the header, or null when the table did not come from a sheet. */
  headerRow: number | null;
}

/**
 * Read a decision table from a 2D range whose first non-blank row is the header. Blank rows are skipped.
 * Throws GradePolicyError naming the cell of the first problem and what is allowed.
 */
export function readTable(range: readonly (readonly Cell[])[], place: TablePlace = {}): TableParts {
  const firstCol = place.firstCol ?? 0;
  const source = place.source ?? (place.sheet ? `${place.sheet} sheet` : 'grade table');
  const h = range.findIndex((r) => r.some((c) => !isBlank(c)));
  if (h < 0) throw new GradePolicyError(`${source}: the grade table is empty; expected a header row with metric names and a grade (等级) column`);
  const rowNumber = (i: number, ruleIndex: number): number => (place.firstRow !== undefined ? place.firstRow + i : ruleIndex);
  const at = (col: number, i: number, header: string): string => {
    if (place.firstRow === undefined) return `${source} rule ${i - h}, column "${header}"`;
    const address = cellAddress(firstCol + col, place.firstRow + i);
    return place.sheet ? `${place.sheet}!${address}` : `${source} ${address}`;
  };

  const header = range[h].map((c) => cellText(c));
  let hitPolicy: HitPolicy | null = null;
  const roles: Role[] = header.map((text, col) => {
    const lower = text.toLowerCase();
    if (isGradeOutputHeader(text)) return { kind: 'grade' };
    if (PRIORITY_WORDS.has(lower)) return { kind: 'priority' };
    if (NOTE_WORDS.has(lower)) return { kind: 'note' };
    if (INDEX_WORDS.has(lower)) return { kind: 'ignore' };
    if (col === 0 || text === '') {
      const hit = text ? hitHeader(text) : undefined;
      if (hit !== undefined) { hitPolicy = hit; return { kind: 'ignore' }; }
      if (text === '') return { kind: 'ignore' };
    }
    return { kind: 'metric', name: text };
  });
  const grades = roles.filter((r) => r.kind === 'grade').length;
  if (grades !== 1) {
    throw new GradePolicyError(
      `${source}: the header row ${place.firstRow !== undefined ? place.firstRow + h : ''} has ${grades} grade columns; expected exactly one column headed grade, 等级 or 级别`.replace('  ', ' '),
      'grade', header.join(', '),
    );
  }
  const metricCols = roles.flatMap((r, col) => (r.kind === 'metric' ? [col] : []));
  const gradeCol = roles.findIndex((r) => r.kind === 'grade');
  const priorityCol = roles.findIndex((r) => r.kind === 'priority');
  const noteCol = roles.findIndex((r) => r.kind === 'note');
  const seen = new Set<string>();
  for (const col of metricCols) {
    if (seen.has(header[col])) throw new GradePolicyError(`${at(col, h, header[col])}: metric "${header[col]}" appears twice in the header; expected each metric once`, header[col]);
    seen.add(header[col]);
  }

  const rows: TableParts['rows'] = [];
  for (let i = h + 1; i < range.length; i++) {
    const cells = range[i];
    if (!cells.some((c) => !isBlank(c))) continue;
    roles.forEach((r, col) => {
      if (r.kind === 'ignore' && header[col] === '' && !isBlank(cells[col]) && col !== 0) {
        throw new GradePolicyError(`${at(col, i, `column ${col + 1}`)}: value "${cellText(cells[col])}" is in a column with no header; expected a metric name, grade, priority or reason in the header above it`);
      }
    });
    const index = rows.length + 1;
    const grade = cellText(cells[gradeCol]);
    if (!grade) throw new GradePolicyError(`${at(gradeCol, i, header[gradeCol])}: the grade is empty; expected the grade this row gives (e.g. VIP, A, 三星)`, 'grade', '');
    const conditions: (Condition | null)[] = metricCols.map((col) => {
      const text = cellText(cells[col]);
      try {
        return parseCondition(text);
      } catch (e) {
        if (!(e instanceof ConditionSyntaxError)) throw e;
        throw new GradePolicyError(
          `${at(col, i, header[col])}: condition "${text}" on ${header[col]} is not allowed (${e.message}); expected one of: ${CONDITION_FORMS}`,
          header[col], text,
        );
      }
    });
    let priority: number | null = null;
    if (priorityCol >= 0 && !isBlank(cells[priorityCol])) {
      const p = parseExactNumber(cellText(cells[priorityCol]));
      if (!p || !p.isInteger() || p.lt(1)) {
        throw new GradePolicyError(`${at(priorityCol, i, header[priorityCol])}: priority "${cellText(cells[priorityCol])}" is not allowed; expected a whole number from 1 (first) up`, 'priority', cells[priorityCol]);
      }
      priority = p.toNumber();
    }
    rows.push({
      index, row: rowNumber(i, index), conditions, grade, priority,
      note: noteCol >= 0 ? cellText(cells[noteCol]) : '',
    });
  }
  if (rows.length === 0) throw new GradePolicyError(`${source}: the grade table has a header but no rows; expected at least one row with a grade`);
  return { metrics: metricCols.map((c) => header[c]), rows, hitPolicy, headerRow: place.firstRow !== undefined ? place.firstRow + h : null };
}

/** Compile table parts into a decision table with its hit policy and try order. */
export function compileTable(parts: TableParts, hitPolicy: HitPolicy, levels: readonly string[], source: string): DecisionTable {
  if (!HIT_POLICIES.includes(hitPolicy)) throw new GradePolicyError(`${source}: hit policy "${hitPolicy}" is not allowed; expected FIRST, PRIORITY or UNIQUE`);
  const rows: DecisionRow[] = parts.rows.map((r) => ({ ...r, reason: rowReason(parts.metrics, r), message: rowMessage(parts.metrics, r) }));
  return { metrics: parts.metrics, rows, hitPolicy, order: tryOrder(rows, hitPolicy, levels), source, headerRow: parts.headerRow };
}
