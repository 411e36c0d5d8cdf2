/**
 * The Audit sheet: enough to reproduce and trust a run — every input file with its row count and SHA-256, the
 * full policy and grade policy used, the as-of date and the tool version. The run time is shown in the workbook
 * only, so that the CSV export of the same inputs is byte-identical from run to run.
 */
import { msg, render, type Message } from '../core/messages';
import { KEY_LABELS_ZH, type OwnershipPolicy } from '../core/policy/schema';
import type { InputFileInfo } from './read-inputs';
import { col, type Lang, type ResultSheet } from './result-model';
import { roleOf, termOf } from './result-words';

/** What the Audit sheet records. */
export interface AuditInput {
  version: string;
  asOf: string;
  /** Where the ownership policy came from: `preset realestate`, a file, `Rules sheet of book.xlsx`. */
  policySource: string;
  policy: OwnershipPolicy;
  /** The grade policy and where it came from, or null when none was given. */
  gradePolicy: { source: string; policy: unknown } | null;
  /** How the grades joined last period's results (`--previous`), or null/absent when none were given. */
  previousGrades?: { file: string; matched: number; appeared: readonly string[]; vanished: readonly string[] } | null;
  files: readonly InputFileInfo[];
  /** ISO timestamp of the run (workbook only). */
  runTime: string;
  /** Warnings about the run as a whole (run-warnings.ts). */
  warnings?: readonly Message[];
  /** Language of labels and policy values. */
  lang?: Lang;
}

/** Policy sources as the policy choosers write them (`preset realestate`, `book.xlsx Rules sheet`), as messages. */
const SOURCES: [RegExp, string][] = [
  [/^default preset (.+)$/, 'output.source-default-preset'],
  [/^grade preset (.+)$/, 'output.source-grade-preset'],
  [/^preset (.+)$/, 'output.source-preset'],
];

/** Where a policy came from, in `lang`; a file name stays as it is. */
export function sourceWords(source: string, lang: Lang): string {
  if (lang === 'en') return source;
  for (const [pattern, id] of SOURCES) {
    const m = pattern.exec(source);
    if (m) return render(msg(id, { name: m[1] }), lang);
  }
  const sheet = /^(.+) sheet$/.exec(source);
  return sheet ? render(msg('output.source-sheet', { where: sheet[1] }), lang) : source;
}

/**
 * A policy value as the Audit shows it: JSON in English (as the policy file would write it); in Chinese, yes/no,
 * unset and empty in words, codes as terms, and percent sets as `归属人 50 / 成交人 50`.
 */
export function policyValueText(value: unknown, lang: Lang, key = ''): string {
  if (lang === 'en') return typeof value === 'string' ? value : JSON.stringify(value);
  const word = (id: string): string => render(msg(id), lang);
  // An empty protection_days is a regulation without a period, not a setting left out.
  if (value === null && key === 'protection_days') return word('output.value-no-period');
  if (value === null || value === undefined) return word('output.value-unset');
  if (typeof value === 'boolean') return word(value ? 'output.value-yes' : 'output.value-no');
  if (typeof value === 'string') return termOf(value, lang);
  // A deal-case table is rows of settings: shown as the policy file writes it (the Rules sheet prints it as a table).
  if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null)) return JSON.stringify(value);
  if (Array.isArray(value)) return value.length === 0 ? word('output.value-empty') : value.map((v) => termOf(String(v), lang)).join('、');
  if (typeof value === 'object') {
    // Percent sets name split parties (owner, closer, pool, first, second).
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => `${roleOf(k, lang)} ${String(v)}`).join(' / ');
  }
  return String(value);
}

/** A policy key as the Audit shows it: the key, and in Chinese its label beside it. */
function keyText(key: string, lang: Lang): string {
  const zh = (KEY_LABELS_ZH as Record<string, string | undefined>)[key];
  return lang === 'zh' && zh ? `${zh}（${key}）` : key;
}

