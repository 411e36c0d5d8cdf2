/**
 * Grading in a batch run (SPEC §5, §8). The grade policy is `--grade-preset NAME`, else `--grade-policy FILE`
 * (JSON/YAML, a workbook's Rules sheet or a decision-table sheet), else the grade table or grade preset of the
 * input's Rules sheet, else none — then the Grades sheet carries one note row saying how to give one.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { EngineResult } from '../core/engine';
import {
  gradePolicyFromRulesSheet, gradePolicyFromTable, gradePolicyFromText, gradePreset,
  type GradePolicy, type GradeResult,
} from '../core/grade';
import { PolicyError } from '../core/policy/validate';
import type { Register } from '../core/types';
import { InputError, readNamedTables, type TableInput } from '../io';
import { gradeRegister } from '../io/customers-table';
import { readPreviousGrades } from '../io/previous-grades';

/** A grade policy and where it came from. */
export interface ChosenGradePolicy {
  policy: GradePolicy;
  source: string;
}

/** A grade policy file: JSON/YAML, or a workbook/CSV whose Rules sheet or first sheet holds a grade table. */
export async function gradePolicyOfFile(path: string): Promise<ChosenGradePolicy> {
  const name = basename(path);
  const ext = extname(path).toLowerCase();
  if (ext === '.json' || ext === '.yaml' || ext === '.yml') {
    const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new InputError(name, e.code === 'ENOENT' ? 'file not found' : e.message);
    });
    return { policy: gradePolicyFromText(text, name), source: name };
  }
  const { rules, first } = await readNamedTables(path);
  if (rules) {
    const policy = gradePolicyFromRulesSheet(rules.rows, rules.firstRow, rules.sheet);
    if (!policy) throw new PolicyError(`${name}: the ${rules.sheet} sheet has no grade table or grade preset`);
    return { policy, source: `${name} ${rules.sheet} sheet` };
  }
  return { policy: gradePolicyFromTable(first.rows, { firstRow: first.firstRow, sheet: first.sheet || name }), source: `${name} ${first.sheet}`.trim() };
}

/** Choose the run's grade policy by the order of precedence above; null when none is given. */
export async function chooseGradePolicy(
  options: { gradePreset?: string; gradePolicy?: string },
  rulesTable?: TableInput,
): Promise<ChosenGradePolicy | null> {
  if (options.gradePreset && options.gradePolicy) throw new PolicyError('give either --grade-preset or --grade-policy, not both');
  if (options.gradePreset) return { policy: gradePreset(options.gradePreset), source: `grade preset ${options.gradePreset}` };
  if (options.gradePolicy) return gradePolicyOfFile(options.gradePolicy);
  if (rulesTable) {
    const policy = gradePolicyFromRulesSheet(rulesTable.rows, rulesTable.firstRow, rulesTable.sheet);
    if (policy) return { policy, source: `${rulesTable.file} ${rulesTable.sheet} sheet` };
  }
  return null;
}

/** Who the previous results held that this run does not, and the reverse, for the Audit sheet. */
export interface PreviousSummary {
  file: string;
  matched: number;
  appeared: readonly string[];
  vanished: readonly string[];
}

/** A grading run's grades, and how they joined the previous results (null without --previous). */
export interface GradeRun {
  grades: GradeResult[];
  previous: PreviousSummary | null;
}

/**
 * Grade every customer: the register's groups with their derived metrics, joined with the customers table and
 * the previous results (`--previous FILE`). Rows that cannot be used are added to the register's exceptions.
 */
export async function gradeRun(
  register: Register, result: EngineResult, chosen: ChosenGradePolicy, customers: TableInput | undefined,
  options: { previous?: string; reviewDate?: number | null } = {},
): Promise<GradeRun> {
  const previous = options.previous ? await readPreviousGrades(options.previous) : undefined;
  const graded = gradeRegister(register, result, chosen.policy, customers, { previous, reviewDate: options.reviewDate });
  register.exceptions.push(...graded.exceptions);
  return {
    grades: graded.grades,
    previous: previous
      ? { file: previous.file, matched: graded.grades.length - graded.appeared.length, appeared: graded.appeared, vanished: graded.vanished }
      : null,
  };
}
