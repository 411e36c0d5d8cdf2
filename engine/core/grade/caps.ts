/**
 * Caps on grades (SPEC §5; 德奥 客户管理制度: VIP 客户总数量不得超过客户总量的 15%, 优选类不得超过 30%):
 * when more customers reach a capped grade than the cap allows, the best-ranked keep it and the rest drop to
 * the next grade, which may in turn be capped. Ties are broken by Customer Key and the reason says so.
 */
import type { Scalar } from './metricValues';
import type { GradePolicy } from './policy';
import type { Graded } from './quota';
import { tieNote } from './quota';
import { countOf, rankOrder } from './ranking';

/**
 * Apply the policy's caps to graded customers (in Customer Key order; `rank` are their values of the rank
 * metric). Grades and reasons are updated in place.
 */
export function applyCaps(policy: GradePolicy, graded: Graded[], rank: readonly Scalar[], keys: readonly string[]): void {
  const n = graded.length;
  for (let level = 0; level < policy.levels.length; level++) {
    const grade = policy.levels[level];
    const cap = policy.caps.find((c) => c.grade === grade);
    if (!cap) continue;
    const members: number[] = [];
    for (let i = 0; i < n; i++) if (graded[i].grade === grade) members.push(i);
    const max = countOf(n, cap.percent);
    if (members.length <= max) continue;
    const values = members.map((i) => rank[i]);
    const order = rankOrder(values, policy.rankOrder).map((j) => members[j]);
    const next = policy.levels[level + 1];
    order.forEach((i, pos) => {
      const tie = tieNote(rank, keys, order, pos, pos < max ? 0 : max, pos < max ? max : order.length);
      const where = `${grade} cap ${cap.percent.toString()}% = ${max} of ${n} customers; ranks ${pos + 1} of ${members.length} by ${policy.rankBy} ${String(rank[i] ?? '(blank)')}`;
      if (pos < max) {
        if (tie) graded[i].reason += `; ${where}, keeps ${grade}${tie}`;
        return;
      }
      graded[i].grade = next;
      graded[i].reason += `; ${where} → ${next}${tie}`;
    });
  }
}
