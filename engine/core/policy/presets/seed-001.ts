/**
 * Presets from seed 001 (客户管理管理制度 15篇): the real-estate regulations with executable rules, 第11篇, 第12篇
 * and 第14篇. "一个月" / "2个月" are counted as 30 / 60 days, the engine's unit.
 */
import { preset } from './preset';

/** The party a deal is booked to while 万科 7.7 leaves it to the sales director (报销售总监审批). */
export const PENDING_VANKE = '待销售总监审批';

/** 001 第12篇 万科房地产销售部客户管理制度. */
export const vankeSales = preset({
  name: 'vanke-sales',
  aliases: [],
  title: '万科房地产销售部客户管理制度',
  seed: '001',
  summary: {
    zh: '登记有效期一个月，先登记者为准，来电不定归属；未认出原售楼员而当场成交的客户和佣金全归新售楼员；公司客户公佣30%；员工介绍佣金30%；夫妻客佣金各半',
    en: 'registration holds one month, first registration wins, calls never decide; a deal on the spot without recognising the first receiver goes wholly to the new one; company customers 30% to the pool; employee introductions 30%; couples halve the commission',
  },
  settings: {
    name: 'vanke-sales',
    description: '登记有效期一个月，先登记者为准，来电不定归属，未认出而当场成交全归新售楼员，公司客户公佣30%，员工介绍30%',
    claim_events: ['visit'],
    protection_days: 30,
    renew_on_contact: false,
    honor_designation: true,
    honor_referral: false,
    household_grouping: true,
    introduction_before_registration: true,
    company_requires_new: true,
    company_pool_party: '公佣',
    deal_cases: [
      { when: { company: 'new', designated: 'first_visit' }, credit: { closer: 100 }, commission: { pool: 100 }, note: '6(1)2 如解释无效或其它原因造成指定接待的，视为该售楼员义务接待，不计入排班，成交佣金全部作为公佣' },
      { when: { company: 'new' }, credit: { closer: 100 }, commission: { pool: 30, closer: 70 }, note: '6(1)3 由售楼员全程跟进成交的，成交佣金该售楼员得70%，30%作为公佣' },
      { when: { introduced: 'before_registration' }, credit: { closer: 100 }, commission: { introducer: 30, closer: 70 }, note: '6(2)5 成交佣金的30%为介绍人的佣金，70%为接待客户的售楼员的佣金' },
      { when: { designated: 'mid_reception' }, credit: { first_receiver: 70, designated: 30 }, note: '5.2 如该客户成交，佣金的70%归最先接待的售楼员，30%归被指定接待的售楼员' },
      { when: { designated: 'later_visit' }, credit: { first_receiver: 100 }, note: '5.3 如该客户成交，全部佣金归最先接待的售楼员' },
      { when: { closer_is_owner: 'yes' }, credit: { closer: 100 }, note: '7.3 客户登记有冲突时，以先登记者为准' },
      { when: { owner_status: '"expired","pool","none"' }, credit: { closer: 100 }, note: '7.1 登记有效期为一个月' },
      { when: { household_receivers: 'yes' }, credit: { owner: 50, closer: 50 }, note: '7.4 夫妻客…由甲、乙共同接待，佣金双方各得一半' },
      { when: { owner_absent: 'no', recognised: 'no' }, credit: { closer: 100 }, after: 'closer', note: '3.7h/j 未认出原售楼员的，客户资源和佣金全部归新售楼员所有' },
      { when: { owner_absent: 'no', recognised: 'yes', same_day_as_assist: 'no' }, credit: { owner: 50, closer: 50 }, after: 'closer', note: '3.7i 在之后1个月内认出来的，客户由新售楼员负责跟进，成交佣金由原售楼员和新售楼员平分' },
      { credit: { [PENDING_VANKE]: 100 }, note: '7.7 对于依上述条款仍无法分清客户归属及佣金分配的，由项目经理根据争议双方过错大小和对成交贡献的大小提出书面意见，报销售总监审批' },
    ],
  },
  cites: {
    claim_events: '7.1 售楼员接待来访客户，必须认真填写《客户来访登记表》; 3.13 来电登记内容不作为确定客户归属的依据',
    protection_days: '7.1 登记有效期为一个月',
    renew_on_contact: '7.1 登记有效期 (counted from registration; no renewal is stated)',
    honor_designation: '5.1 新客户在进入实质性接待之前(参观、讲解)指定要求某个销售人员接待的，原则上可遵从客户意愿',
    honor_referral: '5.4 对于老客户介绍新客户的，除非符合指定接待的条件，一律作新客户处理',
    household_grouping: '7.4 夫妻客在成交前分别来访',
    introduction_before_registration: '6(2)3 如未经此程序而由现场销售人员已登记在先了，再主张为自己介绍的客户的一律不予支持',
    company_requires_new: '6(1)1 对在与公司或公司高层联系和咨询销售事宜前已先到访售楼现场并已办理了客户登记的，不再视为公司客户',
    company_pool_party: '6(1)2–5 作为公佣',
    deal_cases: '3.7h–j, 5.2, 5.3, 6(1)2–3, 6(2)5, 7.1, 7.3, 7.4 (the rows cite their sentences; 万科 speaks of 佣金 only, so credit follows the commission shares)',
  },
  unsettled: [
    'the project names its own lists: introducers (6(2) 公司其他员工, the 介绍客户登记表) and company_teams (6(1) 公司客户, the register\'s channel values); 6(1)4, 6(1)5 (直接安排成交: 30% / 0% to the salesperson) are not told apart from 6(1)3',
    `3.7g 如当日原售楼员认出客户…则还由原售楼员进行接待 and 4.2 (the owner away, 义务接待) with a deal by the other are not decided by the articles: 7.7 books the deal to "${PENDING_VANKE}" until the director decides`,
    '7.5a 老客户打电话直接给以前接待过的售楼员 / 7.5b 事先声明找甲售楼员: a referral counts only as a designation (5.4)',
  ],
});

