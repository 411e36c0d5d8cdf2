/**
 * Presets from seed 000 (客户认定规则 合集): the joint-agency rules, the returning-customer rules, the
 * distributors' reporting rules and the intermediary confirmation rules.
 */
import { preset } from './preset';

/** 000 客户认定规则 (联合代理公司 A/B). */
export const jointAgency = preset({
  name: 'joint-agency-7-60',
  aliases: [],
  title: '客户认定规则（联合代理）',
  seed: '000',
  summary: {
    zh: '明源接触记录（来人、来电）早者得，来访客户有效期7天以最后一次维护记录为准，成交客户有效期60天以第一次记录为准；接触早且在有效期内的一方获得全部佣金与面积',
    en: 'the earlier contact record (visit or call) wins; it holds 7 days from the last maintenance record, at most 60 days from the first; the earlier side in its period takes all commission and area',
  },
  settings: {
    name: 'joint-agency-7-60',
    description: '接触记录早者得，来访客户有效期7天（最后一次维护记录为准），最长60天（第一次记录为准），早者获全部佣金与面积',
    claim_events: ['visit', 'call'],
    protection_days: 7,
    renew_on_contact: true,
    renew_events: ['visit', 'call', 'followup'],
    max_protection_days: 60,
    honor_designation: true,
    honor_referral: true,
    referral_requires_accompany: true,
    household_grouping: true,
    deal_cases: [
      { when: { household_receivers: 'yes', contract_names: 'both' }, credit: { owner: 50, closer: 50 }, note: '3、(1)⑦b 如果两家接待的客户名字都出现在合同中，则业绩两家平分' },
      { when: { household_receivers: 'yes', contract_names: 'closer' }, credit: { closer: 100 }, note: '3、(1)⑦b 如果合同中只有一家接待的客户名字，则业绩归属该家' },
      { when: { closer_is_owner: 'yes' }, credit: { closer: 100 }, note: '3、(1)① 该客户的归属权或成交的该套房屋归属A方业务员' },
      { when: { owner_status: '"expired","pool","none"' }, credit: { closer: 100 }, note: '3、客户有效期的界定(1) 如来访客户有效期内无回访记录的，则作为新客户' },
      { credit: { owner: 100 }, note: '3、(1)① 若已成交，房屋的成交佣金与面积均由B方获得; ⑦a 如果成交，业绩归属首接公司' },
    ],
  },
  cites: {
    claim_events: '3、业绩界定(1)① B方的明源接触记录早(来人、来电、户外拓展)且在持续跟进的有效期，该组客户交由B方接待',
    protection_days: '3、客户有效期的界定(1) 来访客户有效期为7天…如来访客户有效期内无回访记录的，则作为新客户',
    renew_on_contact: '3、客户有效期的界定(1) 最后一次明源系统客户维护记录以及跟踪动作为准',
    renew_events: '3、客户有效期的界定(1) 客户维护记录以及跟踪动作 (visits, calls, follow-ups)',
    max_protection_days: '3、客户有效期的界定(2) 成交客户有效期为60天，以第一次明源系统客户维护记录时间为准',
    honor_designation: '2、(5) 该客户表示朋友让其直接找某位销售员接待; 3、(1)② 可由老客户指定的业务员接待',
    honor_referral: '2、(5) 除非第一次来访时老客户亲自带看现场…其他情形该名新客户均不作为之前老客户权属分配',
    referral_requires_accompany: '2、(5) 第一次来访时老客户亲自带看现场',
    household_grouping: '2、(4) 若客户回答其家人之前已经来过…通过明源系统进行查询而判断客户归属; 3、(1)⑦ 一家有不同成员分别来看',
    deal_cases: '3、(1)① and ⑦ (the rows cite their sentences)',
  },
  unsettled: [
    '2、(5) 老客户在该客户来访前提前致电某位销售员做好接待工作: a phoned-ahead referral does not claim (only an accompanied one or a designation)',
    '3、(1)⑤⑥ 关系户: 首接 or 两家一家一套轮流 is the marketing manager\'s assignment (a transfer row)',
    '3、客户有效期的界定(2) 如30天内经过A公司业务员跟踪…甲方代表有权对该部分客户进行权属转移: the transfer is a transfer row',
  ],
});

