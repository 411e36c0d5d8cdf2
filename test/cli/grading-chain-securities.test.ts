/**
 * securities-4tier month after month through the command line (003 中国银河证券 第八条, 第十条, 第十二条): twelve runs
 * from February 2026 to January 2027, each with --previous, the annual review falling on 31 December 2026.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords, runCli, tempDir } from './helpers';
import { gradesOf, monthEnds, runChain, type ChainResult } from './grading-chain';

const HEADER = ['电话', '客户', 'avg_assets', 'net_commission', '开户日期', '手工等级'];
const ends = monthEnds(12, 2); // 2026-02-28 … 2027-01-31
const months = (f: (k: number) => (string | number | null)[]): (string | number | null)[][] => ends.map((_, k) => f(k));

/** Per customer, its row of each month: [assets, commission, opened, override]. */
const ROWS: Record<string, { name: string; rows: (string | number | null)[][] }> = {
  // VIP whose numbers drop from May: 符合降级的标准继续保留原有级别 until the annual review.
  13900000001: { name: '王总', rows: months((k) => [k < 3 ? '600万' : '100,000', 0, null, null]) },
  // New account opened in February that qualifies for 核心A at once, then its commission stops.
  13900000002: { name: '新开甲', rows: months((k) => [1000, k === 0 ? 20000 : 0, '2026-02-10', null]) },
  // New account below every standard: 潜力 for a year from opening, then graded by the standards.
  13900000003: { name: '新开乙', rows: months(() => [1000, 0, '2026-01-05', null]) },
  // 普通 until July's 80万 (核心B at once), back to 10万 from August: held until the review.
  13900000004: { name: '赵六', rows: months((k) => [k === 5 ? 800000 : 100000, 0, null, null]) },
  // A manual VIP from April, carried over by --previous, cleared with "-" in August.
  13900000005: { name: '钱七', rows: months((k) => [100000, 0, null, k === 2 ? 'VIP' : k === 6 ? '-' : null]) },
  // No net commission given: graded on its assets, the reason says what is missing.
  13900000007: { name: '孙八', rows: months(() => [6000000, null, null, null]) },
};

function table(k: number): (string | number | null)[][] {
  return [HEADER, ...Object.entries(ROWS).map(([phone, c]) => [phone, c.name, ...c.rows[k]])];
}

