import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { main } from '../../engine/cli/main';
import { gradeCustomers, gradePreset, type GradeResult } from '../../engine/core/grade';
import type { Cell } from '../../engine/core/types';
import { cellText } from '../../engine/core/values';
import { AGENCY_HEADER, AGENCY_ROWS } from '../../samples/agency/register';
import { SAMPLE_FILES, buildSamples, type SampleName } from '../../samples/build';
import { CUSTOMERS_SHEET, OPENED_HEADER, PREVIOUS_GRADE_HEADER } from '../../samples/customers-sheet';
import { libreOfficeCsv, requireLibreOffice, sheetTable } from '../templates/office';
import { tempDir } from '../temp-dirs';

const SAMPLES_DIR = join(__dirname, '../../samples');
type Row = Record<string, string>;

/** A result CSV (UTF-8 with BOM) as objects keyed by header. */
function resultCsv(dir: string, sheet: string): Row[] {
  const text = readFileSync(join(dir, `${sheet}.csv`), 'utf8').replace(/^\ufeff/, '');
  return Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
}

/** Run the batch runner on a sample; returns the folder of result CSVs. */
async function runSample(out: string, args: string[]): Promise<string> {
  const csv = join(out, 'csv');
  const code = await main(['run', ...args, '--out', join(out, 'result.xlsx'), '--csv', csv]);
  assert.equal(code, 0, 'the batch runner succeeds');
  return csv;
}

async function workbookCells(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const lines: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row, n) => lines.push(`${sheet.name}!${n} ${JSON.stringify(row.values)}`)));
  return lines;
}

/** Grades of a sample through the engine, for what the command line cannot set (a review date after as-of). */
async function gradeSample(path: string, preset: string, asOf: string, reviewDate?: string): Promise<Map<string, GradeResult>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const table = sheetTable(workbook.getWorksheet(CUSTOMERS_SHEET)!);
  const header = table[0].map(cellText);
  const at = (row: Cell[], name: string): Cell => row[header.indexOf(name)];
  const policy = gradePreset(preset);
  const customers = table.slice(1).map((row) => ({
    key: cellText(row[1]),
    name: cellText(row[0]),
    metrics: Object.fromEntries(policy.table!.metrics.map((m) => [m, at(row, m) as string | number])),
    openedOn: header.includes(OPENED_HEADER) ? (at(row, OPENED_HEADER) as Date | null) : null,
    previousGrade: header.includes(PREVIOUS_GRADE_HEADER) ? cellText(at(row, PREVIOUS_GRADE_HEADER)) || null : null,
  }));
  return new Map(gradeCustomers(customers, policy, { asOf, reviewDate }).map((g) => [g.customer, g]));
}