/** 001 第11篇 房地产公司员工介绍客户管理办法. */
export const employeeIntroduction = preset({
  name: 'employee-introduction',
  aliases: [],
  title: '房地产公司员工介绍客户管理办法',
  seed: '001',
  summary: {
    zh: '公司其他部门员工介绍的客户成交，佣金30%归介绍人、70%归接待的售楼员；业绩归接待售楼员',
    en: 'a customer introduced by an employee outside sales: commission 30% to the introducer, 70% to the receiving salesperson; credit to the salesperson',
  },
  settings: {
    name: 'employee-introduction',
    description: '员工介绍客户：成交佣金30%归介绍人、70%归接待售楼员',
    claim_events: ['visit'],
    introducer_commission: { introducer: 30, closer: 70 },
    introduction_before_registration: true,
  },
  cites: {
    claim_events: '4 介绍人应陪同客户前往接待台进行客户登记; 5 员工应将客户交由售楼员按轮班次序进行跟进',
    introducer_commission: '8 对于公司其他员工依上述规定介绍的客户最后成交的，成交佣金的30%为介绍人的佣金，70%为接待客户的售楼员的佣金',
    introduction_before_registration: '4 如未经此程序而由现场销售人员已登记在先了，再主张为自己介绍的客户的一律不予支持',
  },
  unsettled: [
    'the regulation is about introductions only: ownership between salespeople (protection 30 days) is the schema default, not its text',
    'introducers are named in the introducers key (the 《公司员工介绍客户登记表》 is not in the register)',
    '3 如客户未能在约定日来访，则介绍登记失效: the appointment date is not in the register',
  ],
});

