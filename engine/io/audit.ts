/**
 * The Audit sheet: enough to reproduce and trust a run — every input file with its row count and SHA-256, the
 * full policy and grade policy used, the as-of date and the tool version. The run time is shown in the workbook
 * only, so that the CSV export of the same inputs is byte-identical from run to run.
 */
import type { OwnershipPolicy } from '../core/policy/schema';
import type { InputFileInfo } from './read-inputs';
import { col, type ResultSheet } from './result-model';

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
}

/** The Audit sheet. */
export function auditSheet(a: AuditInput): ResultSheet {
  const item = col('Item', '项目', 'text', 22);
  const value = col('Value', '内容', 'text', 60);
  return {
    en: 'Audit', zh: '审计',
    blocks: [
      {
        title: { en: 'Run', zh: '运行' },
        columns: [item, value],
        rows: [
          ['Tool', `crm-rules ${a.version}`],
          ['As of', a.asOf],
          ['Policy', `${a.policy.name} (${a.policySource})`],
          ['Grade policy', a.gradePolicy ? a.gradePolicy.source : 'none'],
        ],
        workbookOnlyRows: [['Run time', a.runTime]],
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
        columns: [col('Key', '键', 'text', 22), value],
        rows: [
          ...Object.entries(a.policy).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
          ['(full JSON)', JSON.stringify(a.policy)],
        ],
      },
      {
        title: { en: 'Grade policy used', zh: '使用的分级规则' },
        columns: [col('Key', '键', 'text', 22), value],
        rows: a.gradePolicy ? [['(full JSON)', JSON.stringify(a.gradePolicy.policy)]] : [],
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