/** 000 客户认定标准规定 (回笼客). */
export const returningCustomer = preset({
  name: 'returning-customer',
  aliases: [],
  title: '客户认定标准规定（回笼客）',
  seed: '000',
  summary: {
    zh: '回笼客：以业务员的客户追踪表为依据；原业务员确认为其客户而接待人员已促成购买护照或成交的，业绩由两人各半；客户说明有客户介绍的由原业务员接待',
    en: 'returning customers follow the salespeople\'s tracking records; when the original salesperson is confirmed but another receiver has already sold, credit is halved; a referral named by the customer goes to the referrer\'s salesperson',
  },
  settings: {
    name: 'returning-customer',
    description: '回笼客以客户追踪表为依据，他人已促成购买或成交的业绩各半，明确表明有客户介绍的由原业务员接待',
    claim_events: ['visit'],
    protection_days: null,
    honor_referral: true,
    referral_requires_accompany: false,
    deal_cases: [
      { when: { closer_is_owner: 'yes' }, credit: { closer: 100 }, note: '3 以业务员的客户追踪表为依据' },
      { when: { owner_status: '"expired","pool","none"' }, credit: { closer: 100 }, note: '3 由第一位接待人员负责接待，之后该客户为其接待人员之客户' },
      { when: { owner_absent: 'yes', designated: 'later_visit' }, credit: { owner: 50, closer: 50 }, note: '5 当客户明确指出业务员姓名时…客户若由其它人接待而发生购买护照或成交情况时，该业绩由接待人员和原业务员各半，该客户仍由原业务员继续服务' },
      { credit: { owner: 50, closer: 50 }, after: 'closer', note: '3 当时已发生购买护照或成交情况时，由接待人员继续接待，其业绩由原业务人员和接待人员各半…但该组客户将转由接待人员做后续服务; 5 该组客户由新接待人员后续服务' },
    ],
  },
  cites: {
    claim_events: '1 业务员接待来客完毕当天必须落实填写…来客资料表(交由控台建档)',
    protection_days: '3 下列任何情况，以业务员的客户追踪表为依据 (no period is stated)',
    honor_referral: '4 被介绍人参观时未指名业务员姓名但明确表明有客户介绍时…控台查询后告知原业务员，由原业务员负责接待',
    referral_requires_accompany: '4 明确表明有客户介绍 (the referrer need not come along)',
    deal_cases: '3 and 5 (the rows cite their sentences)',
  },
  unsettled: [
    '3 当客户再次参观时，未指名或忘记其业务员…之后该客户为其接待人员之客户: a visit alone does not move the customer (the register does not say nobody recognised them); at a deal the case table hands the customer to the receiver',
    '4 介绍人出现也具体指出原业务员，若当时已发生…成交情况时…该客户之业绩属接待人员: not told apart from 3 (halved)',
    '2 三天内未与客户联系，其业务行为由控台依照案场规定处罚: the penalty is not stated',
    '备注1 若发生上述以外的情况时，均交由控台裁定: every deal by another salesperson is taken as the 回笼客 case of 3 (halved); the 控台\'s own rulings are transfer rows',
  ],
});

