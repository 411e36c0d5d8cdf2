/**
 * medical-quota month after month through the command line (004 德奥 客户管理制度 2.2–2.4, 3.2–3.5): twelve runs over
 * two departments, each with --previous; the 阶段性评审 falls on 30 June and 31 December.
 */
import assert from 'node:assert/strict';
import { gradesOf, monthEnds, runChain, type ChainResult } from './grading-chain';

const HEADER = ['电话', '客户', 'department', 'hospital_level', 'default_records', 'business_volume', '手工等级', '黑名单日期', '上期等级'];
const ends = monthEnds(12);
type Cell = string | number | null;

/** A customer's row of month k (0-based). */
type Customer = { name: string; department: string; row: (k: number) => [level: string, defaults: Cell, volume: Cell, override?: Cell, blacklisted?: Cell, previous?: Cell] };

const CUSTOMERS: Record<string, Customer> = {
  // 骨科: eleven customers; VIP ≤ 15% (1), 优选 ≤ 30% (3) of those not blacklisted.
  13600000001: { name: '省人民医院', department: '骨科', row: () => ['三级甲等', 0, '1000万'] },
  13600000002: { name: '市一医院', department: '骨科', row: () => ['三级甲等', 0, '900万'] },
  13600000003: { name: '市二医院', department: '骨科', row: (k) => ['二级甲等', k >= 2 ? 1 : 0, '800万'] },
  13600000004: { name: '市三医院', department: '骨科', row: () => ['三级乙等', 0, '700万'] },
  13600000005: { name: '康复医院', department: '骨科', row: (k) => [k === 0 ? '一级甲等' : '三级甲等', 0, '600万'] },
  13600000006: { name: '社区一', department: '骨科', row: () => ['一级甲等', 0, '50万'] },
  13600000007: { name: '社区二', department: '骨科', row: () => ['一级甲等', 0, '40万'] },
  13600000008: { name: '骨科医院', department: '骨科', row: (k) => ['三级甲等', 0, '5000万', null, k === 0 ? '2026-01-20' : null] },
  13600000009: { name: '社区三', department: '骨科', row: () => ['一级甲等', 0, '30万'] },
  13600000010: { name: '社区四', department: '骨科', row: () => ['一级甲等', 0, '20万'] },
  13600000011: { name: '社区五', department: '骨科', row: () => ['一级甲等', 0, '10万'] },
  // 创伤: seven customers; none meets 2.2/2.3 but the re-entering one, two manual VIPs from April.
  13500000001: { name: '创伤一', department: '创伤', row: (k) => ['一级甲等', 0, '90万', k === 3 ? 'VIP' : null] },
  13500000002: { name: '创伤二', department: '创伤', row: (k) => ['一级甲等', 0, '80万', k === 3 ? 'VIP' : null] },
  13500000003: { name: '创伤三', department: '创伤', row: (k) => ['三级甲等', 0, '70万', null, k === 0 ? '2025-05-01' : null, k === 0 ? '黑名单' : null] },
  13500000004: { name: '创伤四', department: '创伤', row: () => ['一级甲等', 0, '60万'] },
  13500000005: { name: '创伤五', department: '创伤', row: () => ['一级甲等', 0, '50万'] },
  13500000006: { name: '创伤六', department: '创伤', row: () => ['一级甲等', 0, '40万'] },
  13500000007: { name: '创伤七', department: '创伤', row: () => ['一级甲等', 0, '30万'] },
};

function table(k: number): Cell[][] {
  return [HEADER, ...Object.entries(CUSTOMERS).map(([phone, c]) => {
    const [level, defaults, volume, override = null, blacklisted = null, previous = null] = c.row(k);
    return [phone, c.name, c.department, level, defaults, volume, override, blacklisted, previous];
  })];
}

