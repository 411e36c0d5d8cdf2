/** 001 第12篇 万科房地产销售部客户管理制度 (preset vanke-sales). */
import { strict as assert } from 'node:assert';
import { evaluate, ownershipPreset, parseRegister } from '../../engine/core';
import { PENDING_VANKE } from '../../engine/core/policy/presets/seed-001';
import { A, B, DEAL, holding, ownerOf, register, split, under, type Row } from './helpers';

const P = 'vanke-sales';
const first = { date: '2026-03-01', phone: A, salesperson: '甲', event: '来访' };

/** Under vanke-sales with company teams and introducers named, as a project fills them in. */
function withLists(rows: Row[]) {
  const policy = { ...ownershipPreset(P), company_teams: ['公司关系'], introducers: ['行政小王'] };
  return evaluate(parseRegister(register(...rows)), policy);
}

describe('001 万科房地产销售部客户管理制度 (vanke-sales)', () => {
  it('3.13 "来电登记内容不作为确定客户归属的依据，仅作为资料留存"', () => {
    assert.deepEqual(holding(under(P, [{ date: '2026-03-01', phone: A, salesperson: '甲', event: '来电' }]), A), ['', 'none']);
  });

  it('7.1 "登记有效期为一个月": day 30 (2026-03-31) inside, day 31 outside', () => {
    assert.deepEqual(holding(under(P, [first], '2026-03-31'), A), ['甲', 'protected']);
    assert.deepEqual(holding(under(P, [first], '2026-04-01'), A), ['甲', 'expired']);
  });

  it('3.7h "如新售楼员促成当场成交，且成交前未认出原售楼员的，客户资源和佣金全部归新售楼员所有"', () => {
    const r = under(P, [first, { date: '2026-03-10', phone: A, salesperson: '乙', event: '来访' }, { date: '2026-03-10', phone: A, salesperson: '乙', ...DEAL }]);
    assert.deepEqual(split(r, 4), [['乙', '1000000.00', '10000.00']]);
    assert.equal(ownerOf(r, A).owner, '乙');
  });

  it('3.7i "如客户当场未成交，在之后1个月内认出来的，客户由新售楼员负责跟进，成交佣金由原售楼员和新售楼员平分"', () => {
    const r = under(P, [first, { date: '2026-03-10', phone: A, salesperson: '乙', event: '来访' }, { date: '2026-03-20', phone: A, salesperson: '乙', ...DEAL, recognised: '是' }]);
    assert.deepEqual(split(r, 4), [['甲', '500000.00', '5000.00'], ['乙', '500000.00', '5000.00']]);
    assert.equal(ownerOf(r, A).owner, '乙');
  });

  it('5.1 "新客户在进入实质性接待之前(参观、讲解)指定要求某个销售人员接待的，原则上可遵从客户意愿"', () => {
    assert.equal(ownerOf(under(P, [{ date: '2026-03-01', phone: A, salesperson: '乙', event: '来访', designated: '丙' }]), A).owner, '丙');
  });

  it('5.2 "对当日来访的新客户在被接待后中途提出指定其他售楼员接待的…如该客户成交，佣金的70%归最先接待的售楼员，30%归被指定接待的售楼员"', () => {
    const r = under(P, [first, { date: '2026-03-01', phone: A, salesperson: '甲', event: '来访', designated: '丙' }, { date: '2026-03-01', phone: A, salesperson: '丙', ...DEAL }]);
    assert.deepEqual(split(r, 4), [['甲', '700000.00', '7000.00'], ['丙', '300000.00', '3000.00']]);
  });

  it('5.4 "对于老客户介绍新客户的，除非符合指定接待的条件，一律作新客户处理"', () => {
    const r = under(P, [
      { date: '2026-03-01', phone: A, customer: '张伟', salesperson: '甲', event: '来访' },
      { date: '2026-03-05', phone: B, salesperson: '乙', event: '来访', referrer: '张伟', accompanied: '是' },
    ]);
    assert.equal(ownerOf(r, B).owner, '乙');
  });

  it('7.4 "夫妻客在成交前分别来访，分别由甲乙接待登记，之后发现为夫妻关系，则由甲、乙共同接待，佣金双方各得一半"', () => {
    const r = under(P, [
      { date: '2026-03-01', phone: A, household: '夫妻', salesperson: '甲', event: '来访' },
      { date: '2026-03-05', phone: B, household: '夫妻', salesperson: '乙', event: '来访' },
      { date: '2026-03-20', phone: B, household: '夫妻', salesperson: '乙', ...DEAL },
    ]);
    assert.deepEqual(split(r, 4), [['甲', '500000.00', '5000.00'], ['乙', '500000.00', '5000.00']]);
  });

  it('7.7 "对于依上述条款仍无法分清客户归属及佣金分配的，由项目经理…提出书面意见，报销售总监审批"', () => {
    const r = under(P, [first, { date: '2026-03-10', phone: A, salesperson: '乙', ...DEAL, absent: '外出' }]);
    assert.deepEqual(split(r, 3), [[PENDING_VANKE, '1000000.00', '10000.00']]);
    assert.ok(r.conflicts.some((c) => c.kind === 'closer not owner' && c.rows === '2, 3'));
  });

  describe('6 特殊客户的处理', () => {
    it('6(1)3 "公司客户如只由公司或公司高层介绍或带到现场，而由售楼员全程跟进成交的，成交佣金该售楼员得70%，30%作为公佣"', () => {
      const r = withLists([{ date: '2026-03-01', phone: A, salesperson: '甲', team: '公司关系', event: '来访' }, { date: '2026-03-05', phone: A, salesperson: '甲', team: '公司关系', ...DEAL }]);
      assert.deepEqual(split(r, 3), [['公佣', '0.00', '3000.00'], ['甲', '1000000.00', '7000.00']]);
    });
    it('6(1)1 "对在与公司或公司高层联系和咨询销售事宜前已先到访售楼现场并已办理了客户登记的，不再视为公司客户"', () => {
      const r = withLists([first, { date: '2026-03-05', phone: A, salesperson: '甲', team: '公司关系', ...DEAL }]);
      assert.deepEqual(split(r, 3), [['甲', '1000000.00', '10000.00']]);
    });
    it('6(2)5 "对于公司其他员工介绍的客户最后成交的，成交佣金的30%为介绍人的佣金，70%为接待客户的售楼员的佣金"', () => {
      const r = withLists([{ date: '2026-03-01', phone: A, salesperson: '甲', event: '来访', referrer: '行政小王' }, { date: '2026-03-05', phone: A, salesperson: '甲', ...DEAL }]);
      assert.deepEqual(split(r, 3), [['行政小王', '0.00', '3000.00'], ['甲', '1000000.00', '7000.00']]);
    });
    it('6(2)3 "如未经此程序而由现场销售人员已登记在先了，再主张为自己介绍的客户的一律不予支持"', () => {
      const r = withLists([first, { date: '2026-03-02', phone: A, salesperson: '甲', event: '来访', referrer: '行政小王' }, { date: '2026-03-05', phone: A, salesperson: '甲', ...DEAL }]);
      assert.deepEqual(split(r, 4), [['甲', '1000000.00', '10000.00']]);
    });
  });
});
