/** 002 房地产销售案场客户归属规定 (preset site-first-reception, older name realestate), article by article. */
import { strict as assert } from 'node:assert';
import { A, B, DEAL, holding, ownerOf, split, under } from './helpers';

const P = 'realestate';

describe('002 房地产销售案场客户归属规定 (site-first-reception)', () => {
  it('一 "原则上实行首接业绩制，即客户由第一次接待的置业顾问负责到底"', () => {
    const r = under(P, [{ date: '2026-03-01', phone: A, salesperson: '李娜', event: '来访' }]);
    assert.deepEqual(holding(r, A), ['李娜', 'protected']);
    assert.equal(ownerOf(r, A).ownerSince, '2026-03-01');
  });

  it('七 "来电咨询的客户，详细登记在“来电登记表”，由案场经理分配": a call claims nothing, the manager\'s transfer does', () => {
    const r = under(P, [
      { date: '2026-03-01', phone: A, salesperson: '王强', event: '来电' },
      { date: '2026-03-02', phone: A, salesperson: '经理', event: '分配', target: '周婷' },
    ]);
    assert.deepEqual(holding(r, A), ['周婷', 'protected']);
    const call = under(P, [{ date: '2026-03-01', phone: A, salesperson: '王强', event: '来电' }]);
    assert.deepEqual(holding(call, A), ['', 'none']);
  });

  describe('四 "以发现之时距初次接待时间为依据，一个月以内，未成交的客户归原接待…一个月以外，无论成交与否都归属第二接待人"', () => {
    const first = { date: '2026-03-01', phone: A, salesperson: '李娜', event: '来访' };
    it('day 30 after the first reception (2026-03-31) is inside the month: the second receiver only assists', () => {
      const r = under(P, [first, { date: '2026-03-31', phone: A, salesperson: '王强', event: '来访' }]);
      assert.deepEqual(holding(r, A), ['李娜', 'protected']);
      assert.equal(ownerOf(r, A).protectedUntil, '2026-03-31');
      assert.match(ownerOf(r, A).reason, /王强 row 3/);
    });
    it('day 31 (2026-04-01) is outside: the customer belongs to the second receiver', () => {
      const r = under(P, [first, { date: '2026-04-01', phone: A, salesperson: '王强', event: '来访' }]);
      assert.deepEqual(holding(r, A), ['王强', 'protected']);
      assert.match(ownerOf(r, A).reason, /李娜's protection ended 2026-03-31/);
    });
    it('the original receiver\'s follow-ups do not extend the month (counted from 初次接待)', () => {
      const r = under(P, [first, { date: '2026-03-25', phone: A, salesperson: '李娜', event: '跟进' }, { date: '2026-04-01', phone: A, salesperson: '王强', event: '来访' }]);
      assert.equal(ownerOf(r, A).owner, '王强');
    });
    it('"一个月以内…已成交的成交业绩归当值人员所有，佣金由两人平分": a deal on day 30 by the one on duty', () => {
      const r = under(P, [first, { date: '2026-03-31', phone: A, salesperson: '王强', ...DEAL }]);
      assert.deepEqual(split(r, 3), [['李娜', '0.00', '5000.00'], ['王强', '1000000.00', '5000.00']]);
      assert.equal(ownerOf(r, A).owner, '李娜', 'the customer stays with the original receiver');
      assert.deepEqual(r.conflicts.map((c) => [c.kind, c.rows]), [['closer not owner', '2, 3']]);
    });
    it('"一个月以外，无论成交与否都归属第二接待人": a deal on day 31 is the second receiver\'s alone', () => {
      const r = under(P, [first, { date: '2026-04-01', phone: A, salesperson: '王强', ...DEAL }]);
      assert.deepEqual(split(r, 3), [['王强', '1000000.00', '10000.00']]);
      assert.equal(ownerOf(r, A).owner, '王强');
    });
    it('no period after a deal is stated: the original receiver\'s own deal does not lock the customer', () => {
      const r = under(P, [first, { date: '2026-03-10', phone: A, salesperson: '李娜', ...DEAL }], '2026-04-01');
      assert.deepEqual(holding(r, A), ['李娜', 'expired']);
      assert.equal(ownerOf(r, A).protectedUntil, '2026-03-31');
    });
  });

  describe('五 "新客户…明确指定要求(接待前指定要求)销售人员接待的，应归属指定销售员"', () => {
    const designated = { date: '2026-03-01', phone: A, salesperson: '吴磊', event: '来访', designated: '周婷' };
    it('the designated salesperson owns although the one on duty received', () => {
      assert.deepEqual(holding(under(P, [designated]), A), ['周婷', 'protected']);
    });
    it('"当值成交的，成交业绩归当值人员所有，佣金两人均分"', () => {
      const r = under(P, [designated, { date: '2026-03-01', phone: A, salesperson: '吴磊', ...DEAL }]);
      assert.deepEqual(split(r, 3), [['周婷', '0.00', '5000.00'], ['吴磊', '1000000.00', '5000.00']]);
    });
  });

  it('六 "同一组家庭客户，家庭成员分别登记…成交时业绩归先登记置业顾问，佣金平分"', () => {
    const r = under(P, [
      { date: '2026-03-01', phone: A, household: 'H1', salesperson: '李娜', event: '来访' },
      { date: '2026-03-05', phone: B, household: 'H1', salesperson: '王强', event: '来访' },
      { date: '2026-03-20', phone: B, household: 'H1', salesperson: '王强', ...DEAL },
    ]);
    assert.deepEqual(split(r, 4), [['李娜', '1000000.00', '5000.00'], ['王强', '0.00', '5000.00']]);
  });

  describe('九 "老客户带新客户同时来访，应由原销售人员接待"', () => {
    const old = { date: '2026-01-05', phone: A, customer: '张伟', salesperson: '李娜', event: '来访' };
    it('the old customer came along: the new customer goes to the old customer\'s salesperson, though the old customer\'s month is over', () => {
      const r = under(P, [old, { date: '2026-03-01', phone: B, salesperson: '王强', event: '来访', referrer: '张伟', accompanied: '是' }]);
      assert.equal(ownerOf(r, B).owner, '李娜');
    });
    it('named but not come along (同时来访 not met): the receiver owns', () => {
      const r = under(P, [old, { date: '2026-03-01', phone: B, salesperson: '王强', event: '来访', referrer: '张伟', accompanied: '否' }]);
      assert.equal(ownerOf(r, B).owner, '王强');
    });
  });
});
