/**
 * Checks of a Rules sheet for the pane: every problem, each naming its cell, rather than only the first one a
 * policy load would stop at.
 */
import { policyFromEntries, readRulesSheet, type RulesSheet } from '../../../engine/core/policy/load';
import { PRESET_LABELS } from '../../../engine/core/policy/coerce';
import type { Cell } from '../../../engine/core/types';

/** One problem found in a Rules sheet. */
export interface RulesProblem {
  /** Cell address such as `Rules!B7`, or the sheet name when no single cell is to blame. */
  where: string;
  message: string;
}

/** Check a Rules sheet's values (`firstRow`: spreadsheet row of table[0]). An empty list means it is fine. */
export function lintRulesSheet(table: readonly (readonly Cell[])[], firstRow = 1, sheet = 'Rules'): RulesProblem[] {
  let read: RulesSheet;
  try {
    read = readRulesSheet(table, firstRow, sheet);
  } catch (e) {
    return [problemOf(e, sheet)];
  }
  const problems: RulesProblem[] = [];
  const base = read.entries.filter((e) => PRESET_LABELS.has(e.key.trim().toLowerCase()));
  // Each key on its own (over the base preset) so that one bad value does not hide the next.
  for (const entry of read.entries) {
    try {
      policyFromEntries([...base.filter((b) => b !== entry), entry], `${sheet} sheet`);
    } catch (e) {
      problems.push(problemOf(e, entry.where));
    }
  }
  if (problems.length === 0) {
    // Keys that are fine alone can still clash together (e.g. a percent set and its parties).
    try {
      policyFromEntries(read.entries, `${sheet} sheet`);
    } catch (e) {
      problems.push(problemOf(e, sheet));
    }
  }
  return problems;
}

function problemOf(e: unknown, where: string): RulesProblem {
  const message = e instanceof Error ? e.message : String(e);
  const cell = /^(?:\S+ sheet )?([^\s:]+![A-Z]+\d+):/.exec(message);
  return { where: cell ? cell[1] : where, message: cell ? message.slice(message.indexOf(':') + 1).trim() : message };
}
