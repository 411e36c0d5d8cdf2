/**
 * Report rules (SPEC §3 rule 3, 报备后 N 日内带看; 客户不至案场报备无效): a report only claims when the same
 * salesperson (or team) brings the customer for a visit within `report_visit_days`. While that window is still
 * open on the as-of date, the report holds provisionally.
 */
import type { RegisterRow } from '../types';

/** Outcome of a report claim. */
export type ReportOutcome = { valid: true; visitRow: number } | { valid: true; pendingUntil: number } | { valid: false; deadline: number };

/**
 * Judge the report at `groupRows[pos]`. `groupRows` are the group's row indexes in walk order; `claimant` picks the
 * salesperson or the team of a row, as the policy claims.
 */
export function judgeReport(
  rows: readonly RegisterRow[], groupRows: readonly number[], pos: number, days: number, asOf: number,
  claimant: (r: RegisterRow) => string,
): ReportOutcome {
  const report = rows[groupRows[pos]];
  const deadline = report.date + days;
  const who = claimant(report);
  let start = pos;
  while (start > 0 && rows[groupRows[start - 1]].date === report.date) start--;
  for (let i = start; i < groupRows.length; i++) {
    const r = rows[groupRows[i]];
    if (r.date > deadline || r.date > asOf) break;
    if (r.event === 'visit' && claimant(r) === who) return { valid: true, visitRow: groupRows[i] };
  }
  return deadline > asOf ? { valid: true, pendingUntil: deadline } : { valid: false, deadline };
}
