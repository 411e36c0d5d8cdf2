/**
 * Test helpers for the batch runner: the CLI run as a real process, the SPEC §9 register written as real .xlsx
 * and .csv files (UTF-8 and GBK), and readers for the results.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { tempDir as newTempDir } from '../temp-dirs';

export const REPO = resolve(__dirname, '../..');

/** Result of one CLI process. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `crm-rules ARGS` as a separate Node process (from source through tsx, as on a fresh clone). */
export function runCli(args: string[], env: Record<string, string> = {}, cwd = REPO): CliRun {
  const r = spawnSync(process.execPath, ['-r', 'tsx/cjs', join(REPO, 'engine/cli/main.ts'), ...args], {
    cwd, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder. */
export function tempDir(tag: string): string {
  return newTempDir(`crm-${tag}-`);
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** The SPEC §9 register: header and rows 2..11. */
export const SPEC_HEADER = ['日期', '客户', '电话', '家庭', '销售员', '类型', '指定销售员', '介绍人', '陪同', '金额', '佣金'];
export const SPEC_ROWS: (string | null)[][] = [
  ['2026-03-01', '张伟', '13800001111', 'H01', '李娜', '来访', null, null, null, null, null],
  ['2026-03-05', '王芳', '13600004444', 'H01', '吴磊', '来访', null, null, null, null, null],
  ['2026-03-10', '张伟', '13800001111', 'H01', '李娜', '跟进', null, null, null, null, null],
  ['2026-03-12', '周敏', '13500005555', null, '吴磊', '来访', '周婷', null, null, null, null],
  ['2026-03-15', '陈静', '13700003333', null, '王强', '来访', null, '张伟', '是', null, null],
  ['2026-03-20', '张伟', '13800001111', 'H01', '王强', '来访', null, null, null, null, null],
  ['2026-03-25', '张伟', '13800001111', 'H01', '王强', '成交', null, null, null, '1000000.00', '10000.01'],
  ['2026-01-05', '刘洋', '13900002222', null, '赵敏', '来访', null, null, null, null, null],
  ['2026-02-20', '刘洋', '13900002222', null, '孙杰', '来访', null, null, null, null, null],
  ['2026-02-28', '刘洋', '13900002222', null, '孙杰', '成交', null, null, null, '800000.00', '8000.00'],
];

/** CSV text of a table (RFC 4180 quoting). */
export function csvText(rows: readonly (readonly (string | null)[])[]): string {
  return Papa.unparse(rows.map((r) => r.map((c) => c ?? '')), { newline: '\r\n' });
}

/**
 * GBK bytes of a text, as Chinese Excel writes "CSV (逗号分隔)". Built from the platform's own GBK decoder (every
 * two-byte code decoded once), so the bytes are real GBK without an encoder library.
 */
export function gbkBytes(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

/** The §9 register on a worksheet: the header, real date cells (UTC midnight, what Excel files hold), numbers for amounts. */
export function addSpecRegister(ws: ExcelJS.Worksheet): void {
  ws.addRow(SPEC_HEADER);
  for (const r of SPEC_ROWS) {
    const [y, m, d] = r[0]!.split('-').map(Number);
    ws.addRow([new Date(Date.UTC(y, m - 1, d)), ...r.slice(1, 9), r[9] === null ? null : Number(r[9]), r[10] === null ? null : Number(r[10])]);
  }
  ws.getColumn(1).numFmt = 'yyyy-mm-dd';
}

/**
 * Write the §9 register as a workbook with real date cells (UTC midnight, what Excel files hold), numbers for
 * amounts, and an unrelated notes sheet first (the register is the first sheet with a register header).
 */
export async function writeSpecXlsx(path: string, options: { date1904?: boolean; rules?: (string | number)[][] } = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  if (options.date1904) wb.properties.date1904 = true;
  wb.addWorksheet('说明').addRow(['3月来访登记，请勿修改表头']);
  addSpecRegister(wb.addWorksheet('登记'));
  if (options.rules) {
    const rules = wb.addWorksheet('Rules');
    for (const r of options.rules) rules.addRow(r);
  }
  await wb.xlsx.writeFile(path);
}

/** Rows of a result CSV (BOM stripped), header first. */
export function readCsv(path: string): string[][] {
  const text = readFileSync(path, 'utf8');
  if (!text.startsWith('\ufeff')) throw new Error(`${path} has no UTF-8 BOM`);
  return Papa.parse<string[]>(text.slice(1), { delimiter: ',', skipEmptyLines: false }).data.filter((r) => !(r.length === 1 && r[0] === ''));
}

/** Rows of a result CSV as objects keyed by its header row. */
export function csvRecords(path: string): Record<string, string>[] {
  const [header, ...rows] = readCsv(path);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

/** Every sheet of a workbook as arrays of cell values (Dates as ISO days, numbers as numbers). */
export async function workbookValues(path: string): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: Record<string, unknown[][]> = {};
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v)));
    });
    out[ws.name] = rows;
  });
  return out;
}

