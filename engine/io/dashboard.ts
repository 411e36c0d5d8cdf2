/**
 * The Dashboard sheet: what a sales manager wants at a glance — totals, the grade distribution, and credit,
 * commission and conflicts per salesperson — each table with a bar chart beside it. Sums are exact decimals.
 */
import type { ConflictResult, OwnerResult, SplitResult } from '../core/types';
import { DecimalSum } from './decimal-sum';
import { col, type Block, type ResultSheet } from './result-model';
import type { GradeRow } from './result-tables';

/** What the Dashboard summarises. */
export interface DashboardInput {
  asOf: string;
  owners: readonly OwnerResult[];
  splits: readonly SplitResult[];
  conflicts: readonly ConflictResult[];
  grades: readonly GradeRow[] | null;
  /** Grades in the policy's order (best first), when the grade policy lists them. */
  gradeOrder?: readonly string[];
  exceptions: number;
  /** Decimal places of money (the policy's `decimals`). */
  decimals: number;
}

interface PersonFigures {
  customers: number;
  deals: number;
  credit: DecimalSum;
  commission: DecimalSum;
  /** Penalty deductions (negative), also counted in commission. */
  penalties: DecimalSum;
  conflicts: number;
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function totals(input: DashboardInput): Block {
  const deals = new Map<string, SplitResult>();
  for (const s of input.splits) if (s.role !== 'penalty' && !deals.has(s.dealRow)) deals.set(s.dealRow, s);
  const amount = new DecimalSum();
  const commission = new DecimalSum();
  for (const s of deals.values()) {
    amount.add(s.amount);
    commission.add(s.commission);
  }
  return {
    title: { en: `Summary as of ${input.asOf}`, zh: `汇总（截至 ${input.asOf}）` },
    columns: [col('Customers', '客户数', 'number', 18), col('Deals', '成交数', 'number', 14),
      col('Deal Amount', '成交金额', 'money', 16), col('Commission', '佣金', 'money', 14),
      col('Conflicts', '撞单', 'number', 12), col('Exceptions', '异常行', 'number', 12)],
    rows: [[String(input.owners.length), String(deals.size), amount.toFixed(input.decimals), commission.toFixed(input.decimals),
      String(input.conflicts.length), String(input.exceptions)]],
  };
}

/**
 * Customers per grade, in the policy's grade order (best first); grades the order does not list (lifecycle
 * grades, an override's own word) follow, most customers first, ties by name. The task pane's dashboard counts
 * with this too, so both dashboards show the same table for the same workbook.
 */
export function gradeCounts(grades: readonly { grade: string }[], order: readonly string[] = []): [grade: string, customers: number][] {
  const counts = new Map<string, number>();
  for (const g of grades) counts.set(g.grade, (counts.get(g.grade) ?? 0) + 1);
  const rank = (g: string): number => (order.includes(g) ? order.indexOf(g) : order.length);
  return [...counts.keys()]
    .sort((a, b) => rank(a) - rank(b) || counts.get(b)! - counts.get(a)! || byText(a, b))
    .map((g) => [g, counts.get(g)!]);
}

function gradeDistribution(input: DashboardInput): Block {
  return {
    title: { en: 'Grade distribution', zh: '客户等级分布' },
    columns: [col('Grade', '等级', 'text', 18), col('Customers', '客户数', 'number', 14)],
    rows: gradeCounts(input.grades ?? [], input.gradeOrder).map(([g, n]) => [g, String(n)]),
    emptyNote: input.grades === null
      ? { en: 'No grade policy given', zh: '未设置分级规则' }
      : { en: 'No graded customers', zh: '没有分级客户' },
    charts: [{ title: { en: 'Customers per grade', zh: '各等级客户数' }, direction: 'col', series: [1] }],
  };
}

function perSalesperson(input: DashboardInput): { figures: Block; conflicts: Block } {
  const people = new Map<string, PersonFigures>();
  const person = (name: string): PersonFigures => {
    let p = people.get(name);
    if (!p) {
      p = { customers: 0, deals: 0, credit: new DecimalSum(), commission: new DecimalSum(), penalties: new DecimalSum(), conflicts: 0 };
      people.set(name, p);
    }
    return p;
  };
  let penalised = false;
  for (const o of input.owners) if (o.owner) person(o.owner).customers++;
  for (const s of input.splits) {
    const p = person(s.party);
    p.credit.add(s.creditAmount);
    p.commission.add(s.commissionAmount);
    if (s.role === 'closer') p.deals++;
    if (s.role === 'penalty') {
      p.penalties.add(s.commissionAmount);
      penalised = true;
    }
  }
  for (const c of input.conflicts) {
    for (const name of new Set(c.salespeople.split(/\s*[,，、]\s*/).filter(Boolean))) person(name).conflicts++;
  }
  // Biggest earners first; ties by name so the order never depends on input order.
  const credit = new Map([...people].map(([n, p]) => [n, p.credit.value()]));
  const names = [...people.keys()].sort((a, b) => credit.get(b)!.cmp(credit.get(a)!) || byText(a, b));
  const name = col('Salesperson', '销售员', 'text', 18);
  const figures: Block = {
    title: { en: 'Credit and commission per salesperson', zh: '销售员业绩与佣金' },
    columns: [name, col('Customers Owned', '归属客户数', 'number', 17), col('Deals Closed', '成交数', 'number', 16),
      col('Credit Amount', '业绩金额', 'money', 16), col('Commission Amount', '佣金金额', 'money', 18),
      // Penalties (处罚扣款), already taken off the commission, get a column when there are any.
      ...(penalised ? [col('Penalties', '处罚扣款', 'money', 14)] : [])],
    rows: names.map((n) => {
      const p = people.get(n)!;
      const row = [n, String(p.customers), String(p.deals), p.credit.toFixed(input.decimals), p.commission.toFixed(input.decimals)];
      if (penalised) row.push(p.penalties.toFixed(input.decimals));
      return row;
    }),
    emptyNote: { en: 'No salespeople', zh: '没有销售员' },
    // Credit and commission differ by two orders of magnitude, so each gets its own chart and scale.
    charts: [
      { title: { en: 'Credit per salesperson', zh: '销售员业绩' }, direction: 'bar', series: [3] },
      { title: { en: 'Commission per salesperson', zh: '销售员佣金' }, direction: 'bar', series: [4] },
    ],
  };
  const disputed = [...people.keys()].filter((n) => people.get(n)!.conflicts > 0)
    .sort((a, b) => people.get(b)!.conflicts - people.get(a)!.conflicts || byText(a, b));
  const conflicts: Block = {
    title: { en: 'Conflicts per salesperson', zh: '销售员撞单数' },
    columns: [name, col('Conflicts', '撞单数', 'number', 14)],
    rows: disputed.map((n) => [n, String(people.get(n)!.conflicts)]),
    emptyNote: { en: 'No conflicts', zh: '没有撞单' },
    charts: [{ title: { en: 'Conflicts per salesperson', zh: '销售员撞单数' }, direction: 'bar', series: [1] }],
  };
  return { figures, conflicts };
}

/** The Dashboard sheet. */
export function dashboardSheet(input: DashboardInput): ResultSheet {
  const { figures, conflicts } = perSalesperson(input);
  return { en: 'Dashboard', zh: '看板', blocks: [totals(input), gradeDistribution(input), figures, conflicts] };
}
