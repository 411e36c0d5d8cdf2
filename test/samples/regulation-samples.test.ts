/**
 * The per-regulation samples through the batch runner: what each README says the result shows.
 */
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { main } from '../../engine/cli/main';
import { tempDir } from '../temp-dirs';

const SAMPLES = join(__dirname, '../../samples');
type Row = Record<string, string>;

function sheet(dir: string, name: string): Row[] {
  return Papa.parse<Row>(readFileSync(join(dir, `${name}.csv`), 'utf8').replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
}

/** Run a sample; returns its result sheets. */
async function result(args: string[]): Promise<{ owner: (customer: string) => Row; split: (row: number) => string[][]; conflicts: Row[] }> {
  const dir = tempDir('crm-sample-');
  try {
    const csv = join(dir, 'csv');
    assert.equal(await main(['run', ...args, '--out', join(dir, 'r.xlsx'), '--csv', csv]), 0);
    const owners = sheet(csv, 'Owners'), splits = sheet(csv, 'Splits'), conflicts = sheet(csv, 'Conflicts');
    assert.deepEqual(sheet(csv, 'Exceptions'), [], 'every row of the sample is used');
    return {
      owner: (c) => owners.find((o) => o.Customer.split('、').includes(c))!,
      split: (row) => splits.filter((s) => s['Deal Row'] === String(row)).map((s) => [s.Party, s['Credit Amount'], s['Commission Amount']]),
      conflicts,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('regulation samples', () => {
  it('vanke: 3.7h/i, 5.2, 6(1)3, 6(2)5, 7.4, 7.7 and 3.13 as its README says', async () => {
    const r = await result([join(SAMPLES, 'vanke', 'vanke-sales-office-2026-03.csv'), '--policy', join(SAMPLES, 'vanke', 'rules.yaml'), '--as-of', '2026-03-31']);
    assert.deepEqual(r.split(4), [['乙', '1200000.00', '12000.00']]);
    assert.equal(r.owner('陈先生').Owner, '乙');
    assert.deepEqual(r.split(7), [['甲', '500000.00', '5000.00'], ['乙', '500000.00', '5000.00']]);
    assert.equal(r.owner('林女士').Owner, '乙');
    assert.deepEqual(r.split(10), [['丙', '630000.00', '6300.00'], ['丁', '270000.00', '2700.00']]);
    assert.deepEqual(r.split(12), [['公佣', '0.00', '6000.00'], ['甲', '2000000.00', '14000.00']]);
    assert.deepEqual(r.split(14), [['行政小王', '0.00', '4500.00'], ['乙', '1500000.00', '10500.00']]);
    assert.deepEqual(r.split(16), [['待销售总监审批', '800000.00', '8000.00']]);
    assert.ok(r.conflicts.some((c) => c.Rows === '15, 16' && c.Kind === 'closer not owner'));
    assert.deepEqual(r.split(19), [['甲', '550000.00', '5500.01'], ['乙', '550000.00', '5500.00']]);
    assert.equal(r.owner('吴先生').Status, 'none');
  });

  it('park: five days to bring the customer, three months from the first visit, the 5 p.m. cut-off, a deposit that keeps', async () => {
    const r = await result([join(SAMPLES, 'park', 'park-reports-2026.csv'), '--preset', 'park-report-3-months', '--as-of', '2026-05-31']);
    assert.deepEqual(r.split(5), [['张三', '60000.00', '6000.00']]);
    assert.deepEqual([r.owner('刘先生').Owner, r.owner('刘先生')['Protected Until']], ['张三', '2026-06-04']);
    assert.equal(r.owner('何女士')['Owner Since'], '2026-03-04');
    assert.equal(r.owner('马先生').Owner, '钱七');
    assert.deepEqual([r.owner('郑女士').Owner, r.owner('郑女士').Status], ['张三', 'locked']);
    assert.equal(r.owner('冯先生').Owner, '钱七');
  });

  it('joint agency: the earlier record takes all within 7 days, 60 days from the first record, referrals in person only', async () => {
    const r = await result([join(SAMPLES, 'joint-agency', 'joint-agency-2026Q1.csv'), '--preset', 'joint-agency-7-60', '--as-of', '2026-03-31']);
    assert.deepEqual(r.split(4), [['小王', '1500000.00', '15000.00']]);
    assert.deepEqual(r.split(7), [['小李', '1000000.00', '10000.00']]);
    assert.equal(r.owner('客户丙').Owner, '小张');
    assert.equal(r.owner('客户丁').Owner, '小张');
    assert.equal(r.owner('客户戊').Owner, '小王');
  });
});