/** 001 第14篇 房地产销售客户管理细则. */
export const filing2Months = preset({
  name: 'filing-2-months',
  aliases: [],
  title: '房地产销售客户管理细则',
  seed: '001',
  summary: {
    zh: '谁登记早是谁的客户，建档有效期2个月；客户不愿找原销售员而由他人成交，业绩归成交者，有效期内提成80%/20%；旧客户带来的新客户归原始接待者；家庭成交以先接待者为准',
    en: 'first registration owns for two months; a deal by another while the filing holds: credit to the closer, bonus 80% closer / 20% owner; customers brought by an old customer go to the first receiver; a family goes to whoever received first',
  },
  settings: {
    name: 'filing-2-months',
    description: '谁登记早是谁的客户，建档有效期2个月，他人成交提成80/20，旧客户带来的新客户归原始接待者，家庭以先接待者为准',
    claim_events: ['visit'],
    protection_days: 60,
    renew_on_contact: false,
    honor_designation: true,
    honor_referral: true,
    referral_requires_accompany: true,
    household_grouping: true,
    designation_on: 'later_visit',
    penalties: { 违规: '50%' },
    deal_cases: [
      { when: { designated: 'later_visit', closer_is_owner: 'no', owner_absent: 'yes' }, credit: { owner: 100 }, commission: { owner: 80, closer: 20 }, note: '(五)3(3) 客户说出b曾接待过，但b不在现场，则由销售员c协助接待…若成交后，业绩属b，奖金b:80%，c:20%分配' },
      { when: { designated: 'later_visit' }, credit: { closer: 50, first_receiver: 50 }, note: '(五)3(8) 如有客户在第n次来看楼时，指定a接待，则由a接待，成交后，业绩奖金属a:50%，n次前的销售员50%' },
      { when: { closer_is_owner: 'yes' }, credit: { closer: 100 }, note: '(五)1 谁登记早是谁的客户' },
      { when: { owner_status: '"expired","pool","none"' }, credit: { closer: 100 }, note: '(五)3(2) 若b属建档无效期，则与b无关' },
      { when: { household_receivers: 'yes' }, credit: { owner: 100 }, note: '(五)3(11) 客户中家庭有一方先来看房，另一方后来看房，成交后以先接待者为准' },
      { when: { same_day_as_assist: 'yes' }, credit: { closer: 100 }, commission: { owner: 50, closer: 50 }, note: '(二)5 如果当日成交，奖金则五五分成' },
      { credit: { closer: 100 }, commission: { owner: 20, closer: 80 }, note: '(五)3(2) 若成交则业绩属a，若b属建档有效期，提成为a:80%，b:20%' },
    ],
  },
  cites: {
    claim_events: '(五)1 客户首访原则。发生客户纠纷时，以客户登记表的时间和经理的晚会记录为准，谁登记早是谁的客户',
    protection_days: '(五)2(1) 客户建档有效期为2个月',
    renew_on_contact: '(五)2(1) 建档有效期 (counted from the filing; no renewal is stated)',
    honor_designation: '(二)5(1) 如首次来访客户，进门后即要求指定某个销售员接待，即为该销售员客户',
    honor_referral: '(五)3(10) 原则上由旧客户带来的新客户，属原始接待者所有',
    referral_requires_accompany: '(五)3(10) 旧客户带来的 (the old customer comes along)',
    household_grouping: '(五)3(11) 客户中家庭有一方先来看房，另一方后来看房',
    designation_on: '(五)3(8) 如有客户在第n次来看楼时，指定a接待，则由a接待',
    penalties: '(二)4 如有抢客、争客或怠慢客户…情况严重者，将扣罚当月基本工资和当月应发奖金的50%',
    deal_cases: '(二)5, (五)1, (五)3(2), 3(3), 3(8), 3(11) (the rows cite their sentences)',
  },
  unsettled: [
    '(五)3(7) 忘记谁(b)接待…若属建档有效期…奖金a:50%，b:50%: a deal by a after finding b later is split as (五)3(2), 80/20',
    '(五)4 当所发生的客户交叉情况本标准没有明确时，由部门经理进行界定…否则该交叉楼宇的业绩、奖金归部门: not listed in Conflicts',
    '(二)4 扣罚当事人当日基本工资: salaries are not in the register; only the 50% of the month\'s bonus is a penalty kind (违规)',
  ],
});

/** The presets of seed 001, in the order of the seed. */
export const SEED_001 = [employeeIntroduction, vankeSales, filing2Months];