/** 000 客户归属认定及报备细则 (分销公司). */
export const distributorReport = preset({
  name: 'distributor-report',
  aliases: ['agency-report'],
  title: '客户归属认定及报备细则',
  seed: '000',
  summary: {
    zh: '分销公司之间先报备者得；报备以带客至案场为准（预报备在带客前一天），客户不至案场报备无效；正式报备有效期7天，其间他方带来的客户仍归先报备方',
    en: 'between distributors the first report wins; a report counts only when the customer is brought to the site (a pre-report the day before); a formal report holds 7 days, during which the customer stays with the first reporter',
  },
  settings: {
    name: 'distributor-report',
    description: '分销公司先报备者得，客户不至案场报备无效，正式报备有效期7天，他方带来的仍归先报备方',
    claim_by: 'team',
    claim_events: ['report'],
    report_visit_days: 1,
    protection_days: 7,
    renew_on_contact: false,
    assist_credit: { owner: 100, closer: 0 },
    assist_commission: { owner: 100, closer: 0 },
  },
  cites: {
    claim_by: '一 为分清各分销公司的客户归属问题…在备案有效期内，客户归先报备公司所有',
    claim_events: '一 客户归属以现场报备作为标准',
    report_visit_days: '二2① 各销售团体在带客至案场前一天…进行预报备; ② 报备以业务员带客至案场报备为准。客户不至案场，报备无效',
    protection_days: '二2③ 开盘第二天起，正式报备的有效期为7天。即某方成功报备后，7天内报备有效',
    renew_on_contact: '二2③ 7天后由他方带至案场的，原报备不再有效力 (counted from the report)',
    assist_credit: '二2③ 他方带已报备客户来案场的，客户归属先报备的销售团体; 一 最终业绩归属以正式报备为准',
    assist_commission: '一 最终业绩归属以正式报备为准',
  },
  unsettled: [
    '二2③ 开盘前正式报备的，有效期至开盘当日止: set opening_date to the project\'s 开盘 day (the regulation names no date)',
    '二2③ 7天内: counted as the 7 days after the report day (count_event_day no)',
    '二2① 当天不接受预报备: a pre-report on the day of the visit is not told apart from the formal report',
    '二1 如成交客户不属于有效推广地区的，则该客户不列入业绩结算范围: the area is not in the register',
  ],
});

/** 000 XX项目项目客户确认规则 (中介). */
export const intermediaryConfirm = preset({
  name: 'intermediary-confirm-90',
  aliases: ['intermediary-90'],
  title: 'XX项目客户确认规则（中介）',
  seed: '000',
  summary: {
    zh: '中介业务员陪同带看判客，归中介分行；自带看之日起有效期90天，每次跟进后有效期90天，超过90天未跟进其他中介可重新确认；直系亲属视为同一组客户',
    en: 'a visit accompanied by an intermediary claims for its branch; 90 days from the visit, 90 days again after each follow-up, then another branch may confirm; close family is one customer',
  },
  settings: {
    name: 'intermediary-confirm-90',
    description: '中介陪同带看判客（按分行），有效期90天，每次跟进后90天，直系亲属视为同一组客户',
    claim_by: 'team',
    claim_events: ['visit'],
    protection_days: 90,
    renew_on_contact: true,
    renew_events: ['followup'],
    household_grouping: true,
    previous_owners_site: true,
    penalties: { 捞客: 5000 },
  },
  cites: {
    claim_by: '3 超过90天而未有跟进或更新的，其他中介分行可以重新做确认单并进行再次确认',
    claim_events: '1 来访客户需由中介部业务员陪同至XX项目售楼处，方可视为中介部之带看客户',
    protection_days: '3 中介客户自带看之日起有效期为90天',
    renew_on_contact: '4 录入客户每次跟进后的有效期为90天',
    renew_events: '3 超过90天而未有跟进或更新的 (a follow-up)',
    household_grouping: '4 夫妻、父母、子女等直系亲属视为同一组客户',
    previous_owners_site: '5 XX项目老业主以及由XX项目老业主介绍成交的新客户(即老带新)均认定为现场客户',
    penalties: '7 如发现中介业务员有捞客嫌疑…每次扣除5000元佣金',
  },
  unsettled: [
    '6 《确认单》中客户姓名、联系方式必须与客户签定的《销售合同》中至少一名产权人的姓名、电话完全一致: the names on the contract are not read',
  ],
});

/** The presets of seed 000, in the order of the seed. */
export const SEED_000 = [jointAgency, returningCustomer, distributorReport, intermediaryConfirm];
