/**
 * Caps on grades (SPEC §5; 德奥 客户管理制度: VIP 客户总数量不得超过客户总量的 15%, 优选类不得超过 30%):
 * when more customers reach a capped grade than the cap allows, the best-ranked keep it and the rest drop to
 * the next grade, which may in turn be capped. Ties are broken by Customer Key and the reason says so.
 */
import type { Scalar } from './metric-values';
import type { GradePolicy } from './policy';
import { tieNote, type Grading } from './quota';
import { countOf, rankOrder } from './ranking';
import { valueText } from './value-text';

/**
 * Apply the policy's caps to graded customers (in Customer Key order; `rank` are their values of the rank
 * metric). Grades and reasons are updated in place.
 */
export function applyCaps(policy: GradePolicy, graded: Grading, rank: readonly Scalar[], keys: readonly string[]): void {
  const { grades, reasons } = graded;
  const n = grades.length;
  for (let level = 0; level < policy.levels.length; level++) {
    const grade = policy.levels[level];
    const cap = policy.caps.find((c) => c.grade === grade);
    if (!cap) continue;
    const members: number[] = [];
    for (let i = 0; i < n; i++) if (grades[i] === grade) members.push(i);
    const max = countOf(n, cap.percent);
    if (members.length <= max) continue;
    const order = rankOrder(members.map((i) => rank[i]), policy.rankOrder);
    for (let pos = 0; pos < order.length; pos++) order[pos] = members[order[pos]];
    const next = policy.levels[level + 1];
    // The text around a member's rank and value, built once per capped grade; the rank and value in between are
    // joined into one short string.
    const capText = `; ${grade} cap ${cap.percent.toString()}% = ${max} of ${n} customers; ranks `;
    const byText = ` of ${members.length} by ${policy.rankBy} `;
    const keepsText = `, keeps ${grade}`, dropsText = ` → ${next}`;
    for (let pos = 0; pos < order.length; pos++) {
      const i = order[pos];
      const keeps = pos < max;
      const tie = tieNote(rank, keys, order, pos, keeps ? 0 : max, keeps ? max : order.length);
      if (keeps && !tie) continue; // keeping the grade needs no word unless a tie decided it
      grades[i] = keeps ? grade : next;
      const where = [pos + 1, byText, rank[i] === null ? '(blank)' : valueText(rank[i])].join('');
      reasons[i] += capText + where + (keeps ? keepsText : dropsText) + tie;
    }
  }
}