describe('medical-quota: twelve monthly runs chained with --previous, 阶段性评审 every six months', function () {
  this.timeout(600_000);
  let chain: ChainResult;
  before(() => {
    chain = runChain('medical', 'medical-quota', ends.map((asOf, k) => ({ asOf, table: table(k) })));
  });

  it('2.2 d "VIP客户的总数量不得超过本部门客户总量的15%": a ceiling per department on customers meeting 2.2, by 业务合作量', () => {
    const jan = chain.months[0];
    assert.equal(jan.get('13600000001')!.grade, 'VIP');
    assert.match(jan.get('13600000002')!.reason, /VIP cap 15% = 1 of 10 customers in department 骨科; ranks 2 of 3 by business_volume 9000000 → 优选/);
    assert.deepEqual(['13600000002', '13600000003', '13600000004'].map((k) => jan.get(k)!.grade), ['优选', '优选', '优选']);
  });

  it('caps never promote: customers short of 2.2/2.3 stay 合格 however few VIPs a department has', () => {
    for (const k of ['13500000004', '13500000005', '13500000006', '13500000007', '13600000006', '13600000011']) {
      assert.deepEqual(gradesOf(chain, k), Array(12).fill('合格'), k);
    }
  });

  it('3.3: a customer with a 违约记录 drops at once (no waiting for the review)', () => {
    assert.deepEqual(gradesOf(chain, '13600000003').slice(0, 4), ['优选', '优选', '合格', '合格']);
  });

  it('3.4 "根据阶段评价结果将该销售客户上升": an upgrade waits for the review of 30 June, the caps still hold', () => {
    assert.deepEqual(gradesOf(chain, '13600000005'), ['合格', '合格', '合格', '合格', '合格', '优选', '优选', '优选', '优选', '优选', '优选', '合格']);
    assert.match(chain.months[1].get('13600000005')!.reason, /upgrade from 合格 waits for the review on 2026-06-30 → stays 合格/);
    const june = chain.months[5].get('13600000005')!;
    assert.equal(june.review, '2026-06-30');
    assert.equal(june.nextReview, '2026-12-31');
  });

  it('3.5 c "黑名单有效期暂定6个月…重新进入客户名单，但需定位于合格类客户": BLACKLIST six months, then 合格, and no VIP place taken', () => {
    assert.deepEqual(gradesOf(chain, '13600000008'), [...Array(6).fill('BLACKLIST'), '合格', '合格', '合格', '合格', '合格', 'VIP']);
    assert.equal(chain.months[3].get('13600000008')!.blacklistedOn, '2026-01-20', 'the blacklisting carries over from the previous results');
    assert.match(chain.months[6].get('13600000008')!.reason, /blacklisting of 2026-01-20 has ended; re-enters as 合格/);
    assert.equal(chain.months[6].get('13600000001')!.grade, 'VIP', 'the re-entering customer takes no VIP place');
    // At the December review it qualifies and outranks by 业务合作量: the VIP place moves, the cap holds.
    assert.equal(chain.months[11].get('13600000001')!.grade, '优选');
  });

  it('3.5 c: a previous grade of 黑名单 with a blacklisting over six months ago re-enters as 合格, not by its criteria', () => {
    assert.equal(gradesOf(chain, '13500000003')[0], '合格');
    assert.match(chain.months[0].get('13500000003')!.reason, /blacklisting of 2025-05-01 has ended; re-enters as 合格/);
  });

  it('two manual VIPs over the 15% cap are counted and flagged, never moved', () => {
    assert.deepEqual(gradesOf(chain, '13500000001').slice(2, 6), ['合格', 'VIP', 'VIP', 'VIP']);
    assert.match(chain.months[3].get('13500000001')!.reason, /manual override → VIP; manual override counted in the VIP cap 15% = 1 of 7 customers in department 创伤: 2 overrides break the cap/);
    assert.equal(chain.months[4].get('13500000002')!.override, 'VIP', 'carried over');
    // The re-entered 三级甲等 customer qualifies for VIP at the June review, but the overrides fill the place.
    assert.equal(chain.months[5].get('13500000003')!.grade, '优选');
  });
});
