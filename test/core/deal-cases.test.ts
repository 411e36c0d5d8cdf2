/**
 * Deal-case tables and the ownership facts of the seed regulations, each from a small register in the style of
 * SPEC §9 (header on row 1), named after the sentence of the regulation it implements.
 */
import { strict as assert } from 'node:assert';
import { PolicyError, lintOwnershipPolicy, policyFromRulesSheet, policyFromText, validatePolicy } from '../../engine/core';
import { eventOfValue, fieldOfHeader } from '../../engine/core/aliases';
import { parseRegister } from '../../engine/core/register';
import { compileCaseTable } from '../../engine/core/split/case-table';
import { minuteOfCell } from '../../engine/core/time-of-day';
import { caseTableLines, lintCaseTable } from '../../engine/core/split/case-lint';
import type { OwnershipPolicyInput } from '../../engine/core/policy/schema';
import type { Cell } from '../../engine/core/types';

type Cases = NonNullable<OwnershipPolicyInput['deal_cases']>;
import { dashboardSheet } from '../../engine/io/dashboard';
import { run } from './helpers';

const HEADER = ['日期', '客户', '电话', '家庭', '销售员', '团队', '类型', '指定接待', '介绍人', '陪同', '金额', '佣金', '认出', '休息外出', '合同署名'];
type Row = Partial<Record<'date' | 'name' | 'phone' | 'home' | 'rep' | 'team' | 'event' | 'designated' | 'referrer' | 'along' | 'amount' | 'commission' | 'recognised' | 'absent' | 'contract', Cell>>;
const KEYS = ['date', 'name', 'phone', 'home', 'rep', 'team', 'event', 'designated', 'referrer', 'along', 'amount', 'commission', 'recognised', 'absent', 'contract'] as const;
const reg = (...rows: Row[]): Cell[][] => [HEADER, ...rows.map((r) => KEYS.map((k) => r[k] ?? ''))];
const A = '13800001111', B = '13600004444', C = '13700003333';

