/**
 * unicom-stars month after month through the command line (001 第15篇: 连续六个月通信费大于300元、500元、800元 →
 * 三星、四星、五星): twelve runs over one customers table with a column per month, each with --previous. Only the six
 * calendar months up to each run's as-of month count.
 */
import assert from 'node:assert/strict';
import { gradesOf, monthEnds, runChain, type ChainResult } from './grading-chain';

const ends = monthEnds(12);
/** 2025-07 … 2026-12: the table holds months before and after every run's window. */
const MONTHS = Array.from({ length: 18 }, (_, i) => {
  const m = 6 + i;
  return `${2025 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
});
const spend = (f: (month: string) => string | number | null): (string | number | null)[] => MONTHS.map(f);

const CUSTOMERS: Record<string, (string | number | null)[]> = {
  13700000001: spend(() => 900),
  13700000002: spend((m) => (m === '2026-03' ? null : 900)),
  13700000003: spend((m) => (m >= '2026-07' ? 600 : 900)),
  13700000004: spend((m) => (m === '2026-02' ? '1,200' : m === '2026-05' ? '0.09万' : '900')),
  13700000005: spend((m) => (m === '2026-04' ? 800 : 900)),
};

describe('unicom-stars: twelve monthly runs chained with --previous', function () {
  this.timeout(600_000);
  let chain: ChainResult;
  before(() => {
    const table = [['电话', ...MONTHS.map((m) => `monthly_spend ${m}`)], ...Object.entries(CUSTOMERS).map(([phone, v]) => [phone, ...v])];
    chain = runChain('unicom', 'unicom-stars', ends.map((asOf) => ({ asOf, table })));
  });

  it('"连续六个月通信费大于800元" → 五星 in every run', () => {
    assert.deepEqual(gradesOf(chain, '13700000001'), Array(12).fill('五星'));
    assert.match(chain.months[0].get('13700000001')!.reason, /row 1: monthly_spend >800 → 五星 \(连续六个月通信费大于800元\) in each of the last 6 months/);
  });

  it('连续六个月 means each calendar month up to the as-of month: a blank March fails every window holding it', () => {
    assert.deepEqual(gradesOf(chain, '13700000002'), ['五星', '五星', '普通', '普通', '普通', '普通', '普通', '普通', '五星', '五星', '五星', '五星']);
    assert.match(chain.months[2].get('13700000002')!.reason, /missing: monthly_spend \(1 of the last 6 months blank\)/);
    assert.ok(chain.exceptions[2].some((l) => /\|monthly_spend 2026-03\|\|blank metric/.test(l)), chain.exceptions[2].join('\n'));
    assert.ok(!chain.exceptions[0].some((l) => /monthly_spend 2026-03/.test(l)), 'March is outside January\'s window');
  });

  it('months after the as-of date are not used', () => {
    assert.deepEqual(gradesOf(chain, '13700000003'), [...Array(6).fill('五星'), ...Array(6).fill('四星')]);
  });

  it('spend cells read like register amounts (1,200 and 0.09万); exactly 800 is not 大于800', () => {
    assert.deepEqual(gradesOf(chain, '13700000004'), Array(12).fill('五星'));
    assert.deepEqual(gradesOf(chain, '13700000005'), ['五星', '五星', '五星', '四星', '四星', '四星', '四星', '四星', '四星', '五星', '五星', '五星']);
  });
});
