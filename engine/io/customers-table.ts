/**
 * A customers table (the `Customers`/客户 sheet or `--metrics FILE`) as grading input (SPEC §8): one row per
 * customer, keyed by phone, household or name, one column per metric named as in the grade policy. Rows are
 * matched to the register's customer groups so that a customer's Customer Key, name and derived metrics
 * (`sales_total`, `deal_count`, `commission_total`, `days_since_last_deal`, `monthly_sales`) join its own columns.
 * The previous results (`--previous`) join by Customer Key: the previous grade, the day it was given, and what
 * carries over (override, blacklist, opening and first-seen dates), so a chain of runs needs no copied columns.
 */
import { aliasMatcher } from '../core/aliases';
import { parseDay } from '../core/dates';
import { phoneKey } from '../core/phone';
import type { EngineResult } from '../core/engine';
import {
  customerRecord, gradeCustomers, monthKeyOf, policyMetrics, type CustomerInput, type DayInput, type GradePolicy, type GradeResult, type MetricValue,
} from '../core/grade';
import { monthIndex } from '../core/grade/months';
import type { Grouping } from '../core/grouping';
import { deriveMetrics, type DerivedMetrics } from '../core/metrics';
import { isBlankRow } from '../core/register';
import type { Cell, Register, RegisterException } from '../core/types';
import { cellText, isBlank, parseMoney } from '../core/values';
import type { PreviousGrades } from './previous-grades';
import type { TableInput } from './read-inputs';

type Role = 'phone' | 'household' | 'name' | 'previousGrade' | 'openedOn' | 'override' | 'blacklistedOn';

const ROLE_ALIASES: Record<Role, readonly string[]> = {
  phone: ['电话', '联系电话', '手机', '手机号', '联系方式', 'phone', 'mobile', 'tel'],
  household: ['家庭', '家庭编号', '户号', '客户组', 'household', 'group'],
  name: ['客户', '客户姓名', '客户名称', '姓名', 'customer', 'name'],
  previousGrade: ['上期等级', '原等级', '上次等级', 'previousgrade', 'previous_grade', 'previous'],
  openedOn: ['开户日期', '开户时间', '建档日期', 'openedon', 'opened_on', 'opened', 'opendate'],
  override: ['手工等级', '调整等级', '人工等级', 'override', 'manualgrade', 'manual_grade'],
  blacklistedOn: ['黑名单日期', '列入黑名单', 'blacklistedon', 'blacklisted_on', 'blacklist'],
};

/** The role of a header (`电话 Phone` matches by any part), or null for a metric column. */
const roleOf = aliasMatcher(ROLE_ALIASES, /[\s/|()（）]+/);

/** Grading input: the customers to grade, and table rows that could not be used. */
export interface CustomersInput {
  customers: CustomerInput[];
  exceptions: RegisterException[];
}

/** What the customers table is read for: the policy's metric columns and the run's as-of month. */
interface TableNeeds {
  metrics: ReadonlySet<string>;
  /** The months of a series that count (连续 N 个月 up to the as-of month), as month indexes [from, to]. */
  months: readonly [number, number];
}

/**
 * Customers to grade: every register customer group (with its derived metrics and the day it was first seen),
 * joined with the rows of the customers table by phone, household or name; table rows that match no group are
 * graded on their own columns. A blank or unreadable cell of a metric the policy reads goes to the exceptions.
 */
export function customersForGrading(
  table: TableInput | undefined, register: Register, grouping: Grouping, derived: Map<string, DerivedMetrics>, needs: TableNeeds,
): CustomersInput {
  const byKey = new Map<string, CustomerInput>();
  const date = register.cols.date;
  for (const g of grouping.groups) {
    let first = Infinity;
    for (const i of g.rows) if (date[i] < first) first = date[i];
    byKey.set(g.key, customerRecord(g.key, g.customer, { ...derived.get(g.key)! }, { firstSeenOn: Number.isFinite(first) ? first : null }));
  }
  const exceptions: RegisterException[] = [];
  if (table) readTable(table, grouping, byKey, exceptions, needs);
  return { customers: [...byKey.values()], exceptions };
}

