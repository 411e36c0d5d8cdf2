/**
 * A chain of monthly grading runs through the command line: each month a customers table (CSV) is graded with
 * `--previous` pointing at the month before's result — its workbook, its Grades.csv, or (once) a Chinese result —
 * so nothing is copied by hand between runs.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvText, readCsv, runCli, tempDir } from './helpers';

/** One graded customer of one month, by English field name. */
export interface Graded {
  grade: string;
  previous: string;
  score: string;
  gradedOn: string;
  review: string;
  nextReview: string;
  override: string;
  blacklistedOn: string;
  firstSeen: string;
  reason: string;
}

/** One month of a chain: its as-of date and the customers table (header first). */
export interface ChainMonth {
  asOf: string;
  table: (string | number | null)[][];
  /** Extra command-line options (e.g. --review-date). */
  args?: string[];
}

/** The result of a chain: per month, the graded customers by Customer Key, and the Audit and Exceptions lines. */
export interface ChainResult {
  months: Map<string, Graded>[];
  audits: string[][];
  exceptions: string[][];
}

const EN = ['Customer Key', 'Grade', 'Previous Grade', 'Score', 'Graded On', 'Review', 'Next Review', 'Override', 'Blacklisted On', 'First Seen', 'Reason'];
const ZH = ['客户编号', '等级', '上期等级', '得分', '评级日期', '本期复核', '下次复核', '手工等级', '黑名单日期', '首次出现', '原因'];

/** Months (0-based) whose result is written in Chinese: month 6 reads a Chinese workbook, month 7 a Chinese CSV. */
const ZH_MONTHS = new Set([4, 5]);

/**
 * Run the months in order with `preset`. Month k > 0 gets `--previous`: the workbook of month k-1 on odd k, its
 * Grades CSV on even k (Chinese headers after ZH_MONTHS).
 */
export function runChain(tag: string, preset: string, months: readonly ChainMonth[]): ChainResult {
  const dir = tempDir(tag);
  const out: ChainResult = { months: [], audits: [], exceptions: [] };
  months.forEach((m, k) => {
    const input = join(dir, `customers-${k + 1}.csv`);
    writeFileSync(input, `\ufeff${csvText(m.table.map((r) => r.map((c) => (c === null ? null : String(c)))))}`);
    const zh = ZH_MONTHS.has(k);
    const csvDir = join(dir, `csv-${k + 1}`);
    const previous = k === 0 ? [] : ['--previous', k % 2 === 1 ? join(dir, `result-${k}.xlsx`) : join(dir, `csv-${k}`, ZH_MONTHS.has(k - 1) ? '分级.csv' : 'Grades.csv')];
    const run = runCli(['run', '--metrics', input, '--grade-preset', preset, '--as-of', m.asOf, '--out', join(dir, `result-${k + 1}.xlsx`),
      '--csv', csvDir, ...(zh ? ['--lang', 'zh'] : []), ...previous, ...(m.args ?? [])]);
    assert.equal(run.code, 0, `month ${k + 1} (${m.asOf}): ${run.stderr}`);
    const [header, ...rows] = readCsv(join(csvDir, zh ? '分级.csv' : 'Grades.csv'));
    const names = zh ? ZH : EN;
    const at = names.map((h) => header.indexOf(h));
    assert.ok(at.every((i) => i >= 0), `month ${k + 1}: Grades header ${header.join(', ')}`);
    const graded = new Map<string, Graded>();
    for (const r of rows) {
      const v = at.map((i) => r[i] ?? '');
      graded.set(v[0], { grade: v[1], previous: v[2], score: v[3], gradedOn: v[4], review: v[5], nextReview: v[6], override: v[7],
        blacklistedOn: v[8], firstSeen: v[9], reason: v[10] });
    }
    out.months.push(graded);
    out.audits.push(readCsv(join(csvDir, zh ? '审计.csv' : 'Audit.csv')).map((r) => r.join('|')));
    out.exceptions.push(readCsv(join(csvDir, zh ? '异常.csv' : 'Exceptions.csv')).map((r) => r.join('|')));
  });
  return out;
}

/** Month-end as-of dates of 2026 (and beyond), January first. */
export function monthEnds(count: number, from = 1): string[] {
  return Array.from({ length: count }, (_, i) => {
    const month = from + i;
    const y = 2026 + Math.floor((month - 1) / 12), mo = ((month - 1) % 12) + 1;
    const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
    return `${y}-${String(mo).padStart(2, '0')}-${last}`;
  });
}

/** The grades of one customer month by month. */
export function gradesOf(chain: ChainResult, key: string): string[] {
  return chain.months.map((m) => m.get(key)?.grade ?? '(absent)');
}