describe('deal-case tables (成交分成表)', () => {
  it('000 回笼客 3: 业绩各半，但该组客户将转由接待人员做后续服务 — shares and the customer to the closer', () => {
    const cases: Cases = [
      { when: { closer_is_owner: false, owner_status: '"protected","locked"' }, credit: { owner: 50, closer: 50 }, after: 'closer', note: '回笼客' },
      { credit: { closer: 100 } },
    ];
    const r = run(reg(
      { date: '2026-03-01', name: '张伟', phone: A, rep: '李娜', event: '来访' },
      { date: '2026-03-20', name: '张伟', phone: A, rep: '王强', event: '来访' },
      { date: '2026-03-25', name: '张伟', phone: A, rep: '王强', event: '成交', amount: 1000000, commission: 10000.01 },
    ), 'realestate', { deal_cases: cases });
    assert.deepEqual(r.splits.map((s) => [s.party, s.role, s.creditAmount, s.commissionAmount]), [
      ['李娜', 'owner', '500000.00', '5000.01'], ['王强', 'closer', '500000.00', '5000.00'],
    ]);
    assert.match(r.splits[0].reason, /^deal case 1 \(回笼客\): closer_is_owner no, owner_status "protected","locked"; credit 李娜 50% \/ 王强 50%/);
    assert.match(r.splits[0].reason, /the customer passes to the closer/);
    assert.equal(r.ownerOf(A)!.owner, '王强');
    assert.match(r.ownerOf(A)!.reason, /^deal 2026-03-25 row 4 by 王强 hands the customer to 王强 \(deal case\)/);
  });

  it('001 万科 3.7i: 在之后1个月内认出来的，客户由新售楼员负责跟进，成交佣金由原售楼员和新售楼员平分 — recognised and days since claim', () => {
    const cases: Cases = [
      { when: { recognised: 'yes', days_since_claim: '<=30', closer_is_owner: 'no' }, credit: { closer: 100 }, commission: { owner: 50, closer: 50 }, after: 'closer' },
      { credit: { closer: 100 } },
    ];
    const rows = (recognised: string): Cell[][] => reg(
      { date: '2026-03-01', phone: A, rep: '李娜', event: '来访' },
      { date: '2026-03-20', phone: A, rep: '王强', event: '成交', amount: 100, commission: 10, recognised },
    );
    const seen = run(rows('是'), 'realestate', { deal_cases: cases });
    assert.deepEqual(seen.splits.map((s) => [s.party, s.creditAmount, s.commissionAmount]), [['李娜', '0.00', '5.00'], ['王强', '100.00', '5.00']]);
    assert.equal(seen.ownerOf(A)!.owner, '王强');
    const unseen = run(rows('否'), 'realestate', { deal_cases: cases });
    assert.deepEqual(unseen.splits.map((s) => [s.party, s.commissionAmount]), [['王强', '10.00']]);
    assert.equal(unseen.ownerOf(A)!.owner, '李娜');
  });

  it('002 成交客户 5.1: 本人休息其它人接待属义务帮忙 — owner absent gives the owner everything', () => {
    const cases: Cases = [{ when: { owner_absent: 'yes' }, credit: { owner: 100 } }, { credit: { closer: 100 } }];
    const r = run(reg(
      { date: '2026-03-01', phone: A, rep: '李娜', event: '来访' },
      { date: '2026-03-05', phone: A, rep: '王强', event: '成交', amount: 100, commission: 2, absent: '休息' },
    ), 'realestate', { deal_cases: cases });
    assert.deepEqual(r.splits.map((s) => [s.party, s.role, s.creditAmount, s.commissionAmount]), [['李娜', 'owner', '100.00', '2.00']]);
  });

  it('002 房地产 四: 当天成交的，分单50% — same day as the assisting reception; a named party and the department', () => {
    const cases: Cases = [
      { when: { same_day_as_assist: 'yes', closer_is_owner: 'no', owner_status: 'protected' }, credit: { owner: 50, closer: 50 }, commission: { owner: 40, closer: 40, 部门: 10, 销售经理: 10 } },
      { credit: { closer: 100 } },
    ];
    const r = run(reg(
      { date: '2026-03-01', phone: A, rep: '李娜', event: '来访' },
      { date: '2026-03-05', phone: A, rep: '王强', event: '来访' },
      { date: '2026-03-05', phone: A, rep: '王强', event: '成交', amount: 100, commission: 10 },
      { date: '2026-03-02', phone: B, rep: '李娜', event: '来访' },
      { date: '2026-03-03', phone: B, rep: '王强', event: '来访' },
      { date: '2026-03-06', phone: B, rep: '王强', event: '成交', amount: 100, commission: 10 },
    ), 'realestate', { deal_cases: cases, department_party: '销售部' });
    assert.deepEqual(r.splits.filter((s) => s.dealRow === '4').map((s) => [s.party, s.role, s.commissionAmount]),
      [['李娜', 'owner', '4.00'], ['王强', 'closer', '4.00'], ['销售部', 'department', '1.00'], ['销售经理', 'party', '1.00']]);
    assert.deepEqual(r.splits.filter((s) => s.dealRow === '7').map((s) => [s.party, s.commissionAmount]), [['王强', '10.00']]);
  });

  it('002 房地产 五: 新客户明确指定要求销售人员接待的 … 当值成交的，成交业绩归当值人员所有，佣金两人均分 — designated role', () => {
    const cases: Cases = [
      { when: { designated: 'first_visit', closer_is_owner: 'no' }, credit: { closer: 100 }, commission: { designated: 50, closer: 50 } },
      { credit: { closer: 100 } },
    ];
    const r = run(reg(
      { date: '2026-03-01', phone: A, rep: '吴磊', event: '来访', designated: '周婷' },
      { date: '2026-03-02', phone: A, rep: '吴磊', event: '成交', amount: 100, commission: 3 },
    ), 'realestate', { deal_cases: cases });
    assert.deepEqual(r.splits.map((s) => [s.party, s.role, s.commissionAmount]), [['周婷', 'designated', '1.50'], ['吴磊', 'closer', '1.50']]);
  });

  it('002 房地产 六: 成交时业绩归先登记置业顾问，佣金平分 — household credit and commission separately', () => {
    const r = run(reg(
      { date: '2026-03-01', name: '张伟', phone: A, home: 'H01', rep: '李娜', event: '来访' },
      { date: '2026-03-05', name: '王芳', phone: B, home: 'H01', rep: '吴磊', event: '来访' },
      { date: '2026-03-08', name: '王芳', phone: B, home: 'H01', rep: '吴磊', event: '成交', amount: 1000, commission: 10 },
    ), 'realestate', { household_split: { first: 100, second: 0 }, household_commission: { first: 50, second: 50 } });
    assert.deepEqual(r.splits.map((s) => [s.party, s.role, s.creditAmount, s.commissionAmount]),
      [['李娜', 'first receiver', '1000.00', '5.00'], ['吴磊', 'second receiver', '0.00', '5.00']]);
    assert.match(r.splits[0].reason, /credit 100% \/ 0%, commission 50% \/ 50%/);
  });

  it('001 万科 6(1)1: 曾经登记过的客户不属于公司客户 — company_requires_new and the company fact', () => {
    const rows = reg(
      { date: '2026-03-01', phone: A, rep: '李娜', team: '一组', event: '来访' },
      { date: '2026-03-05', phone: A, rep: '李娜', team: '公司', event: '成交', amount: 100, commission: 10 },
    );
    assert.equal(run(rows, 'realestate', { company_teams: ['公司'] }).splits[0].role, 'pool');
    const strict = run(rows, 'realestate', { company_teams: ['公司'], company_requires_new: true });
    assert.deepEqual(strict.splits.map((s) => [s.party, s.commissionAmount]), [['李娜', '10.00']]);
  });

  it('001 第11篇 4: 销售员已登记的客户，员工介绍无效 — introduction_before_registration', () => {
    const rows = reg(
      { date: '2026-03-01', phone: A, rep: '李娜', event: '来访' },
      { date: '2026-03-03', phone: A, rep: '李娜', event: '跟进', referrer: '赵会计' },
      { date: '2026-03-05', phone: A, rep: '李娜', event: '成交', amount: 100, commission: 10 },
    );
    assert.equal(run(rows, 'realestate', { introducers: ['赵会计'] }).splits[0].role, 'introducer');
    const strict = run(rows, 'realestate', { introducers: ['赵会计'], introduction_before_registration: true });
    assert.deepEqual(strict.splits.map((s) => [s.party, s.commissionAmount]), [['李娜', '10.00']]);
  });

  it('a deal with no commission and no commission_rate keeps every party line, commission empty', () => {
    const r = run(reg(
      { date: '2026-03-01', phone: A, rep: '李娜', event: '来访' },
      { date: '2026-03-05', phone: A, rep: '王强', event: '成交', amount: 100 },
    ), 'realestate');
    assert.deepEqual(r.splits.map((s) => [s.party, s.role, s.creditAmount, s.commissionAmount]), [['李娜', 'owner', '0.00', ''], ['王强', 'closer', '100.00', '']]);
  });

  it('a Rules-style YAML table with Chinese fact names fails naming the row, the fact, the value and what is allowed', () => {
    assert.throws(() => validatePolicy({ deal_cases: [{ when: { owner_status: 'sleeping' }, credit: { closer: 100 } }] }),
      (e: Error) => e instanceof PolicyError && /deal_cases row 1: fact owner_status \(成交前归属状态\): value "sleeping" is not allowed; expected one or more of protected, locked, expired, pool, none/.test(e.message));
    assert.throws(() => validatePolicy({ deal_cases: [{ credit: { owner: 60, closer: 30 } }] }), /deal_cases row 1: credit owner 60 \+ closer 30 = 90; the percents must sum to 100/);
    assert.throws(() => validatePolicy({ deal_cases: [{ when: { mood: 'yes' }, credit: { closer: 100 } }] }), /deal_cases/);
  });

  it('lint names gaps and unreachable rows with their row numbers', () => {
    const policy = policyFromText([
      'deal_cases:',
      '  - { when: { closer_is_owner: yes }, credit: { closer: 100 } }',
      '  - { when: { closer_is_owner: yes, days_since_first: "<=30" }, credit: { closer: 100 } }',
      '  - { when: { closer_is_owner: no, days_since_first: "<=30" }, credit: { owner: 50, closer: 50 } }',
    ].join('\n'), 'cases.yaml');
    const issues = lintCaseTable(compileCaseTable(policy));
    assert.deepEqual(issues.map((i) => [i.kind, i.rows]), [['gap', []], ['unreachable', [2]]]);
    assert.match(issues[0].message, /closer_is_owner no, days_since_first 31/);
    assert.ok(lintOwnershipPolicy(policy).some((i) => i.key === 'deal_cases' && /row 2 can never be the first match/.test(i.message)));
  });

  it('the split keys compile into the default table that check prints', () => {
    const lines = caseTableLines(compileCaseTable(validatePolicy({ assist_commission: { owner: 50, closer: 50 } })));
    assert.equal(lines[0], 'deal-case table (default, from the split keys; hit policy FIRST):');
    assert.equal(lines[4], '  4. when closer_is_owner no, owner_status "protected","locked": credit owner 0 / closer 100; commission owner 50 / closer 50; after keep');
    assert.equal(lines[5], '  5. when any deal: credit closer 100; commission closer 100; after keep');
    assert.deepEqual(lintCaseTable(compileCaseTable(validatePolicy({}))), []);
  });
});