/** Graded customers of a register, the rows that could not be used, and who appeared or vanished since last time. */
export interface GradedRegister {
  grades: GradeResult[];
  exceptions: RegisterException[];
  /** Customer Keys graded now but not in the previous results, and the reverse (empty without --previous). */
  appeared: string[];
  vanished: string[];
}

/** Options of a grading run beyond the register and the policy. */
export interface GradeRunOptions {
  /** Last period's results (`--previous`). */
  previous?: PreviousGrades;
  /** A review date (`--review-date`), as a day number. */
  reviewDate?: number | null;
}

/** Words in an override cell that clear an override carried over from the previous results. */
const CLEAR_OVERRIDE = new Set(['-', '—', 'none', 'clear', '无', '取消', '撤销']);

/**
 * Join the previous results by Customer Key, completing each customer's record in place. What the customers table
 * gives wins; a blacklisting carries over unless the table gives a later one; a customer absent last time is first
 * seen now (its first register event, else this run).
 */
export function joinPrevious(customers: CustomerInput[], previous: PreviousGrades, asOf: number): { appeared: string[]; vanished: string[] } {
  const appeared: string[] = [];
  const lines = previous.byKey;
  const positions = lines.positionsOf(customers.length, (k) => customers[k].key);
  for (let k = 0; k < customers.length; k++) {
    const c = customers[k];
    const i = positions[k];
    if (i < 0) {
      appeared.push(c.key);
      c.firstSeenOn ??= asOf;
      continue;
    }
    lines.join(i);
    const black = lines.blacklistedOn(i);
    const tableBlack = typeof c.blacklistedOn === 'number' ? c.blacklistedOn : null;
    // The record is this run's own (customersForGrading made it): completed in place, not copied.
    c.previousGrade = c.previousGrade || lines.grade(i);
    c.previousOn = lines.gradedOn(i);
    c.override = c.override ?? lines.override(i); // '' = cleared in the customers table
    if (!(c.blacklistedOn != null && (black === null || tableBlack === null || tableBlack > black))) c.blacklistedOn = black;
    c.openedOn = c.openedOn ?? lines.openedOn(i);
    c.firstSeenOn = lines.firstSeenOn(i) ?? c.firstSeenOn;
  }
  const vanished: string[] = [];
  for (let i = 0; i < lines.size; i++) if (!lines.joined(i)) vanished.push(lines.key(i));
  return { appeared: appeared.sort(), vanished: vanished.sort() };
}

/**
 * Grade every customer of an evaluated register: its groups with their derived metrics (as of the evaluation's
 * date; deal rows without a commission at the ownership policy's commission_rate), joined with the customers
 * table and the previous results. The batch runner and the task pane's dashboard both grade through here, so
 * they agree.
 */
export function gradeRegister(
  register: Register, result: Pick<EngineResult, 'grouping' | 'asOf' | 'policy'>, policy: GradePolicy, table?: TableInput,
  options: GradeRunOptions = {},
): GradedRegister {
  const derived = deriveMetrics(register, result.grouping, result.asOf, { commissionRate: result.policy.commission_rate });
  const last = monthIndex(result.asOf);
  const needs: TableNeeds = { metrics: policyMetrics(policy), months: [last - (policy.lifecycle.consecutiveMonths ?? 1) + 1, last] };
  const input = customersForGrading(table, register, result.grouping, derived, needs);
  const previous = options.previous;
  const moved = previous ? joinPrevious(input.customers, previous, result.asOf) : { appeared: [], vanished: [] };
  const grades = gradeCustomers(input.customers, policy, { asOf: result.asOf, reviewDate: options.reviewDate, previousRunOn: previous?.asOf });
  return { grades, exceptions: [...(previous?.exceptions ?? []), ...input.exceptions], ...moved };
}

/** Whether a column of the customers table is one the policy reads (a metric, or a month of a series that counts). */
function needed(name: string, needs: TableNeeds): boolean {
  if (needs.metrics.has(name)) return true;
  const month = monthKeyOf(name);
  return month !== null && needs.metrics.has(month.name) && month.month >= needs.months[0] && month.month <= needs.months[1];
}

