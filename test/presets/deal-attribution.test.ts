/** 002 成交客户归属规定 (preset deal-attribution). */
import { strict as assert } from 'node:assert';
import { A, B, DEAL, holding, ownerOf, split, under } from './helpers';

const P = 'deal-attribution';
const first = { date: '2026-03-01', phone: A, customer: '张伟', salesperson: '李娜', event: '来访' };

describe('002 成交客户归属规定 (deal-attribution)', () => {
  describe('一 "新客户接待成交归属第一个接待的销售人员…有效期为一个月，一个月以后…否则归新接待的销售人员"', () => {
    it('"其他销售人员事后查出也接待过该客户则属于义务帮忙": a deal by another on day 30 (2026-03-31) is the first receiver\'s', () => {
      const r = under(P, [first, { date: '2026-03-31', phone: A, salesperson: '王强', ...DEAL }]);
      assert.deepEqual(split(r, 3), [['李娜', '1000000.00', '10000.00']]);
    });
    it('day 31 (2026-04-01): the new receiver owns and closes alone', () => {
      const r = under(P, [first, { date: '2026-04-01', phone: A, salesperson: '王强', event: '来访' }, { date: '2026-04-01', phone: A, salesperson: '王强', ...DEAL }]);
      assert.deepEqual(holding(r, A), ['王强', 'protected']);
      assert.deepEqual(split(r, 4), [['王强', '1000000.00', '10000.00']]);
    });
    it('"一个月以后，客户指明销售人员…的归原销售人员": naming 李娜 on a visit after the month gives her the customer back', () => {
      const r = under(P, [first, { date: '2026-04-10', phone: A, salesperson: '王强', event: '来访', designated: '李娜' }]);
      assert.equal(ownerOf(r, A).owner, '李娜');
    });
  });

  it('五1 "老客户亲自带着新客户来访，成交归属原销售人员"; 五2 "第二次以后才有老客户跟着过来，则成交归属新接待的销售人员"', () => {
    const along = under(P, [first, { date: '2026-06-01', phone: B, salesperson: '王强', event: '来访', referrer: '张伟', accompanied: '是' }]);
    assert.equal(ownerOf(along, B).owner, '李娜');
    const later = under(P, [
      first, { date: '2026-06-01', phone: B, salesperson: '王强', event: '来访' },
      { date: '2026-06-05', phone: B, salesperson: '王强', event: '来访', referrer: '张伟', accompanied: '是' },
    ]);
    assert.equal(ownerOf(later, B).owner, '王强');
  });

  it('五3 "新客户说明由某某介绍来的，指明由原销售人员接待，无论该销售人员在与不在，成交都归原销售人员"', () => {
    const r = under(P, [
      first, { date: '2026-06-01', phone: B, salesperson: '王强', event: '来访', referrer: '张伟', designated: '李娜' },
      { date: '2026-06-01', phone: B, salesperson: '王强', ...DEAL },
    ]);
    assert.deepEqual(split(r, 4), [['李娜', '1000000.00', '10000.00']]);
  });

  it('七 "第一次来由开发商、建筑商等带来的并当场成交的，业绩归全体项目人员"', () => {
    const r = under(P, [
      { date: '2026-03-01', phone: A, salesperson: '李娜', team: '开发商', event: '来访' },
      { date: '2026-03-01', phone: A, salesperson: '李娜', team: '开发商', ...DEAL },
    ]);
    assert.deepEqual(split(r, 3), [['全体项目人员', '1000000.00', '10000.00']]);
  });

  it('二3 "接待过程中原接待主任能认出的，当场成交由两名销售人员平分"', () => {
    const r = under(P, [
      { date: '2026-03-01', phone: A, household: 'H1', salesperson: '李娜', event: '来访' },
      { date: '2026-03-10', phone: B, household: 'H1', salesperson: '王强', event: '来访' },
      { date: '2026-03-10', phone: B, household: 'H1', salesperson: '王强', ...DEAL, recognised: '是' },
    ]);
    assert.deepEqual(split(r, 4), [['李娜', '500000.00', '5000.00'], ['王强', '500000.00', '5000.00']]);
  });
});