describe('ownership facts of the regulations', () => {
  it('002 关于客户归属权 三: 自该客户来园区参观的第一天算起，给业务员三个月的追单期限 — protection_from first_visit', () => {
    const rows = reg(
      { date: '2026-03-01', phone: A, rep: '李娜', event: '报备' },
      { date: '2026-03-05', phone: A, rep: '李娜', event: '来访' },
    );
    const policy = { claim_events: ['report' as const], report_visit_days: 5, protection_days: 90, deal_expire_days: 90, renew_on_contact: false };
    assert.equal(run(rows, 'realestate', policy).ownerOf(A)!.protectedUntil, '2026-05-30');
    const fromVisit = run(rows, 'realestate', { ...policy, protection_from: 'first_visit' }).ownerOf(A)!;
    assert.equal(fromVisit.protectedUntil, '2026-06-03');
    assert.match(fromVisit.reason, /protection counts from the first visit 2026-03-05 row 3/);
  });

  it('002 关于客户归属权 三: 三个月内客户既没有交定金 … 视为放弃 — deposit_keeps holds the customer until the deal', () => {
    const rows = reg(
      { date: '2026-01-01', phone: A, rep: '李娜', event: '来访' },
      { date: '2026-01-20', phone: A, rep: '李娜', event: '定金' },
      { date: '2026-06-01', phone: A, rep: '王强', event: '来访' },
    );
    const policy = { protection_days: 90, renew_on_contact: false, lock_days: 0 };
    assert.equal(run(rows, 'realestate', policy).ownerOf(A)!.owner, '王强');
    const kept = run(rows, 'realestate', { ...policy, deposit_keeps: true }).ownerOf(A)!;
    assert.equal(kept.owner, '李娜');
    assert.equal(kept.status, 'locked');
  });

  it('002 房地产 四: 一个月之内客户归原接待 … 一个月以后归第二接待人 — renewal off, count_event_day ends the month a day earlier', () => {
    const rows = reg(
      { date: '2026-03-01', phone: A, rep: '李娜', event: '来访' },
      { date: '2026-03-20', phone: A, rep: '李娜', event: '跟进' },
      { date: '2026-03-31', phone: A, rep: '王强', event: '来访' },
    );
    assert.equal(run(rows, 'realestate', { renew_on_contact: false }).ownerOf(A)!.owner, '李娜', 'day 30 after the visit still protected');
    assert.equal(run(rows, 'realestate', { renew_on_contact: false, count_event_day: true }).ownerOf(A)!.owner, '王强', 'the visit day is day 1');
    assert.equal(run(rows, 'realestate', { renew_on_contact: true }).ownerOf(A)!.owner, '李娜');
  });

  it('002 达方 2/4: 一个月内有过沟通或续单的老客户 — a deal (续单) renews protection when renew_events names it', () => {
    const rows = reg(
      { date: '2026-01-01', phone: A, rep: '李娜', event: '来访' },
      { date: '2026-01-25', phone: A, rep: '李娜', event: '成交', amount: 100, commission: 1 },
      { date: '2026-02-20', phone: A, rep: '王强', event: '来访' },
    );
    assert.equal(run(rows, 'store-30', { renew_events: ['visit', 'call'] }).ownerOf(A)!.owner, '王强');
    assert.equal(run(rows, 'store-30', { renew_events: ['visit', 'call', 'deal'] }).ownerOf(A)!.owner, '李娜');
  });

  it('002 成交客户 一: 一个月以后，客户指明销售人员 … 的归原销售人员 — designation_on later_visit', () => {
    const rows = reg(
      { date: '2026-01-01', phone: A, rep: '李娜', event: '来访' },
      { date: '2026-03-01', phone: A, rep: '王强', event: '来访', designated: '李娜' },
    );
    assert.equal(run(rows, 'realestate').ownerOf(A)!.owner, '王强');
    assert.equal(run(rows, 'realestate', { designation_on: 'later_visit' }).ownerOf(A)!.owner, '李娜');
  });

  it('002 房地产 九 / 达方 3: 老客户带新客户 … 由原销售人员接待 (no time limit) — referral_after_lapse, and why a referrer was not honoured', () => {
    const rows = reg(
      { date: '2026-01-01', name: '张伟', phone: A, rep: '李娜', event: '来访' },
      { date: '2026-03-15', name: '陈静', phone: C, rep: '王强', event: '来访', referrer: '张伟', along: '是' },
    );
    const strict = run(rows, 'realestate', { referral_after_lapse: false }).ownerOf(C)!;
    assert.equal(strict.owner, '王强');
    assert.match(strict.reason, /referrer 张伟 named on row 3 not honoured: 张伟's owner 李娜 was protected only until 2026-01-31 \(referral_after_lapse is off\)/);
    assert.equal(run(rows, 'realestate', { referral_after_lapse: true }).ownerOf(C)!.owner, '李娜');
  });

  it('002: 当天下午5点以前用短信形式上报 — report_cutoff moves a late report to the next day', () => {
    const rows = reg(
      { date: '2026-03-01 17:30', phone: A, rep: '李娜', event: '报备' },
      { date: '2026-03-02', phone: A, rep: '李娜', event: '来访' },
    );
    const policy = { claim_events: ['report' as const], protection_days: 7, renew_on_contact: false };
    assert.equal(run(rows, 'realestate', policy).ownerOf(A)!.ownerSince, '2026-03-01');
    const late = run(rows, 'realestate', { ...policy, report_cutoff: '17:00' }).ownerOf(A)!;
    assert.equal(late.ownerSince, '2026-03-02');
    assert.match(late.reason, /report row 2 at 17:30 is after the 17:00 cut-off: it counts from 2026-03-02/);
    assert.equal(policyFromText('report_cutoff: 17点', 'x.yaml').report_cutoff, '17:00');
  });

  it('000: 开盘前正式报备的，有效期至开盘当日止 — opening_date', () => {
    const rows = reg({ date: '2026-03-01', phone: A, rep: '李娜', team: '链家', event: '报备' });
    const policy = { claim_events: ['report' as const], protection_days: 7, renew_on_contact: false };
    assert.equal(run(rows, 'realestate', policy, '2026-04-01').ownerOf(A)!.status, 'expired');
    const open = run(rows, 'realestate', { ...policy, opening_date: '2026-04-18' }, '2026-04-01').ownerOf(A)!;
    assert.equal(open.status, 'protected');
    assert.equal(open.protectedUntil, '2026-04-18');
  });

  it('000 XX项目 5: XX项目老业主以及由老业主介绍成交的新客户均认定为现场客户 — previous_owners_site', () => {
    const rows = reg(
      { date: '2026-01-01', name: '张伟', phone: A, rep: '李娜', event: '来访' },
      { date: '2026-01-10', name: '张伟', phone: A, rep: '李娜', event: '成交', amount: 100, commission: 1 },
      { date: '2026-06-01', name: '陈静', phone: C, rep: '王强', event: '来访', referrer: '张伟' },
    );
    assert.equal(run(rows, 'intermediary-90', { previous_owners_site: false }).ownerOf(C)!.owner, '王强');
    const site = run(rows, 'intermediary-90', { previous_owners_site: true }).ownerOf(C)!;
    assert.equal(site.status, 'pool');
    assert.match(site.reason, /referred by previous buyer 张伟 \(老带新\) is a site customer \(现场客户\)/);
  });
});

describe('register columns for the new facts', () => {
  it('have Chinese and English header aliases, and a penalty event in both languages', () => {
    const pairs: [string, string][] = [['休息外出', 'absent'], ['Owner Absent', 'absent'], ['认出', 'recognised'], ['Recognized', 'recognised'],
      ['合同署名', 'contract_names'], ['Contract Names', 'contract_names'], ['违规类型', 'violation'], ['Penalty Kind', 'violation']];
    for (const [header, field] of pairs) assert.equal(fieldOfHeader(header), field, header);
    for (const word of ['捞客', '甩客', '罚款', 'penalty', 'Deduction']) assert.equal(eventOfValue(word), 'penalty', word);
  });
  it('keep the time of day of a date cell: text, an Excel serial, a date-time cell; a plain date has none', () => {
    assert.equal(minuteOfCell('2026-03-01 17:30'), 17 * 60 + 30);
    assert.equal(minuteOfCell('2026年3月1日 9:05'), 9 * 60 + 5);
    assert.equal(minuteOfCell(46082.75), 18 * 60);
    assert.equal(minuteOfCell(new Date(Date.UTC(2026, 2, 1, 16, 59))), 16 * 60 + 59);
    assert.equal(minuteOfCell('2026-03-01'), -1);
    assert.equal(minuteOfCell(46082), -1);
    const r = parseRegister([['日期', '电话', '销售员', '类型', '休息外出', '认出', '合同署名'], ['2026-03-01 17:30', A, '李娜', '报备', '外出', '是', '李娜、王强']]);
    assert.deepEqual(r.rows().map((x) => [x.minute, x.absent, x.recognised, x.contractNames]), [[1050, '外出', '是', '李娜、王强']]);
  });
});

describe('settings that contradict each other or do nothing', () => {
  it('fail naming the key, the value and what is allowed', () => {
    assert.throws(() => validatePolicy({ designation_on: 'later_visit' }, 'p.yaml'),
      /p\.yaml: key designation_on: value "later_visit" contradicts honor_designation no; allowed: first_claim, or set honor_designation yes/);
    assert.throws(() => validatePolicy({ referral_after_lapse: true }, 'p.yaml'), /key referral_after_lapse: value true contradicts honor_referral no/);
    assert.throws(() => validatePolicy({ protection_from: 'report' } as never, 'p.yaml'), /key protection_from: value "report" is not allowed; expected claim .* or first_visit/);
    assert.throws(() => policyFromText('opening_date: 开盘那天', 'p.yaml'), /key opening_date: value "开盘那天" is not allowed; expected a date YYYY-MM-DD/);
  });
  it('lint names settings that have no effect', () => {
    const keys = lintOwnershipPolicy(validatePolicy({
      claim_events: ['visit'], protection_from: 'first_visit', report_cutoff: '17:00', opening_date: '2026-05-01',
      introduction_before_registration: true, company_requires_new: true, household_grouping: false, household_commission: { first: 50, second: 50 },
    })).map((i) => i.key);
    assert.deepEqual(keys, ['protection_from', 'report_cutoff', 'opening_date', 'introduction_before_registration', 'company_requires_new', 'household_commission']);
    assert.deepEqual(lintOwnershipPolicy(validatePolicy({ deal_cases: [{ credit: { closer: 100 } }], assist_credit: { owner: 50, closer: 50 } })).map((i) => i.key), ['assist_credit']);
  });
});

describe('penalties (处罚)', () => {
  const P = ['日期', '客户', '电话', '销售员', '类型', '金额', '佣金', '违规类型'];
  const rows: Cell[][] = [P,
    ['2026-03-01', '张伟', A, '王强', '来访', '', '', ''],
    ['2026-03-05', '张伟', A, '王强', '成交', 1000000, 12000.01, ''],
    ['2026-03-06', '', '', '王强', '捞客', '', '', ''],
    ['2026-03-07', '', '', '李娜', '甩客', '', '', ''],
    ['2026-03-20', '', '', '王强', '处罚', '', '', '违规'],
    ['2026-03-21', '', '', '李娜', 'penalty', 20.5, '', '迟到'],
    ['2026-03-22', '', '', '李娜', '处罚', '', '', '未知'],
  ];
  it('000 XX项目 7: 如发现中介业务员有捞客嫌疑 … 每次扣除5000元佣金; 002 达方 5: 甩客 … 50元的处罚; 001: 当月应发奖金的50% — their own Splits lines', () => {
    const r = run(rows, 'realestate', { penalties: { 捞客: 5000, 甩客: 50, 违规: '50%' } });
    assert.deepEqual(r.splits.map((s) => [s.dealRow, s.party, s.role, s.commissionAmount]), [
      ['3', '王强', 'closer', '12000.01'],
      ['4', '王强', 'penalty', '-5000.00'],
      ['5', '李娜', 'penalty', '-50.00'],
      ['6', '王强', 'penalty', '-6000.01'],
      ['7', '李娜', 'penalty', '-20.50'],
      ['8', '李娜', 'penalty', ''],
    ]);
    assert.equal(r.splits[1].reason, "penalty 捞客 2026-03-06 row 4: 5000.00 deducted from 王强's commission (penalties: 捞客 5000)");
    assert.equal(r.splits[3].reason, "penalty 违规 2026-03-20 row 6: 6000.01 deducted from 王强's commission (penalties: 违规 50% of 12000.01 commission in 2026-03)");
    assert.match(r.splits[5].reason, /nothing deducted: the row has no amount and penalties has no entry for "未知" \(kinds: 捞客, 甩客, 违规\)/);
    assert.equal(r.owners.length, 1, 'penalty rows that name no customer are no customer group');
  });
  it('the Dashboard nets penalties out of commission per salesperson and shows them in a column of their own', () => {
    const r = run(rows, 'realestate', { penalties: { 捞客: 5000, 甩客: 50, 违规: '50%' } });
    const sheet = dashboardSheet({ asOf: '2026-03-31', owners: r.owners, splits: r.splits, conflicts: r.conflicts, grades: null, exceptions: 0, decimals: 2 });
    const [summary, , people] = sheet.blocks;
    assert.deepEqual([...summary.rows][0].slice(1, 4), ['1', '1000000.00', '12000.01'], 'penalty rows are no deals');
    assert.deepEqual(people.columns.map((c) => c.en).slice(-2), ['Commission Amount', 'Penalties']);
    assert.deepEqual([...people.rows].map((row) => [row[0], row[4], row[5]]), [['王强', '1000.00', '-11000.01'], ['李娜', '-70.50', '-70.50']]);
  });
  it('penalties read from a Rules-sheet text value', () => {
    assert.deepEqual(policyFromText('penalties: 捞客 5000元, 甩客 50, 违规 50%', 'p.yaml').penalties, { 捞客: 5000, 甩客: 50, 违规: '50%' });
    assert.throws(() => policyFromText('penalties: 捞客 很多', 'p.yaml'), /key penalties: value "捞客 很多" is not allowed; expected penalty kinds/);
  });
});

describe('a deal-case table in a Rules sheet', () => {
  const sheet: Cell[][] = [
    ['规则'],
    ['保护期天数', 30],
    [],
    ['成交人即归属人', '与协助接待同日', '业绩 归属人', '业绩 成交人', '佣金 归属人', '佣金 成交人', '成交后归属', '说明'],
    ['否', '是', 50, 50, 50, 50, '不变', '当天成交，分单50%'],
    ['否', '-', 0, 100, '50%', '50%', '归成交人', ''],
    ['-', '-', 0, 100, 0, 100, '', ''],
  ];
  it('reads as deal_cases with the sheet row numbers, and reasons name them', () => {
    const policy = policyFromRulesSheet(sheet);
    assert.equal(policy.protection_days, 30);
    assert.deepEqual(policy.deal_cases!.map((r) => [r.row, r.after, r.note]), [[5, 'keep', '当天成交，分单50%'], [6, 'closer', ''], [7, 'keep', '']]);
    assert.deepEqual(policy.deal_cases![1].commission, { 归属人: 50, 成交人: 50 });
    const r = run(reg(
      { date: '2026-03-01', phone: A, rep: '李娜', event: '来访' },
      { date: '2026-03-03', phone: A, rep: '王强', event: '来访' },
      { date: '2026-03-09', phone: A, rep: '王强', event: '成交', amount: 100, commission: 10 },
    ), 'realestate', { deal_cases: policy.deal_cases });
    assert.match(r.splits[0].reason, /^deal case 6: closer_is_owner 否; credit 李娜 0% \/ 王强 100%, commission 李娜 50% \/ 王强 50%; the customer passes to the closer$/);
  });
  it('a share that is no percent names its cell', () => {
    const bad = sheet.map((r) => [...r]);
    bad[5][4] = '一半';
    assert.throws(() => policyFromRulesSheet(bad), /Rules!E6: 佣金 归属人: value "一半" is not allowed; expected a percent from 0 to 100/);
  });
});

describe('deal facts, one by one', () => {
  /** The parties of the register's deals under a table whose first row tests `when` and pays `pay`; the rest go to the closer. */
  const parties = (rows: Row[], when: Record<string, string>, pay: Record<string, number>, overrides = {}): string[][] => {
    const r = run(reg(...rows), 'realestate', { deal_cases: [{ when, credit: pay }, { credit: { closer: 100 } }], ...overrides });
    return r.splits.map((s) => [s.party, s.role]);
  };
  const claim = { date: '2026-03-01', phone: A, rep: '李娜', event: '来访' };
  const deal = (date: string, rep = '王强', extra: Row = {}): Row => ({ date, phone: A, rep, event: '成交', amount: 100, commission: 1, ...extra });

  it('owner_status (成交前归属状态): protected, expired, none — 002 房地产 四: 一个月以后归第二接待人', () => {
    assert.deepEqual(parties([claim, deal('2026-03-20')], { owner_status: 'protected' }, { owner: 100 }), [['李娜', 'owner']]);
    assert.deepEqual(parties([claim, deal('2026-05-20')], { owner_status: 'expired' }, { owner: 100 }), [['李娜', 'owner']], 'the owner on record after protection ended');
    assert.deepEqual(parties([deal('2026-05-20')], { owner_status: 'none' }, { department: 100 }), [['部门', 'department']]);
  });

  it('days_since_first (距首次接待天数) — 001 万科: 登记有效期为一个月', () => {
    const rows = [claim, { ...claim, date: '2026-03-20', event: '跟进' }, deal('2026-04-05')];
    assert.deepEqual(parties(rows, { days_since_first: '>30' }, { first_receiver: 100 }), [['李娜', 'first receiver']]);
    assert.deepEqual(parties(rows, { days_since_first: '<=30' }, { first_receiver: 100 }), [['王强', 'closer']]);
  });

  it('designated (指定接待): first_visit, mid_reception, later_visit — 002 成交客户 六: 客户来访时指明回访过客户的销售人员接待，归属该销售人员', () => {
    const first = [{ ...claim, designated: '周婷' }, deal('2026-03-05')];
    assert.deepEqual(parties(first, { designated: 'first_visit' }, { designated: 100 }, { honor_designation: false }), [['周婷', 'designated']]);
    const mid = [claim, { date: '2026-03-01', phone: A, rep: '吴磊', event: '来访', designated: '周婷' }, deal('2026-03-05')];
    assert.deepEqual(parties(mid, { designated: 'mid_reception' }, { designated: 100 }), [['周婷', 'designated']]);
    const later = [claim, { date: '2026-03-04', phone: A, rep: '李娜', event: '来访', designated: '周婷' }, deal('2026-03-05')];
    assert.deepEqual(parties(later, { designated: 'later_visit' }, { designated: 100 }), [['周婷', 'designated']]);
  });

  it('after designated (归指定接待人) — 002 房地产 十: 由销售经理指定销售人员负责 … 成交后归属指定销售人员', () => {
    const r = run(reg({ ...claim, designated: '周婷' }, deal('2026-03-05')), 'realestate',
      { honor_designation: false, deal_cases: [{ credit: { closer: 100 }, after: 'designated' }] });
    assert.equal(r.ownerOf(A)!.owner, '周婷');
  });

  it('referral (老客户介绍): accompanied, phoned, named, and the referrer\'s owner role — 002 成交客户 五 1/3', () => {
    const old = { date: '2026-02-25', name: '张伟', phone: B, rep: '赵敏', event: '来访' };
    const with_ = (r: Row): Row[] => [old, { ...claim, ...r }, deal('2026-03-05')];
    const cases = { honor_referral: false, referral_after_lapse: false };
    assert.deepEqual(parties(with_({ referrer: '张伟', along: '是' }), { referral: 'accompanied' }, { referrer_owner: 100 }, cases), [['赵敏', "referrer's owner"]]);
    assert.deepEqual(parties(with_({ referrer: '张伟', event: '来电' }), { referral: 'phoned' }, { referrer_owner: 100 }, cases), [['赵敏', "referrer's owner"]]);
    assert.deepEqual(parties(with_({ referrer: '张伟' }), { referral: 'named' }, { referrer_owner: 100 }, cases), [['赵敏', "referrer's owner"]]);
    assert.deepEqual(parties(with_({}), { referral: '"accompanied","phoned","named"' }, { referrer_owner: 100 }, cases), [['王强', 'closer']]);
  });

  it('introduced (员工介绍): before or after registration, and the introducer role — 万科 6(2)3', () => {
    const before = [{ ...claim, referrer: '赵会计' }, deal('2026-03-05')];
    const after = [claim, { ...claim, date: '2026-03-02', event: '跟进', referrer: '赵会计' }, deal('2026-03-05')];
    const pay = { introducer: 30, closer: 70 };
    const o = { introducers: ['赵会计'] };
    assert.deepEqual(parties(before, { introduced: 'before_registration' }, pay, o), [['赵会计', 'introducer'], ['王强', 'closer']]);
    assert.deepEqual(parties(after, { introduced: 'before_registration' }, pay, o), [['王强', 'closer']]);
    assert.deepEqual(parties(after, { introduced: 'after_registration' }, pay, o), [['赵会计', 'introducer'], ['王强', 'closer']]);
  });

  it('company (公司客户): new or registered, and the pool role — 001 万科 6(1) 2–5', () => {
    const fresh = [{ ...claim, team: '公司' }, deal('2026-03-05', '李娜', { team: '公司' })];
    const registered = [claim, deal('2026-03-05', '李娜', { team: '公司' })];
    const o = { company_teams: ['公司'], company_pool_party: '公司公佣' };
    assert.deepEqual(parties(fresh, { company: 'new' }, { pool: 100 }, o), [['公司公佣', 'pool']]);
    assert.deepEqual(parties(registered, { company: 'new' }, { pool: 100 }, o), [['李娜', 'closer']]);
    assert.deepEqual(parties(registered, { company: 'registered' }, { pool: 100 }, o), [['公司公佣', 'pool']]);
  });

  it('household_receivers (家庭成员分别接待) — 002 房地产 六: 家庭成员分别登记', () => {
    const rows = [{ ...claim, home: 'H1' }, { date: '2026-03-02', phone: B, home: 'H1', rep: '王强', event: '来访' }, { ...deal('2026-03-05'), phone: B, home: 'H1' }];
    assert.deepEqual(parties(rows, { household_receivers: 'yes' }, { owner: 50, closer: 50 }), [['李娜', 'owner'], ['王强', 'closer']]);
    assert.deepEqual(parties(rows, { household_receivers: 'no' }, { owner: 50, closer: 50 }), [['王强', 'closer']]);
  });

  it('contract_names (合同署名): owner, closer, both, other, none — 000 联合代理: 以合同署名为准', () => {
    const at = (names: string): string[][] => parties([claim, deal('2026-03-05', '王强', { contract: names })], { contract_names: 'both' }, { owner: 50, closer: 50 });
    assert.deepEqual(at('李娜、王强'), [['李娜', 'owner'], ['王强', 'closer']]);
    assert.deepEqual(at('王强'), [['王强', 'closer']]);
    const which = (names: string, v: string): number => parties([claim, deal('2026-03-05', '王强', { contract: names })], { contract_names: v }, { owner: 100 }).length;
    assert.equal(which('李娜', 'owner'), 1);
    assert.equal(which('王强', 'closer'), 1);
    assert.equal(which('某人', 'other'), 1);
    assert.equal(which('', 'none'), 1);
  });

  it('closer_is_owner (成交人即归属人) and days_since_claim (距归属天数)', () => {
    assert.deepEqual(parties([claim, deal('2026-03-05', '李娜')], { closer_is_owner: 'yes', days_since_claim: '[0..7]' }, { department: 100 }), [['部门', 'department']]);
    assert.deepEqual(parties([claim, deal('2026-03-15', '李娜')], { closer_is_owner: 'yes', days_since_claim: '[0..7]' }, { department: 100 }), [['李娜', 'closer']]);
  });

  it('a role nobody holds on a deal passes its share to the closer and the reason says so', () => {
    const r = run(reg(claim, deal('2026-03-05')), 'realestate', { deal_cases: [{ credit: { designated: 50, closer: 50 } }] });
    assert.deepEqual(r.splits.map((s) => [s.party, s.role, s.creditAmount]), [['王强', 'designated', '50.00'], ['王强', 'closer', '50.00']]);
    assert.match(r.splits[0].reason, /no designated on this deal: the closer takes that share/);
  });
});
