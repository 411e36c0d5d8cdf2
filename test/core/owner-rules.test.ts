import { strict as assert } from 'node:assert';
import type { OwnershipPolicyInput } from '../../engine/core';
import { run } from './helpers';
import { table } from './fixtures';

// Columns of table(): date, phone, salesperson, team, event, target, amount, commission, household, referrer,
// accompanied, designated, customer.
const A = '13800000001', B = '13800000002', C = '13800000003';

/** The renewal and lock of SPEC §3 rules 2 and 6, which no seed regulation states for 002 房地产 (its preset has neither). */
const RENEWING: OwnershipPolicyInput = { renew_on_contact: true, renew_events: ['visit', 'followup'] };
const LOCKING: OwnershipPolicyInput = { lock_days: 60 };

describe('OWNER rules (SPEC §3)', () => {
  describe('rule 1: claim', () => {
    it('the first claim event gives the owner; a call does not claim under realestate', () => {
      const r = run(table(['2026-03-01', A, '李娜', '', '来电'], ['2026-03-02', A, '王强', '', '来访']), 'realestate');
      assert.equal(r.ownerOf(A)!.owner, '王强');
      assert.equal(r.ownerOf(A)!.ownerSince, '2026-03-02');
    });
    it('a call claims under store-30', () => {
      const r = run(table(['2026-03-01', A, '李娜', '', '来电'], ['2026-03-02', A, '王强', '', '来访']), 'store-30');
      assert.equal(r.ownerOf(A)!.owner, '李娜');
    });
    it('designation counts only on the first claim and only with honor_designation', () => {
      const rows = table(['2026-03-01', A, '吴磊', '', '来访', '', '', '', '', '', '', '周婷']);
      assert.equal(run(rows, 'realestate').ownerOf(A)!.owner, '周婷');
      assert.equal(run(rows, 'realestate', { honor_designation: false }).ownerOf(A)!.owner, '吴磊');
      const later = table(
        ['2026-01-01', A, '吴磊', '', '来访'],
        ['2026-03-01', A, '王强', '', '来访', '', '', '', '', '', '', '周婷'],
      );
      assert.equal(run(later, 'realestate').ownerOf(A)!.owner, '王强', 're-claim after release ignores the designation');
    });
    it('a referral needs the referrer in person unless referral_requires_accompany is off', () => {
      const base = [['2026-03-01', A, '李娜', '', '来访', '', '', '', '', '', '', '', '张伟']];
      const unaccompanied = table(...base, ['2026-03-05', B, '王强', '', '来访', '', '', '', '', '张伟', '否']);
      assert.equal(run(unaccompanied, 'realestate').ownerOf(B)!.owner, '王强');
      assert.equal(run(unaccompanied, 'realestate', { referral_requires_accompany: false }).ownerOf(B)!.owner, '李娜');
      const accompanied = table(...base, ['2026-03-05', B, '王强', '', '来访', '', '', '', '', A, 'yes']);
      assert.equal(run(accompanied, 'realestate').ownerOf(B)!.owner, '李娜', 'a referrer may be named by phone');
    });
    it('a referrer whose own protection has ended does not pass the customer on', () => {
      const rows = table(
        ['2026-01-01', A, '李娜', '', '来访', '', '', '', '', '', '', '', '张伟'],
        ['2026-03-05', B, '王强', '', '来访', '', '', '', '', '张伟', '是'],
      );
      assert.equal(run(rows, 'realestate', { referral_after_lapse: false }).ownerOf(B)!.owner, '王强');
    });
  });

  describe('rule 2: protection and renewal', () => {
    it('protects until claim + protection_days inclusive; an owner follow-up renews', () => {
      const rows = table(['2026-03-01', A, '李娜', '', '来访'], ['2026-03-10', A, '李娜', '', '跟进']);
      const r = run(rows, 'realestate', RENEWING, '2026-04-09');
      assert.equal(r.ownerOf(A)!.protectedUntil, '2026-04-09');
      assert.equal(r.ownerOf(A)!.status, 'protected');
      assert.equal(run(rows, 'realestate', RENEWING, '2026-04-10').ownerOf(A)!.status, 'expired');
      assert.equal(run(rows, 'realestate', { renew_on_contact: false }, '2026-03-31').ownerOf(A)!.protectedUntil, '2026-03-31');
    });
    it('a call does not renew when renew_events leaves it out; others never renew the owner', () => {
      const rows = table(['2026-03-01', A, '李娜', '', '来访'], ['2026-03-10', A, '李娜', '', '来电'], ['2026-03-12', A, '王强', '', '来访']);
      assert.equal(run(rows, 'realestate').ownerOf(A)!.protectedUntil, '2026-03-31');
      assert.equal(run(rows, 'store-30').ownerOf(A)!.protectedUntil, '2026-04-09');
    });
  });

  describe('rule 3: report then visit', () => {
    it('a report claims for the team that brings the customer in by the next day', () => {
      const rows = table(['2026-03-01', A, '张三', '链家', '报备'], ['2026-03-02', A, '张三', '链家', '来访']);
      const r = run(rows, 'agency-report');
      assert.equal(r.ownerOf(A)!.owner, '链家');
      assert.equal(r.ownerOf(A)!.protectedUntil, '2026-03-08');
    });
    it('a report with no visit in time is void and the next report claims', () => {
      const rows = table(
        ['2026-03-01', A, '张三', '链家', '报备'],
        ['2026-03-05', A, '李四', '我爱我家', '报备'],
        ['2026-03-05', A, '李四', '我爱我家', '来访'],
      );
      const r = run(rows, 'agency-report');
      assert.equal(r.ownerOf(A)!.owner, '我爱我家');
      assert.match(r.ownerOf(A)!.reason, /row 2 by 链家 void: no visit by 2026-03-02/);
      assert.equal(r.conflicts.length, 0);
    });
    it('a report whose window is still open on the as-of date holds provisionally', () => {
      const rows = table(['2026-03-01', A, '张三', '链家', '报备']);
      assert.equal(run(rows, 'agency-report', {}, '2026-03-01').ownerOf(A)!.owner, '链家');
      assert.match(run(rows, 'agency-report', {}, '2026-03-01').ownerOf(A)!.reason, /holds provisionally: a visit by 链家 is due by 2026-03-02/);
      assert.equal(run(rows, 'agency-report', {}, '2026-03-02').ownerOf(A)!.owner, '', 'window closed without a visit');
    });
    it('the visit must be by the same team', () => {
      const rows = table(['2026-03-01', A, '张三', '链家', '报备'], ['2026-03-02', A, '李四', '我爱我家', '来访']);
      assert.equal(run(rows, 'agency-report').ownerOf(A)!.status, 'none');
    });
    it('cemetery-5-90 gives five days to bring the customer', () => {
      const rows = table(['2026-03-01', A, '张三', '', '报备'], ['2026-03-06', A, '张三', '', '来访']);
      assert.equal(run(rows, 'cemetery-5-90').ownerOf(A)!.owner, '张三');
      const late = table(['2026-03-01', A, '张三', '', '报备'], ['2026-03-07', A, '李四', '', '来访']);
      assert.equal(run(late, 'cemetery-5-90').ownerOf(A)!.owner, '李四', 'the void report leaves the visit to claim');
      assert.match(run(late, 'cemetery-5-90').ownerOf(A)!.reason, /row 2 by 张三 void: no visit by 2026-03-06/);
    });
  });

  describe('rule 4: assists', () => {
    it('another salesperson receiving a protected customer is an assist in the reason, not a conflict', () => {
      const r = run(table(['2026-03-01', A, '李娜', '', '来访'], ['2026-03-05', A, '王强', '', '来访']), 'realestate');
      assert.equal(r.ownerOf(A)!.owner, '李娜');
      assert.match(r.ownerOf(A)!.reason, /assists \(义务接待\): 王强 row 3/);
      assert.equal(r.conflicts.length, 0);
    });
    it('a reason names three assists and counts the rest', () => {
      const rows = table(['2026-03-01', A, '李娜', '', '来访'], ...['a', 'b', 'c', 'd', 'e'].map((s, i) => [`2026-03-0${i + 2}`, A, s, '', '来访']));
      assert.match(run(rows, 'realestate').ownerOf(A)!.reason, /a row 3, b row 4, c row 5 and 2 more/);
    });
  });

  describe('rule 5: release', () => {
    it('after protection ends the next claim takes the customer (一个月以外归第二接待人)', () => {
      const rows = table(['2026-03-01', A, '李娜', '', '来访'], ['2026-03-31', A, '王强', '', '来访'], ['2026-04-01', A, '王强', '', '来访']);
      const r = run(rows, 'realestate');
      assert.equal(r.ownerOf(A)!.owner, '王强');
      assert.equal(r.ownerOf(A)!.ownerSince, '2026-04-01');
      assert.match(r.ownerOf(A)!.reason, /after 李娜's protection ended 2026-03-31/);
    });
    it('an expired owner stays on record until someone claims', () => {
      const r = run(table(['2026-03-01', A, '李娜', '', '来访']), 'realestate', {}, '2026-05-01');
      assert.equal(r.ownerOf(A)!.owner, '李娜');
      assert.equal(r.ownerOf(A)!.status, 'expired');
      assert.match(r.ownerOf(A)!.reason, /protection ended 2026-03-31: claimable/);
    });
    it('a deal on a released customer claims it for the closer', () => {
      const rows = table(['2026-01-01', A, '李娜', '', '来访'], ['2026-03-01', A, '王强', '', '成交', '', '500000', '5000']);
      const r = run(rows, 'realestate', LOCKING);
      assert.equal(r.ownerOf(A)!.owner, '王强');
      assert.equal(r.ownerOf(A)!.status, 'locked');
      assert.deepEqual(r.splits.map((s) => [s.party, s.creditAmount, s.commissionAmount]), [['王强', '500000.00', '5000.00']]);
    });
  });

  describe('rule 6: lock', () => {
    it('a deposit locks the owner for lock_days; protection cannot lapse meanwhile', () => {
      const rows = table(['2026-03-01', A, '李娜', '', '来访'], ['2026-03-05', A, '李娜', '', '定金'], ['2026-04-20', A, '王强', '', '来访']);
      const r = run(rows, 'realestate', LOCKING);
      assert.equal(r.ownerOf(A)!.owner, '李娜');
      assert.equal(r.ownerOf(A)!.status, 'locked');
      assert.equal(r.ownerOf(A)!.protectedUntil, '2026-05-04');
      assert.equal(run(rows, 'realestate', LOCKING, '2026-05-05').ownerOf(A)!.status, 'expired');
    });
  });

  describe('rule 7: transfer and complaint', () => {
    it('a transfer moves the customer to the target with fresh protection', () => {
      const rows = table(['2026-03-01', A, '李娜', '', '来访'], ['2026-03-10', A, '经理', '', '转移', '王强']);
      const r = run(rows, 'realestate');
      assert.equal(r.ownerOf(A)!.owner, '王强');
      assert.equal(r.ownerOf(A)!.ownerSince, '2026-03-10');
      assert.equal(r.ownerOf(A)!.protectedUntil, '2026-04-09');
      assert.match(r.ownerOf(A)!.reason, /transfer 2026-03-10 row 3 to 王强/);
    });
    it('a complaint reassigns to the target, or to the pool when none is given', () => {
      const to = run(table(['2026-03-01', A, '李娜', '', '来访'], ['2026-03-10', A, '', '', '投诉', '周婷']), 'realestate');
      assert.equal(to.ownerOf(A)!.owner, '周婷');
      const pool = run(table(['2026-03-01', A, '李娜', '', '来访'], ['2026-03-10', A, '', '', '投诉']), 'realestate');
      assert.equal(pool.ownerOf(A)!.owner, '');
      assert.equal(pool.ownerOf(A)!.status, 'pool');
    });
  });

  describe('rule 8: leave', () => {
    it("a leaver's customers go to the pool and the next claim takes them", () => {
      const rows = table(
        ['2026-03-01', A, '李娜', '', '来访'], ['2026-03-02', B, '李娜', '', '来访'], ['2026-03-02', C, '王强', '', '来访'],
        ['2026-03-10', '', '李娜', '', '离职'], ['2026-03-12', B, '周婷', '', '来访'],
      );
      const r = run(rows, 'realestate');
      assert.equal(r.ownerOf(A)!.status, 'pool');
      assert.match(r.ownerOf(A)!.reason, /in the pool since 2026-03-10 row 5/);
      assert.equal(r.ownerOf(B)!.owner, '周婷');
      assert.match(r.ownerOf(B)!.reason, /from the pool/);
      assert.equal(r.ownerOf(C)!.owner, '王强');
    });
  });

  describe('rule 9: claims by team', () => {
    it('ownership is held by the agency; its salesperson is recorded in the reason', () => {
      const rows = table(['2026-03-01', A, '张三', '链家', '报备'], ['2026-03-01', A, '张三', '链家', '来访'], ['2026-03-03', A, '王五', '链家', '报备']);
      const r = run(rows, 'agency-report');
      assert.equal(r.ownerOf(A)!.owner, '链家');
      assert.equal(r.ownerOf(A)!.team, '链家');
      assert.match(r.ownerOf(A)!.reason, /链家 \(salesperson 张三\)/);
      assert.equal(r.conflicts.length, 0, 'a report by the owning team is not a conflict');
    });
  });

  describe('rule 10: hard limits', () => {
    it('max_protection_days ends protection however often it is renewed', () => {
      const rows = table(['2026-01-01', A, '李娜', '', '来访'], ['2026-01-20', A, '李娜', '', '跟进'], ['2026-02-10', A, '李娜', '', '跟进']);
      assert.equal(run(rows, 'realestate', RENEWING).ownerOf(A)!.protectedUntil, '2026-03-12');
      assert.equal(run(rows, 'realestate', { ...RENEWING, max_protection_days: 45 }).ownerOf(A)!.protectedUntil, '2026-02-15');
    });
    it('deal_expire_days releases a contacted customer without a deposit (三个月内未交定金视为放弃)', () => {
      const rows = table(['2026-01-01', A, '张三', '', '报备'], ['2026-01-02', A, '张三', '', '来访'], ['2026-03-20', A, '张三', '', '跟进']);
      const r = run(rows, 'cemetery-5-90', { renew_on_contact: true, protection_from: 'claim' }, '2026-04-02');
      assert.equal(r.ownerOf(A)!.protectedUntil, '2026-04-01');
      assert.equal(r.ownerOf(A)!.status, 'expired');
      const deposit = table(['2026-01-01', A, '张三', '', '报备'], ['2026-01-02', A, '张三', '', '来访'], ['2026-03-20', A, '张三', '', '定金']);
      assert.equal(run(deposit, 'cemetery-5-90', { renew_on_contact: true, renew_events: ['deposit'], protection_from: 'claim', deposit_keeps: false }, '2026-04-02').ownerOf(A)!.status, 'protected');
    });
  });

  describe('rule 11: holding caps', () => {
    it('a salesperson at max_owned cannot claim another; the customer stays claimable', () => {
      const rows = table(['2026-03-01', A, '李娜', '', '来访'], ['2026-03-02', B, '李娜', '', '来访'], ['2026-03-03', B, '王强', '', '来访']);
      const r = run(rows, 'realestate', { max_owned: 1 });
      assert.equal(r.ownerOf(A)!.owner, '李娜');
      assert.equal(r.ownerOf(B)!.owner, '王强');
      const cap = r.conflicts.filter((c) => c.kind === 'holding cap');
      assert.equal(cap.length, 1);
      assert.equal(cap[0].rows, '3');
      assert.match(cap[0].decision, /already holds 1 unlocked customers \(max_owned 1\)/);
    });
    it('locked customers do not count against the cap', () => {
      const rows = table(['2026-03-01', A, '李娜', '', '来访'], ['2026-03-01', A, '李娜', '', '成交', '', '100', ''], ['2026-03-02', B, '李娜', '', '来访']);
      assert.equal(run(rows, 'realestate', { ...LOCKING, max_owned: 1 }).ownerOf(B)!.owner, '李娜');
    });
  });

  describe('rule 12: conflicts (撞单)', () => {
    it('two claims on the same day by different salespeople: first in file order wins', () => {
      const r = run(table(['2026-03-01', A, '李娜', '', '来访'], ['2026-03-01', A, '王强', '', '来访']), 'realestate');
      assert.equal(r.ownerOf(A)!.owner, '李娜');
      assert.deepEqual(r.conflicts.map((c) => [c.kind, c.rows, c.salespeople]), [['same-day claims', '2, 3', '李娜, 王强']]);
    });
    it('the receiver of a designated customer coming back the same day is no dispute', () => {
      const r = run(table(['2026-03-01', A, '吴磊', '', '来访', '', '', '', '', '', '', '周婷'], ['2026-03-01', A, '吴磊', '', '来访']), 'realestate');
      assert.equal(r.ownerOf(A)!.owner, '周婷');
      assert.equal(r.conflicts.length, 0);
    });
    it('a report by another team on a protected customer', () => {
      const rows = table(['2026-03-01', A, '张三', '链家', '报备'], ['2026-03-01', A, '张三', '链家', '来访'], ['2026-03-04', A, '李四', '我爱我家', '报备']);
      const r = run(rows, 'agency-report');
      assert.deepEqual(r.conflicts.map((c) => [c.kind, c.rows, c.salespeople]), [['report on protected customer', '2, 4', '链家, 我爱我家']]);
      assert.match(r.conflicts[0].decision, /先报备者得/);
    });
    it('a masked phone that could be two customers matches neither', () => {
      const rows = table(['2026-03-01', '13800001111', '李娜', '', '来访'], ['2026-03-02', '13811111111', '王强', '', '来访'], ['2026-03-03', '138****1111', '周婷', '', '来访']);
      const r = run(rows, 'realestate');
      assert.equal(r.owners.length, 3);
      assert.equal(r.ownerOf('138****1111')!.owner, '周婷');
      const c = r.conflicts.filter((x) => x.kind === 'masked phone ambiguous');
      assert.equal(c.length, 1);
      assert.match(c[0].decision, /13800001111 or 13811111111/);
    });
    it('a masked phone with one match joins that customer', () => {
      const r = run(table(['2026-03-01', '13800001111', '李娜', '', '来访'], ['2026-03-03', '1380****111', '周婷', '', '来访']), 'realestate');
      assert.equal(r.owners.length, 1);
      assert.match(r.owners[0].reason, /assists \(义务接待\): 周婷 row 3/);
    });
  });
});
