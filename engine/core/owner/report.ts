/**
 * Report rules (SPEC §3 rule 3, 报备后 N 日内带看; 客户不至案场报备无效): a report only claims when the same
 * salesperson (or team) brings the customer for a visit within `report_visit_days`. While that window is still
 * open on the as-of date, the report holds provisionally.
 */

/** Outcome of a report claim. */
export type ReportOutcome = { valid: true; visitRow: number } | { valid: true; pendingUntil: number } | { valid: false; deadline: number };

/**
 * Judge the report at `groupRows[pos]`. `groupRows` are the group's row indexes in walk order; `date` and `event`
 * are the register's columns, `visit` the visit event code; `claimant` picks the salesperson or the team of a row
 * (as a text id), as the policy claims.
 */
export function judgeReport(
  date: Int32Array, event: Uint8Array, groupRows: Int32Array, pos: number, days: number, asOf: number,
  claimant: (row: number) => number, visit: number,
): ReportOutcome {
  const report = groupRows[pos];
  const deadline = date[report] + days;
  const who = claimant(report);
  let start = pos;
  while (start > 0 && date[groupRows[start - 1]] === date[report]) start--;
  for (let k = start; k < groupRows.length; k++) {
    const i = groupRows[k];
    if (date[i] > deadline || date[i] > asOf) break;
    if (event[i] === visit && claimant(i) === who) return { valid: true, visitRow: i };
  }
  return deadline > asOf ? { valid: true, pendingUntil: deadline } : { valid: false, deadline };
}