/** The Audit sheet. */
export function auditSheet(a: AuditInput): ResultSheet {
  const lang = a.lang ?? 'en';
  const word = (id: string): string => render(msg(id), lang);
  const item = col('Item', '项目', 'text', 22);
  const value = col('Value', '内容', 'text', 60);
  return {
    en: 'Audit', zh: '审计',
    blocks: [
      {
        title: { en: 'Run', zh: '运行' },
        columns: [item, value],
        rows: [
          [word('output.audit-tool'), `crm-rules ${a.version}`],
          [word('output.audit-as-of'), a.asOf],
          [word('output.audit-policy'), render(msg('output.policy-with-source', { name: a.policy.name, source: sourceWords(a.policySource, lang) }), lang)],
          [word('output.audit-grade-policy'), a.gradePolicy ? sourceWords(a.gradePolicy.source, lang) : word('output.audit-none')],
          ...(a.warnings ?? []).map((w) => [word('output.audit-warning'), render(w, lang)]),
        ],
        workbookOnlyRows: [[word('output.audit-run-time'), a.runTime]],
      },
      {
        title: { en: 'Input files', zh: '输入文件' },
        columns: [col('File', '文件', 'text', 22), col('Sheet', '工作表', 'text', 14), col('Rows', '行数', 'number', 10),
          col('SHA-256', 'SHA-256', 'text', 66)],
        rows: a.files.map((f) => [f.name, f.sheet, String(f.rows), f.sha256]),
        emptyNote: { en: 'No input files', zh: '没有输入文件' },
      },
      {
        // Every row after the header is accounted for: read = used + exceptions + blank.
        title: { en: 'Rows read', zh: '读取的行' },
        columns: [col('File', '文件', 'text', 22), col('Header row', '表头行', 'number', 10), col('Read', '读取', 'number', 10),
          col('Used', '使用', 'number', 10), col('Exceptions', '异常', 'number', 10), col('Blank', '空行', 'number', 10)],
        rows: a.files.map((f) => [f.name, String(f.headerRow), String(f.counts.read), String(f.counts.used),
          String(f.counts.exceptions), String(f.counts.blank)]),
        emptyNote: { en: 'No input files', zh: '没有输入文件' },
      },
      {
        title: { en: 'Rows above the header', zh: '表头上方的行' },
        columns: [col('File', '文件', 'text', 22), col('Row', '行', 'number', 10), col('Text', '内容', 'text', 60)],
        rows: a.files.flatMap((f) => f.titleRows.map((t) => [f.name, String(t.row), t.text])),
        emptyNote: { en: 'None: every header is on the first non-blank row', zh: '无：表头均在第一个非空行' },
      },
      {
        title: { en: 'Policy used', zh: '使用的规则' },
        columns: [col('Key', '键', 'text', 36), value],
        rows: [
          ...Object.entries(a.policy).map(([k, v]) => [keyText(k, lang), policyValueText(v, lang, k)]),
          [word('output.audit-full-json'), JSON.stringify(a.policy)],
        ],
      },
      {
        title: { en: 'Grade policy used', zh: '使用的分级规则' },
        columns: [col('Key', '键', 'text', 36), value],
        rows: a.gradePolicy ? [[word('output.audit-full-json'), JSON.stringify(a.gradePolicy.policy)]] : [],
        emptyNote: { en: 'No grade policy given', zh: '未设置分级规则' },
      },
      ...(a.previousGrades ? [previousBlock(a.previousGrades)] : []),
    ],
  };
}

/** The previous results a run's grades carried on from: the file, and every customer that appeared or vanished. */
function previousBlock(p: NonNullable<AuditInput['previousGrades']>): ResultSheet['blocks'][number] {
  return {
    title: { en: 'Previous grades', zh: '上期分级' },
    columns: [col('Item', '项目', 'text', 22), col('Customer Key', '客户编号', 'text', 60)],
    rows: [
      ['Previous results', p.file],
      ['Matched', String(p.matched)],
      ['Appeared', String(p.appeared.length)],
      ['Vanished', String(p.vanished.length)],
      ...p.appeared.map((k) => ['appeared', k]),
      ...p.vanished.map((k) => ['vanished', k]),
    ],
  };
}
