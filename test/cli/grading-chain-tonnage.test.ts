/**
 * tonnage-stars month after month through the command line (001 第13篇 石油公司化工品客户管理办法 第九条): twelve runs,
 * each with --previous pointing at the month before's result.
 */
import assert from 'node:assert/strict';
import { gradesOf, monthEnds, runChain, type ChainResult } from './grading-chain';

const HEADER = ['电话', '客户', 'monthly_tons', '开户日期'];
const ends = monthEnds(12);

/** Each customer's tonnage by month (null = blank cell, undefined = not in that month's list). */
const TONS: Record<string, { name: string; opened?: string; tons: (number | string | null | undefined)[] }> = {
  13800000001: { name: '大华化工', tons: Array(12).fill(5000) },
  13800000002: { name: '恒通塑业', opened: '2026-01-12', tons: Array(12).fill(5000) },
  13800000003: { name: '利达包装', tons: [3500, 100, 100, 100, 100, 1500, 1500, 2500, 2500, 2500, 2500, 2500] },
  13800000004: { name: '新源薄膜', tons: [undefined, undefined, undefined, 2500, 2500, 2500, 2500, 2500, 2500, 2500, 2500, 2500] },
  13800000005: { name: '东方管材', tons: [1200, 1200, 1200, 1200, 1200, 1200, undefined, undefined, undefined, undefined, undefined, undefined] },
  13800000006: { name: '华美注塑', tons: ['3,500', '0.35万', 2999.99, 2000, 1999.99, 1000, 999.99, null, 999.99, 999.99, 999.99, 999.99] },
};

describe('tonnage-stars: twelve monthly runs chained with --previous', function () {
  this.timeout(600_000);
  let chain: ChainResult;
  before(() => {
    chain = runChain('tonnage', 'tonnage-stars', ends.map((asOf, k) => ({
      asOf,
      table: [HEADER, ...Object.entries(TONS).filter(([, c]) => c.tons[k] !== undefined).map(([phone, c]) => [phone, c.name, c.tons[k] ?? null, c.opened ?? null])],
    })));
  });

  it('the first run over an existing customer list grades by tonnage; only a customer opened within the month is 网拍 (网拍客户: 新开发客户)', () => {
    const first = chain.months[0];
    assert.equal(first.get('13800000001')!.grade, '三星');
    assert.equal(first.get('13800000003')!.grade, '三星');
    assert.equal(first.get('13800000005')!.grade, '一星');
    assert.equal(first.get('13800000002')!.grade, '网拍');
    assert.match(first.get('13800000002')!.reason, /new customer \(opened 2026-01-12\) → 网拍/);
    assert.equal(first.get('13800000001')!.review, '2026-01-31', 'each monthly run is a review');
    assert.equal(first.get('13800000001')!.nextReview, '2026-02-28');
  });

  it('客户级别可以依次升降: a new customer climbs one level a month, a collapse comes down one level a month', () => {
    assert.deepEqual(gradesOf(chain, '13800000002').slice(0, 6), ['网拍', '普通', '一星', '二星', '三星', '三星']);
    assert.deepEqual(gradesOf(chain, '13800000003'), ['三星', '二星', '一星', '普通', '普通', '一星', '一星', '二星', '二星', '二星', '二星', '二星']);
    assert.match(chain.months[1].get('13800000003')!.reason, /row 4: monthly_tons <1000 → 普通 \(单月提货量小于1000吨\); max_step 1: moves from 三星 at most 1 level → 二星/);
    assert.equal(chain.months[1].get('13800000003')!.previous, '三星', 'the previous grade comes from the previous result');
  });

  it('a customer first seen in a later month (absent from the previous result) is 网拍, then graded by tonnage one level at a time', () => {
    assert.deepEqual(gradesOf(chain, '13800000004').slice(3, 7), ['网拍', '普通', '一星', '二星']);
    assert.match(chain.months[3].get('13800000004')!.reason, /new customer \(first seen 2026-04-30\) → 网拍/);
    assert.equal(chain.months[4].get('13800000004')!.firstSeen, '2026-04-30', 'first seen carries over');
    assert.ok(chain.audits[3].includes('appeared|13800000004'), chain.audits[3].join('\n'));
    assert.ok(chain.audits[6].includes('vanished|13800000005'), chain.audits[6].join('\n'));
    assert.equal(gradesOf(chain, '13800000005')[6], '(absent)');
  });

  it('单月提货量 cells read like register amounts (3,500 and 0.35万 are 3500 吨); a blank month says which metric is missing', () => {
    assert.deepEqual(gradesOf(chain, '13800000006').slice(0, 7), ['三星', '三星', '二星', '二星', '一星', '一星', '普通']);
    const blank = chain.months[7].get('13800000006')!;
    assert.equal(blank.grade, '');
    assert.match(blank.reason, /missing: monthly_tons \(graded without them\)/);
    assert.ok(chain.exceptions[7].some((l) => /^customers-8\.csv\|\|\d+\|monthly_tons\|\|blank metric the grade policy reads/.test(l)), chain.exceptions[7].join('\n'));
  });
});
