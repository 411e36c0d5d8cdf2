/**
 * The `crm-rules` command line (SPEC §8): `run`, `check` and `presets`. main() never exits the process itself; it
 * returns the exit code, so tests and the bin launcher share it. Unreadable input and invalid policies end with
 * one line naming the file and the problem, and exit code 1; usage mistakes exit with 2.
 */
import { Command, CommanderError, Option } from 'commander';
import { RegisterFormatError } from '../core/register';
import { PolicyError } from '../core/policy/validate';
import { InputError } from '../io';
import { FileError, isSystemError, systemProblem } from '../io/file-error';
import { removeAllTempSync } from '../io/temp-files';
import { checkCommand } from './check-command';
import { presetsText } from './presets-command';
import { runCommand, type RunOptions } from './run-command';
import { UsageError } from './usage-error';
import { toolVersion } from './version';

const RUN_EXAMPLES = `
Examples:
  crm-rules run register.xlsx                          owners, splits, conflicts with the workbook's Rules sheet or realestate
  crm-rules run march/ --preset showroom-70-30 --out march-result.xlsx
  crm-rules run "exports/*.csv" --as-of 2026-03-31 --csv result-csv
  crm-rules run register.xlsx --policy rules.yaml --lang zh
  crm-rules run --metrics customers.xlsx --grade-preset securities-4tier --as-of 2026-03-31
  crm-rules run --metrics april.xlsx --grade-preset tonnage-stars --as-of 2026-04-30 --previous march-result.xlsx

Policy: --preset NAME, else --policy FILE (.json/.yaml/.yml or a workbook with a Rules sheet), else the input
workbook's Rules (规则) sheet, else the realestate preset. Grades: --grade-preset, else --grade-policy, else the
grade table of the Rules sheet, else none (the Grades sheet then holds one note row). Metrics come from --metrics
or the input's Customers (客户) sheet, plus sales_total, deal_count, commission_total, days_since_last_deal and
monthly_sales derived from the register. --as-of defaults to the register's latest event date.
The result workbook has the sheets Owners, Splits, Grades, Conflicts, Exceptions, Dashboard and Audit; --csv DIR
also writes each sheet as DIR/<Sheet>.csv (UTF-8 with BOM; the Audit CSV leaves out the run time so that runs on
the same input give identical files). --out and --csv may not be, hold or lie inside an input; the --csv folder is
replaced whole, so it may hold result CSVs only. With CRM_RULES_PHASES=1 set, run prints its wall and CPU time per phase
(reading, evaluating, writing each sheet) to stderr.`;

/** Errors that are the user's data or files, reported as one line with exit code 1. */
function isInputProblem(e: unknown): e is Error {
  return e instanceof InputError || e instanceof PolicyError || e instanceof RegisterFormatError || e instanceof FileError
    || isSystemError(e);
}

/** The one error line of an input problem: a system error names its file and says what is wrong in words. */
function problemLine(e: Error): string {
  if (isSystemError(e)) return `${e.path ?? 'file'}: ${systemProblem(e)}`;
  return e.message.split('\n')[0];
}

/**
 * While a command runs, Ctrl-C and SIGTERM remove the run's temporary files before the process ends (with the
 * usual 128 + signal exit code), so an interrupted run leaves complete results only: each the previous one or
 * the new one.
 */
function cleanupOnSignals(): () => void {
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const handler = (): void => {
      removeAllTempSync();
      process.stderr.write(`crm-rules: interrupted (${signal}); temporary files removed, no partial result left\n`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((off) => off());
}

/**
 * Run `check` on `file` so that whatever stops it (a system error, a YAML or JSON syntax error) is one line
 * naming the file; the policy's own errors already name it.
 */
async function namingCheckedFile(file: string, work: () => Promise<string>): Promise<string> {
  try {
    return await work();
  } catch (e) {
    if (isSystemError(e)) throw new FileError(file, e.code === 'ENOENT' ? 'file not found' : systemProblem(e));
    // A file that is no YAML or JSON at all; anything else is a fault of the program and keeps its stack.
    if (e instanceof SyntaxError || (e instanceof Error && e.name.startsWith('YAML'))) throw new InputError(file, e.message.split('\n')[0]);
    throw e;
  }
}

function program(print: (text: string) => void, setCode: (code: number) => void): Command {
  const cmd = new Command('crm-rules')
    .description('Executable customer rules: ownership (OWNER), credit/commission splits (SPLIT) and grades (GRADE)')
    .version(toolVersion())
    .exitOverride()
    .configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });

  cmd.command('run')
    .description('evaluate registers (.xlsx/.csv files, folders or globs) and write the result workbook')
    .argument('[INPUT...]', 'register files, folders or globs; several inputs form one register')
    .addOption(new Option('--preset <NAME>', 'ownership preset (see `crm-rules presets`)'))
    .addOption(new Option('--policy <FILE>', 'policy file: .json, .yaml/.yml or a workbook with a Rules sheet'))
    .addOption(new Option('--grade-preset <NAME>', 'grade preset (see `crm-rules presets`)'))
    .addOption(new Option('--grade-policy <FILE>', 'grade policy: .json/.yaml, a workbook with a Rules sheet, or a decision-table sheet/CSV'))
    .option('--metrics <FILE>', 'customers table for grading (.xlsx Customers sheet or first sheet, or .csv), keyed by phone, household or name')
    .option('--previous <FILE>', "last period's result workbook (or its Grades.csv): previous grades, their dates, overrides and blacklistings by Customer Key")
    .option('--review-date <YYYY-MM-DD>', 'a review date for grading: held grade changes (就高不就低) take effect from it')
    .option('--as-of <YYYY-MM-DD>', "evaluate as of this date (default: the register's latest event date)")
    .option('--out <FILE.xlsx>', 'result workbook', 'crm-rules-result.xlsx')
    .option('--csv <DIR>', 'also write every result sheet as DIR/<Sheet>.csv')
    .addOption(new Option('--lang <LANG>', 'language of the result: headers, statuses, roles, reasons, Audit and the summary line').choices(['en', 'zh']).default('en'))
    .addHelpText('after', RUN_EXAMPLES)
    .action(async (inputs: string[], options: RunOptions) => {
      print(await runCommand(inputs, options));
      setCode(0);
    });

  cmd.command('check')
    .description('validate and lint a policy: a .json/.yaml file or a workbook with a Rules sheet')
    .argument('<POLICY_OR_WORKBOOK>')
    .addHelpText('after', '\nExamples:\n  crm-rules check rules.yaml\n  crm-rules check register.xlsx')
    .action(async (file: string) => {
      print(await namingCheckedFile(file, () => checkCommand(file)));
      setCode(0);
    });

  cmd.command('presets')
    .description('list the presets with their settings')
    .action(() => {
      print(presetsText());
      setCode(0);
    });
  return cmd;
}

/** Run the command line `argv` (without `node` and the script). Resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const print = (text: string): void => { process.stdout.write(`${text}\n`); };
  const stopCleanup = cleanupOnSignals();
  try {
    await program(print, (c) => { code = c; }).parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      process.stderr.write(`crm-rules: ${e.message}\n`);
      return 2;
    }
    if (isInputProblem(e)) {
      process.stderr.write(`crm-rules: ${problemLine(e)}\n`);
      return 1;
    }
    throw e;
  } finally {
    stopCleanup();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (err: Error) => { process.stderr.write(`crm-rules: ${err.stack ?? err.message}\n`); process.exitCode = 3; },
  );
}