describe('samples', function () {
  this.timeout(120_000);
  let dir = '';
  let paths: Record<SampleName, string>;
  before(async () => {
    dir = tempDir('crm-samples-');
    paths = await buildSamples(join(dir, 'built'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('the committed sample files are what the build script writes', async () => {
    for (const name of Object.keys(SAMPLE_FILES) as SampleName[]) {
      const committed = join(SAMPLES_DIR, name, SAMPLE_FILES[name]);
      if (committed.endsWith('.csv')) {
        assert.deepEqual(readFileSync(committed), readFileSync(paths[name]), `${name} is stale: run npx tsx samples/build.ts`);
      } else {
        assert.deepEqual(await workbookCells(committed), await workbookCells(paths[name]), `${name} is stale`);
      }
      assert.ok(readFileSync(join(SAMPLES_DIR, name, 'README.md'), 'utf8').length > 200, `${name} has a README`);
    }
  });

  describe('realestate (preset realestate = 002 房地产销售案场客户归属规定, as of 2026-03-31)', () => {
    let csv = '';
    before(async () => {
      csv = await runSample(join(dir, 'realestate'), [
        paths.realestate, '--preset', 'realestate', '--as-of', '2026-03-31',
        '--grade-policy', join(__dirname, '..', '..', 'samples', 'realestate', 'buyer-grades.yaml'),
      ]);
    });
    const owner = (name: string): Row => {
      const found = resultCsv(csv, 'Owners').find((r) => r.Customer.split('、').includes(name));
      assert.ok(found, `an Owners row for ${name}`);
      return found;
    };

    it('owners: designation, referral with 陪同, referral without, leaver, transfer', () => {
      assert.equal(owner('黄丽').Owner, '周婷');
      assert.match(owner('黄丽').Reason, /designated 周婷/);
      assert.equal(owner('林晓').Owner, '李娜');
      assert.equal(owner('郭涛').Status, 'pool');
      assert.equal(owner('刘洋').Owner, '孙杰');
      assert.equal(owner('刘洋').Status, 'protected');
      assert.equal(owner('马超').Owner, '李娜');
      assert.equal(owner('钱坤').Owner, '孙杰');
      assert.equal(owner('吕明').Owner, '王强');
      assert.equal(owner('陈建国').Owner, '李娜');
      // 四: one month from the first reception and no renewal; the deposit on row 23 came after it and claimed anew.
      assert.equal(owner('陈建国')['Protected Until'], '2026-03-31');
      assert.equal(owner('陈建国')['Owner Since'], '2026-03-01');
      assert.equal(owner('冯雪').Status, 'none');
    });

    it('household 张伟家 is one customer; its deal a month after 孙杰\'s first reception goes to the second receiver (四 一个月以外)', () => {
      assert.equal(owner('王芳').Customer, owner('张伟').Customer);
      const parts = resultCsv(csv, 'Splits').filter((s) => s['Deal Row'] === '21');
      assert.deepEqual(parts.map((p) => [p.Party, p['Credit Amount'], p['Commission Amount']]), [['吴磊', '3000000.00', '30000.01']]);
      assert.equal(owner('王芳').Owner, '吴磊');
    });

    it('the disputed deal of 宋佳 splits the commission between owner and closer', () => {
      const parts = resultCsv(csv, 'Splits').filter((s) => s['Deal Row'] === '36');
      assert.deepEqual(parts.map((p) => [p.Party, p.Role, p['Credit Amount'], p['Commission Amount']]), [
        ['王强', 'owner', '0.00', '10500.00'], ['周婷', 'closer', '2100000.00', '10500.00'],
      ]);
    });

    it('conflicts: same-day claims, closer not owner, masked phone ambiguity', () => {
      const conflicts = resultCsv(csv, 'Conflicts');
      const kinds = conflicts.map((c) => `${c.Kind} ${c.Rows}`);
      assert.ok(kinds.includes('same-day claims 26, 27'), kinds.join('; '));
      assert.ok(kinds.includes('closer not owner 26, 36'), kinds.join('; '));
      assert.ok(conflicts.some((c) => c.Kind === 'masked phone ambiguous' && c.Decision.includes('13822221111')));
    });

    it('exceptions: unknown event word, bad date, missing salesperson, non-numeric amount', () => {
      const exceptions = resultCsv(csv, 'Exceptions').map((e) => [e.Row, e.Value]);
      assert.deepEqual(exceptions, [['29', '看房'], ['31', '2026-02-30'], ['32', ''], ['35', '约200万']]);
    });

    it('buyer grades from the deals in the register: VIP household, A buyers, C for the rest', () => {
      const grades = resultCsv(csv, 'Grades');
      const byGrade = (g: string): string[] => grades.filter((r) => r.Grade === g).map((r) => r.Customer).sort();
      assert.deepEqual(byGrade('VIP'), ['张伟、王芳']);
      assert.deepEqual(byGrade('A'), ['吕明', '宋佳', '陈建国', '黄丽'].sort());
      assert.equal(byGrade('C').length, grades.length - 5);
    });
  });

  describe('agency (preset agency-report, GBK CSV, as of 2026-03-31)', () => {
    let csv = '';
    before(async () => {
      csv = await runSample(join(dir, 'agency'), [paths.agency, '--preset', 'agency-report', '--as-of', '2026-03-31']);
    });

    it('is GBK-encoded, as Chinese Excel writes it', () => {
      const bytes = readFileSync(paths.agency);
      assert.notEqual(bytes.toString('utf8').split('\r\n')[0], AGENCY_HEADER.join(','), 'not UTF-8');
      assert.equal(iconv.decode(bytes, 'gbk').split('\r\n')[0], AGENCY_HEADER.join(','));
    });

    it('owners are agencies: first valid report wins; a report without a visit is void', () => {
      const owners = new Map(resultCsv(csv, 'Owners').map((r) => [r.Customer, r]));
      assert.equal(owners.get('钟华')?.Owner, '安居代理');
      assert.equal(owners.get('罗刚')?.Owner, '好房渠道');
      assert.match(owners.get('罗刚')!.Reason, /鑫源分销 void/);
      assert.equal(owners.get('唐宁')?.Owner, '安居代理');
      assert.equal(owners.get('苏琪')?.Owner, '鑫源分销');
    });

    it('a second agency reporting a protected customer is a conflict; the deal goes 100% to the owner agency', () => {
      const conflict = resultCsv(csv, 'Conflicts').find((c) => c.Kind === 'report on protected customer');
      assert.equal(conflict?.Rows, '2, 5');
      const deal = resultCsv(csv, 'Splits').filter((s) => s['Deal Row'] === '9');
      assert.deepEqual(deal.map((d) => [d.Party, d['Commission Amount']]), [['安居代理', '36000.00']]);
    });

    it('bad rows are listed in Exceptions', () => {
      const exceptions = resultCsv(csv, 'Exceptions').map((e) => [e.Row, e.Value]);
      assert.deepEqual(exceptions, [['19', '待定'], ['20', '2026/3/32'], ['21', ''], ['22', '到店']]);
    });
  });

  describe('grading samples (batch runner with --metrics and --grade-preset)', () => {
    /** Grades of a sample by customer name, from the run's Grades.csv. */
    const exceptionsOf = new Map<SampleName, Row[]>();
    async function grades(name: SampleName, preset: string, asOf: string): Promise<Map<string, Row>> {
      const csv = await runSample(join(dir, name), ['--metrics', paths[name], '--grade-preset', preset, '--as-of', asOf]);
      exceptionsOf.set(name, resultCsv(csv, 'Exceptions'));
      return new Map(resultCsv(csv, 'Grades').map((g) => [g.Customer, g]));
    }
    /** Exceptions rows of a sample's customers table that name a metric column. */
    const metricExceptions = (name: SampleName): string[][] =>
      (exceptionsOf.get(name) ?? []).filter((e) => /numeric metric column/.test(e.Problem)).map((e) => [e.Column, e.Value]);

    it('securities-4tier: VIP by assets or commission, the 500万 gap, new accounts, review downgrade', async () => {
      const g = await grades('securities', 'securities-4tier', '2026-03-31');
      const grade = (n: string): string | undefined => g.get(n)?.Grade;
      assert.equal(g.size, 13);
      assert.equal(grade('王建华'), 'VIP');
      assert.equal(grade('张明'), 'VIP');
      assert.equal(grade('杨洁'), '普通');
      assert.deepEqual(metricExceptions('securities'), [['avg_assets', '暂无']], '马兰\'s 暂无 is listed in Exceptions');
      assert.equal(grade('黄强'), '潜力');
      assert.equal(grade('吴敏'), '潜力');
      assert.match(g.get('吴敏')!.Reason, /new customer/);
      assert.equal(grade('徐刚'), '核心B');
      // A quarterly run is no review: the downgrade is held (就高不就低) until the annual review.
      assert.deepEqual([grade('孙涛'), g.get('孙涛')?.['Previous Grade'], g.get('孙涛')?.['Next Review']], ['VIP', 'VIP', '2026-12-31']);
      assert.match(g.get('孙涛')!.Reason, /held until the review on 2026-12-31/);
      // Made the review by its review date, the downgrade applies.
      const reviewed = await gradeSample(paths.securities, 'securities-4tier', '2026-03-31', '2026-03-31');
      assert.equal(reviewed.get('孙涛')?.grade, '核心A');
    });

    it('annual-sales-4tier: boundaries as written', async () => {
      const g = await grades('annual-sales', 'annual-sales-4tier', '2025-12-31');
      assert.deepEqual(
        ['华东建材有限公司', '鑫源贸易有限公司', '天成装饰工程公司', '广利商贸有限公司', '永盛建材门市', '新宇家居店'].map((n) => g.get(n)?.Grade),
        ['VIP', 'A', 'A', 'B', 'B', 'C'],
      );
      assert.equal(g.get('利民灯饰')?.Grade, '', 'a non-numeric value gets no grade');
      assert.deepEqual(metricExceptions('annual-sales'), [['annual_sales', '约300万']], 'and is listed in Exceptions');
    });

    it('tonnage-stars: one level per review, new customers 网拍', async () => {
      const g = await grades('tonnage', 'tonnage-stars', '2026-03-31');
      assert.equal(g.get('恒力包装材料厂')?.Grade, '二星');
      assert.equal(g.get('宏达薄膜厂')?.Grade, '二星');
      assert.equal(g.get('金发管业')?.Grade, '一星');
      assert.equal(g.get('远大新材料')?.Grade, '网拍');
      assert.equal(g.get('顺发编织袋厂')?.Grade, '');
    });
  });

  describe('in LibreOffice', function () {
    this.timeout(300_000);
    before(requireLibreOffice);

    it('every sample opens and shows its header', () => {
      const expected: Record<SampleName, string[]> = {
        realestate: ['日期 Date', '客户 Customer', '电话 Phone'],
        agency: [...AGENCY_HEADER.slice(0, 3)],
        securities: ['客户 Customer', '电话 Phone', 'avg_assets'],
        'annual-sales': ['客户 Customer', '电话 Phone', 'annual_sales'],
        tonnage: ['客户 Customer', '电话 Phone', 'monthly_tons'],
        vanke: ['日期', '客户', '电话'],
        park: ['日期', '客户', '电话'],
        'joint-agency': ['日期', '客户', '电话'],
      };
      const utf8Csv = new Set<SampleName>(['vanke', 'park', 'joint-agency']);
      for (const name of Object.keys(SAMPLE_FILES) as SampleName[]) {
        const rows = libreOfficeCsv(join(SAMPLES_DIR, name, SAMPLE_FILES[name]), name === 'agency' ? 'gbk' : utf8Csv.has(name) ? 'utf8' : undefined);
        assert.deepEqual(rows[0].slice(0, 3), expected[name], name);
        if (name === 'agency') assert.deepEqual(rows.slice(1).map((r) => r[1]), AGENCY_ROWS.map((r) => r[1]));
      }
    });
  });
});