function readTable(table: TableInput, grouping: Grouping, byKey: Map<string, CustomerInput>, exceptions: RegisterException[], wanted: TableNeeds): void {
  const h = table.rows.findIndex((r) => !isBlankRow(r));
  if (h < 0) return;
  const headers = table.rows[h].map((c) => cellText(c));
  const roles = headers.map((x) => (x ? roleOf(x) : null));
  const at = (role: Role): number => roles.indexOf(role);
  const numeric = numericColumns(table.rows.slice(h + 1), headers, roles);
  for (let i = h + 1; i < table.rows.length; i++) {
    const cells = table.rows[i];
    if (isBlankRow(cells)) continue;
    const text = (role: Role): string => (at(role) < 0 ? '' : cellText(cells[at(role)]));
    const phone = phoneKey(text('phone')) || text('phone');
    const ids = [phone, text('household'), text('name')].filter(Boolean);
    if (ids.length === 0) {
      exceptions.push({ file: table.file, sheet: table.sheet, row: table.firstRow + i, column: headers[at('phone')] ?? 'phone', value: '',
        problem: 'customer row without phone, household or name: it cannot be matched to a customer' });
      continue;
    }
    const group = ids.map((id) => grouping.find(id)).find((g) => g >= 0);
    const key = group !== undefined ? grouping.groups[group].key : ids[0];
    const customer = byKey.get(key) ?? customerRecord(key, text('name'), {});
    const metrics: Record<string, MetricValue> = { ...customer.metrics };
    headers.forEach((name, c) => {
      if (!name || roles[c] !== null) return;
      if (isBlank(cells[c])) {
        if (needed(name, wanted)) {
          exceptions.push({ file: table.file, sheet: table.sheet, row: table.firstRow + i, column: name, value: '',
            problem: 'blank metric the grade policy reads; the customer is graded without it (its reason says so)' });
        }
        return;
      }
      if (numeric[c] && parseMoney(cells[c]) === null) {
        // 暂无, 约300万, —: a person's note in a number column. Grade without it, and say so.
        exceptions.push({ file: table.file, sheet: table.sheet, row: table.firstRow + i, column: name, value: cellText(cells[c]),
          problem: 'not a number in a numeric metric column; the customer is graded without this metric' });
        return;
      }
      metrics[name] = metricValue(cells[c]);
    });
    const override = text('override');
    byKey.set(key, {
      ...customer,
      metrics,
      previousGrade: text('previousGrade') || customer.previousGrade,
      openedOn: dayCell(cells[at('openedOn')]) ?? customer.openedOn,
      // A clearing word ends an override carried over from the previous results.
      override: CLEAR_OVERRIDE.has(override.toLowerCase()) ? '' : override || customer.override,
      blacklistedOn: dayCell(cells[at('blacklistedOn')]) ?? customer.blacklistedOn,
    });
  }
}

/**
 * Metric columns that hold numbers: most of their filled cells read as numbers. Text columns (level words such as
 * 好/较好 for a weighted score) stay text.
 */
function numericColumns(rows: readonly (readonly Cell[])[], headers: readonly string[], roles: readonly (Role | null)[]): boolean[] {
  return headers.map((name, c) => {
    if (!name || roles[c] !== null) return false;
    let numbers = 0, filled = 0;
    for (const r of rows) {
      if (isBlank(r[c])) continue;
      filled++;
      if (parseMoney(r[c]) !== null) numbers++;
    }
    return numbers > 0 && numbers * 2 > filled;
  });
}

/** A metric cell: numbers and text as they are (the grade engine reads numbers exactly); dates as ISO text. */
function metricValue(cell: Cell): MetricValue {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return cell as MetricValue;
}

/**
 * A date cell as a day number for the grade engine (Excel serials, Dates and date text all read as calendar
 * dates); text that is no date goes through as it is, so the customer's reason says which date is wrong.
 */
function dayCell(cell: Cell): DayInput {
  if (cell === undefined || isBlank(cell)) return undefined;
  return parseDay(cell) ?? cellText(cell);
}
