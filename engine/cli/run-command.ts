/**
 * `crm-rules run`: read the inputs into one register, choose the policy, evaluate, and write the result workbook
 * (and, with --csv, one CSV per sheet).
 */
import { resolve } from 'node:path';
import { dayFromText, formatDay } from '../core/dates';
import { evaluate } from '../core/evaluate';
import { msg, render } from '../core/messages';
import { PhaseClock } from '../io/phase-clock';
import { existingResultFolder } from '../io/csv-writer';
import { runWarnings } from '../io/run-warnings';
import { readInputs, readNamedTables, resultSheets, writeCsvSheets, writeResultWorkbook, type Lang, type TableInput } from '../io';
import { chooseGradePolicy, gradeRun } from './grading';
import { choosePolicy } from './policy-choice';
import { checkOutputPaths, type OutputPath } from './output-paths';
import { createProgress } from './progress';
import { UsageError } from './usage-error';
import { toolVersion } from './version';

/** Options of the run command, as commander parses them. */
export interface RunOptions {
  preset?: string;
  policy?: string;
  gradePreset?: string;
  gradePolicy?: string;
  metrics?: string;
  previous?: string;
  reviewDate?: string;
  asOf?: string;
  out: string;
  csv?: string;
  lang: Lang;
}

/** The customers table of a --metrics file: its Customers (客户) sheet, else its first sheet (or the CSV). */
async function metricsTable(path: string): Promise<TableInput> {
  const tables = await readNamedTables(path);
  return tables.customers ?? tables.first;
}

/** Run the batch job. Returns the summary line printed on success. */
export async function runCommand(inputs: string[], options: RunOptions): Promise<string> {
  const started = new Date();
  const asOf = options.asOf === undefined ? null : dayFromText(options.asOf);
  if (options.asOf !== undefined && asOf === null) throw new UsageError(`--as-of: "${options.asOf}" is not a date; expected YYYY-MM-DD`);
  const reviewDate = options.reviewDate === undefined ? null : dayFromText(options.reviewDate);
  if (options.reviewDate !== undefined && reviewDate === null) throw new UsageError(`--review-date: "${options.reviewDate}" is not a date; expected YYYY-MM-DD`);
  if (options.lang !== 'en' && options.lang !== 'zh') throw new UsageError(`--lang: "${options.lang}" is not allowed; expected en or zh`);
  if (inputs.length === 0 && !options.metrics) throw new UsageError('no INPUT given; name .xlsx/.csv files, folders or globs (or grade a --metrics table)');
  const out = resolve(options.out);
  const outputs: OutputPath[] = [{ option: '--out', path: options.out }];
  if (options.csv) outputs.push({ option: '--csv', path: options.csv });
  checkOutputPaths(inputs, [options.policy, options.gradePolicy, options.metrics].filter((f): f is string => Boolean(f)), outputs);
  const progress = createProgress();
  // CRM_RULES_PHASES=1 prints where the run's time went (stderr), for profiling large runs.
  const clock = new PhaseClock(Boolean(process.env.CRM_RULES_PHASES));
  try {
    const read = await clock.time('read inputs', () => readInputs(inputs, { onProgress: progress.reading, exclude: [out], clock }));
    if (asOf === null && read.register.size === 0) {
      throw new UsageError('the inputs hold no register rows to take the as-of date from; give --as-of YYYY-MM-DD');
    }
    const chosen = await choosePolicy(options, read.rulesTable);
    const gradeChoice = await chooseGradePolicy(options, read.rulesTable);
    const customers = options.metrics ? await clock.time('read metrics', () => metricsTable(options.metrics!)) : read.customersTable;
    progress.stage('evaluating');
    const result = await clock.time('evaluate', () => evaluate(read.register, chosen.policy, { asOf }));
    if (!gradeChoice && (options.previous || options.reviewDate)) throw new UsageError('--previous and --review-date need a grade policy (--grade-preset or --grade-policy)');
    const gradeRunResult = gradeChoice
      ? await clock.time('grade', () => gradeRun(read.register, result, gradeChoice, customers, { previous: options.previous, reviewDate }))
      : null;
    const grades = gradeRunResult?.grades ?? null;
    const warnings = runWarnings(read.register, result.policy);
    const sheets = await clock.time('result sheets', () => resultSheets({
      result,
      register: read.register,
      grades,
      gradeOrder: gradeChoice ? [...gradeChoice.policy.levels] : undefined,
      lang: options.lang,
      audit: {
        version: toolVersion(),
        policySource: chosen.source,
        gradePolicy: gradeChoice && { source: gradeChoice.source, policy: gradeChoice.policy.settings },
        previousGrades: gradeRunResult?.previous ?? null,
        files: read.files,
        runTime: started.toISOString(),
        warnings,
      },
    }));
    // A --csv folder that cannot be replaced stops the run before the workbook is written, not after.
    if (options.csv) await existingResultFolder(options.csv, sheets);
    progress.stage('writing');
    // Written under the name the user gave, so that an error names the file as they know it.
    await writeResultWorkbook(options.out, sheets, { lang: options.lang, clock });
    if (options.csv) await clock.time('write CSV', () => writeCsvSheets(options.csv!, sheets, options.lang));
    const deals = new Set(result.splits.map((s) => s.dealRow)).size;
    const { lang } = options;
    return render(msg('output.summary', {
      out: options.out, customers: result.owners.length, deals, conflicts: result.conflicts.length,
      exceptions: read.register.exceptions.length, splits: result.splits.length, asOf: formatDay(result.asOf),
      policy: result.policy.name,
      graded: grades ? msg('output.summary-graded', { count: grades.filter((g) => g.grade).length }) : '',
      warnings: warnings.map((w) => render(msg('output.summary-warning', { warning: w }), lang)).join(''),
    }), lang);
  } finally {
    progress.stop();
    if (clock.enabled) process.stderr.write(`${clock.text()}\n`);
  }
}