describe('securities-4tier: twelve monthly runs chained with --previous, annual review on 31 December', function () {
  this.timeout(600_000);
  let chain: ChainResult;
  before(() => {
    chain = runChain('securities', 'securities-4tier', ends.map((asOf, k) => ({ asOf, table: table(k) })));
  });

  it('第十条.2 "符合升级的标准随时升级，符合降级的标准继续保留原有级别": a VIP whose numbers drop stays VIP until the annual review', () => {
    assert.deepEqual(gradesOf(chain, '13900000001'), ['VIP', 'VIP', 'VIP', 'VIP', 'VIP', 'VIP', 'VIP', 'VIP', 'VIP', 'VIP', '普通', '普通']);
    const may = chain.months[3].get('13900000001')!;
    assert.match(may.reason, /row 7: any values \(default row\) → 普通 \(其他所有客户\); downgrade from VIP held until the review on 2026-12-31 \(就高不就低\) → stays VIP/);
    assert.equal(may.review, '', 'a monthly run in May is no review');
    assert.equal(may.nextReview, '2026-12-31');
    const december = chain.months[10].get('13900000001')!;
    assert.equal(december.review, '2026-12-31', 'the run as of 31 December is the annual review (第十条.1 年度评级)');
    assert.equal(december.nextReview, '2027-12-31');
    assert.equal(chain.months[0].get('13900000001')!.reason.startsWith('row 1: avg_assets >5000000'), true, '600万 reads as 6000000');
  });

  it('第十条.2: an upgrade applies at once, the downgrade after it waits for the review', () => {
    assert.deepEqual(gradesOf(chain, '13900000004'), ['普通', '普通', '普通', '普通', '普通', '核心B', '核心B', '核心B', '核心B', '核心B', '普通', '普通']);
  });

  it('第十条.3 "新开户客户…客户级别的调整就高不就低": a new account that qualified higher keeps that grade', () => {
    assert.deepEqual(gradesOf(chain, '13900000002'), Array(12).fill('核心A'));
    assert.match(chain.months[0].get('13900000002')!.reason, /new customer \(opened 2026-02-10, new until 2027-02-10\): qualifies above the default 潜力, upgraded at once/);
    assert.match(chain.months[1].get('13900000002')!.reason, /new customer \(opened 2026-02-10, new until 2027-02-10\): keeps 核心A given before \(就高不就低\)/);
  });

  it('第十条.3 "潜力客户级别自其开户日起保留一年，一年后根据公司分级标准再进行归类"', () => {
    assert.deepEqual(gradesOf(chain, '13900000003'), [...Array(11).fill('潜力'), '普通']);
    assert.match(chain.months[11].get('13900000003')!.reason, /new-customer period ended on 2027-01-05: graded by the standards from 潜力/);
  });

  it('第十二条 手工调整: a manual grade wins, is flagged, carries over to the next runs, and a "-" ends it', () => {
    assert.deepEqual(gradesOf(chain, '13900000005').slice(0, 6), ['普通', '普通', 'VIP', 'VIP', 'VIP', 'VIP']);
    assert.equal(chain.months[5].get('13900000005')!.override, 'VIP');
    // Month 6 is read from a Chinese result: its reason is in Chinese.
    assert.match(chain.months[5].get('13900000005')!.reason, /手工调整 → VIP/);
    assert.equal(chain.months[6].get('13900000005')!.override, '');
    assert.doesNotMatch(chain.months[6].get('13900000005')!.reason, /manual override/);
  });

  it('a blank metric is in the Exceptions with its cell, and the reason says which metric was missing', () => {
    const sun = chain.months[0].get('13900000007')!;
    assert.equal(sun.grade, 'VIP');
    assert.match(sun.reason, /missing: net_commission \(graded without them\)/);
    assert.ok(chain.exceptions[0].some((l) => /^customers-1\.csv\|\|\d+\|net_commission\|\|blank metric/.test(l)), chain.exceptions[0].join('\n'));
  });

  it('--review-date makes a run a review: held downgrades take effect from it', () => {
    const dir = tempDir('review-date');
    // A hand-kept Grades CSV saying VIP as of May, as the previous results of a June run.
    const previous = join(dir, 'may.csv');
    writeFileSync(previous, `\ufeffCustomer Key,Grade,Graded On\r\n13900000001,VIP,2026-05-31\r\n`);
    const juneInput = join(dir, 'june.csv');
    writeFileSync(juneInput, `\ufeff电话,avg_assets,net_commission\r\n13900000001,100000,0\r\n`);
    const out = join(dir, 'june');
    const held = runCli(['run', '--metrics', juneInput, '--grade-preset', 'securities-4tier', '--as-of', '2026-06-30', '--previous', previous,
      '--out', join(dir, 'held.xlsx'), '--csv', `${out}-held`]);
    assert.equal(held.code, 0, held.stderr);
    assert.equal(csvRecords(join(`${out}-held`, 'Grades.csv'))[0].Grade, 'VIP');
    const reviewed = runCli(['run', '--metrics', juneInput, '--grade-preset', 'securities-4tier', '--as-of', '2026-06-30', '--previous', previous,
      '--review-date', '2026-06-30', '--out', join(dir, 'reviewed.xlsx'), '--csv', `${out}-reviewed`]);
    assert.equal(reviewed.code, 0, reviewed.stderr);
    const g = csvRecords(join(`${out}-reviewed`, 'Grades.csv'))[0];
    assert.equal(g.Grade, '普通');
    assert.equal(g.Review, '2026-06-30');
  });
});
