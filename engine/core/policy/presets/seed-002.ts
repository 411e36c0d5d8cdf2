/**
 * Presets from seed 002 (客户归属规定 合集): one per regulation with executable rules. Every setting cites the
 * article it rests on; "一个月" / "三个月" are counted as 30 / 90 days, the engine's unit.
 */
import { preset } from './preset';

/** The party a deal is booked to while 达方 14 leaves it to the sales manager (由销售经理进行裁决). */
export const PENDING_DAFANG = '待销售经理裁决';

/** 002 房地产销售案场客户归属规定 (讨论稿). */
export const siteFirstReception = preset({
  name: 'site-first-reception',
  aliases: ['realestate'],
  title: '房地产销售案场客户归属规定',
  seed: '002',
  summary: {
    zh: '首接业绩制：来访判客，自初次接待起一个月内归原接待（不续期），一个月内他人成交业绩归当值、佣金平分，一个月以外归第二接待人',
    en: 'first reception owns for one month from the first visit (no renewal); a deal by the one on duty inside the month: credit to them, commission halved; after the month the second receiver owns',
  },
  settings: {
    name: 'site-first-reception',
    description: '首接业绩制：来访判客，自初次接待起一个月内归原接待，他人成交业绩归当值、佣金平分，一个月以外归第二接待人',
    claim_events: ['visit'],
    protection_days: 30,
    renew_on_contact: false,
    honor_designation: true,
    honor_referral: true,
    referral_requires_accompany: true,
    household_grouping: true,
    lock_days: 0,
    assist_credit: { owner: 0, closer: 100 },
    assist_commission: { owner: 50, closer: 50 },
    household_split: { first: 100, second: 0 },
    household_commission: { first: 50, second: 50 },
    referral_after_lapse: true,
  },
  cites: {
    claim_events: '一 客户接待时间以《来客登记表》为原始依据，原则上实行首接业绩制; 七 来电咨询的客户…由案场经理分配 (a call does not claim)',
    protection_days: '四 以发现之时距初次接待时间为依据，一个月以内…一个月以外，无论成交与否都归属第二接待人',
    renew_on_contact: '四 counts from 初次接待; no renewal by contact is stated',
    honor_designation: '五 新客户…明确指定要求(接待前指定要求)销售人员接待的，应归属指定销售员',
    honor_referral: '九 老客户带新客户同时来访，应由原销售人员接待',
    referral_requires_accompany: '九 同时来访 (the old customer comes along)',
    household_grouping: '六 同一组家庭客户，家庭成员分别登记',
    lock_days: 'no period after a deal is stated',
    assist_credit: '四 一个月以内…已成交的成交业绩归当值人员所有; 五 当值成交的，成交业绩归当值人员所有',
    assist_commission: '四 佣金由两人平分; 五 佣金两人均分',
    household_split: '六 当事置业顾问都不清楚客户为同一组家庭客户的，成交时业绩归先登记置业顾问',
    household_commission: '六 佣金平分',
    referral_after_lapse: '九 老客户带新客户同时来访，应由原销售人员接待 (no time limit on the old customer)',
  },
  unsettled: [
    '四 原始接待销售人员在接待过程中认出，应礼貌交接: a hand-over is a reception, not a split; a deal recorded by the other with 认出 是 is split as any deal inside the month',
    '八 公司客户资源…案场经理可以…指定销售人员接待; 七 来电…由案场经理分配: the manager\'s choice is a transfer row',
    '十 不属于销售人员单方面原因…如为指定销售人员接待成交，佣金平分: a complaint row moves the customer; that split is not executed',
  ],
});

/** 002 客户接待及业绩归属管理规定 第四条. */
export const reception7030 = preset({
  name: 'reception-70-30',
  aliases: ['showroom-70-30'],
  title: '客户接待及业绩归属管理规定',
  seed: '002',
  summary: {
    zh: '来过的客户交原接待人（未定期限）；后续接待人成交业绩三七分成，原始接待人70%；首次来访指定接待算指定售楼员的客户',
    en: 'a returning customer belongs to the original receiver (no period stated); a deal by a later receiver: original 70% / later 30%; a first-visit designation is honoured',
  },
  settings: {
    name: 'reception-70-30',
    description: '原接待人优先（未定期限），后续接待人成交业绩三七分成（原始接待人70%），首次来访指定接待',
    claim_events: ['visit'],
    protection_days: null,
    honor_designation: true,
    assist_credit: { owner: 70, closer: 30 },
    assist_commission: { owner: 70, closer: 30 },
  },
  cites: {
    claim_events: '第四条(二)3 售楼员接待来访客户，必须认真填写《客户来访登记表》，以此作为计算销售业绩佣金的主要依据',
    protection_days: '第四条(二)4 若来过应将该客户交由原接待人接待 (no period is stated)',
    honor_designation: '第四条(二)5 如属首次来看房的客户，进门后即要求指定某个售楼员接待，则算作该名售楼员的客户',
    assist_credit: '第四条(二)4 如果在后续接待人手上成交，销售业绩按照三七分成，后续接待人占30%，原始接待人占70%',
    assist_commission: '第四条(二)3 the register is the basis of 销售业绩佣金: commission follows the 业绩 shares of 4',
  },
  unsettled: [
    '第四条(二)6 甲…第一次来时只拿了资料和甲的名片就离开…乙做了大量的工作促使成交，销售业绩按3:7分成，即甲3;乙7: needs a deal case on the owner having had only the first visit',
    '第四条(二)2 扣罚当事人当日基本工资…当月应发成交佣金的30%: salaries are not in the register; the penalty is decided on the facts',
    '第四条(二)1 轮序 (rota order) is not in the register',
  ],
});

/** 002 关于客户归属权的规定 (园区). */
export const parkReport = preset({
  name: 'park-report-3-months',
  aliases: ['cemetery-5-90'],
  title: '关于客户归属权的规定（园区）',
  seed: '002',
  summary: {
    zh: '报备后五日内带客户来园区参观有效，三个月追单期内未交定金视为放弃，追单期间他人介入客户仍属第一登记业务员',
    en: 'a report holds when the customer visits within five days; three months to close, released without a deposit; others stepping in do not change the owner',
  },
  settings: {
    name: 'park-report-3-months',
    description: '报备后五日内带客参观有效，三个月内未交定金视为放弃，追单期间他人介入客户仍属第一登记业务员',
    claim_events: ['report', 'visit'],
    report_visit_days: 5,
    protection_days: 90,
    renew_on_contact: false,
    deal_expire_days: 90,
    protection_from: 'first_visit',
    deposit_keeps: true,
    report_cutoff: '17:00',
    assist_credit: { owner: 100, closer: 0 },
    assist_commission: { owner: 100, closer: 0 },
  },
  cites: {
    claim_events: '一 业务员新联系的客户，必须将客户信息及时报给所在服务处处长; 二 其他业务员带客户来园区或该客户自行来园区参观则视为其他业务员的客户或园区的客户',
    report_visit_days: '二 业务员上报信息后，须五日内带客户来园区参观，如果超过五日没有来园区参观则视为对该客户放弃',
    protection_days: '三 自该客户来园区参观的第一天算起，给业务员三个月的追单期限',
    renew_on_contact: '三 the three months run from the first visit; no renewal is stated',
    deal_expire_days: '三 如果三个月内客户既没有交定金更没有交全款则视为该业务员自行放弃该客户',
    protection_from: '三 自该客户来园区参观的第一天算起',
    deposit_keeps: '三 三个月内客户既没有交定金更没有交全款则视为…放弃 (a deposit keeps the customer until the full payment)',
    report_cutoff: '一 处长接到信息后要将业务员所报信息在当天下午5点以前用短信形式上报园区销售部经理',
    assist_credit: '五 在业务员追单期间，如有其他业务员介入，该客户仍属于第一登记业务员所有',
    assist_commission: '五 该客户仍属于第一登记业务员所有',
  },
  unsettled: [
    '四 客服部…第二天与销售部进行信息核对: the next-day check is the register itself',
    '一 当天下午5点以前: a late report counts from the next day, but a report made in time the same day does not yet take precedence over it (file order decides)',
  ],
});

/** 002 达方客户归属认定. */
export const dafangStore = preset({
  name: 'dafang-store',
  aliases: ['store-30'],
  title: '达方客户归属认定',
  seed: '002',
  summary: {
    zh: '来访或电话预约判客；一个月内有沟通或续单的老客户保留，一个月无沟通或续单释放；老客户介绍的新客户归老客户的销售员；休息时他人成交五五分',
    en: 'a visit or a phone appointment claims; contact or a repeat order within a month keeps the customer, a month without releases it; referrals go to the referrer\'s salesperson; a deal by another 50/50',
  },
  settings: {
    name: 'dafang-store',
    description: '来访或电话预约判客，一个月内沟通或续单保留、一个月无沟通或续单释放，群带性原则，他人成交五五分',
    claim_events: ['visit', 'call'],
    protection_days: 30,
    renew_on_contact: true,
    renew_events: ['visit', 'call', 'followup', 'deposit', 'deal'],
    honor_referral: true,
    referral_requires_accompany: false,
    referral_after_lapse: true,
    penalties: { 甩客: 50 },
    deal_cases: [
      { when: { closer_is_owner: 'yes' }, credit: { closer: 100 }, note: '1 第一次成交原则：客户以第一次成交为准' },
      { when: { owner_status: '"expired","pool","none"' }, credit: { closer: 100 }, note: '4 一个月无沟通或续单的，客户归属释放' },
      { when: { owner_absent: 'yes' }, credit: { owner: 50, closer: 50 }, note: '6 销售员休息时…由其他销售员接待并促成成交的，业绩、提成等五五分' },
      { credit: { [PENDING_DAFANG]: 100 }, note: '14 任何"客户归属"中没有特别明确的地方，由销售经理进行裁决' },
    ],
  },
  cites: {
    claim_events: '10 公司电话轮流接听，销售员电话预约的客户，由该销售员接待; 12 必须做好客户来访登记',
    protection_days: '4 客户释放原则：一个月无沟通或续单的，客户归属释放',
    renew_on_contact: '2 老客户认定原则：一个月内有过沟通或续单的老客户',
    renew_events: '2, 4 沟通或续单: a visit, call or follow-up, and a repeat order (deposit or deal)',
    honor_referral: '3 群带性原则：老客户介绍来的新客户，由老客户的接待的销售员负责接待',
    referral_requires_accompany: '3 介绍来的 (no accompanying is required)',
    referral_after_lapse: '3 老客户介绍来的新客户 (no time limit on the old customer)',
    penalties: '5 接待新客户时，要从始而终不能出现甩客现象。否则给予50元的处罚',
    deal_cases: '1 第一次成交原则; 4 客户释放原则; 6 销售员休息时…业绩、提成等五五分; 14 由销售经理进行裁决',
  },
  unsettled: [
    `14 任何"客户归属"中没有特别明确的地方，由销售经理进行裁决: a deal by another salesperson while the owner was not away is booked to "${PENDING_DAFANG}" until the manager decides`,
    '11 公司关系介绍或带来的客户，由上级领导负责接待分配: the manager\'s choice is a transfer row',
  ],
});

/** 002 客户归属的规定 (格林枫景销售部 2006年12月20日). */
export const greenwoodFirstReceiver = preset({
  name: 'greenwood-first-receiver',
  aliases: [],
  title: '客户归属的规定（格林枫景销售部）',
  seed: '002',
  summary: {
    zh: '第一接待人原则：初次来访的接待人为第一接待人，后续无论谁接待其他人均为义务帮忙；已购房业主带朋友来看房视为原经手人客户',
    en: 'the first receiver keeps the customer whoever receives later (others only help); friends brought by an owner who bought belong to the owner\'s salesperson',
  },
  settings: {
    name: 'greenwood-first-receiver',
    description: '第一接待人原则，后续他人接待为义务帮忙；已购房业主带朋友来看房视为原经手人客户',
    claim_events: ['visit'],
    protection_days: null,
    honor_referral: true,
    referral_requires_accompany: true,
    referral_after_lapse: true,
    assist_credit: { owner: 100, closer: 0 },
    assist_commission: { owner: 100, closer: 0 },
  },
  cites: {
    claim_events: '2 若客户来现场属初次来访，负责接待的销售人员则为第一接待人',
    protection_days: '2 当客户后续来访时，无论是谁接待，第一接待人仍为最先接待的销售人员 (no period is stated)',
    honor_referral: '5 若已购房业主带朋友来看房，不管原经手销售人员是否在场均视为原经手人客户',
    referral_requires_accompany: '5 业主带朋友来看房 (the owner comes along)',
    referral_after_lapse: '5 不管原经手销售人员是否在场均视为原经手人客户 (no time limit)',
    assist_credit: '2 其它人员均视为义务帮忙和履行销售人员的职责',
    assist_commission: '2 其它人员均视为义务帮忙',
  },
  unsettled: [
    '4 客户虽来过但不能说出销售人员姓名等，且在场原接待人员未能及时认出客户，销售人员可将其视为初次来访…(交定金之日起3天内)…应无条件交回第一接待人: the register says neither who recognised the customer nor when the dispute was raised',
    '7 按第一接访顺序及客户有效期执行判定: the text never sets the 客户有效期',
    '5 the referrer must be an owner who bought (已购房业主): any referrer with a protected owner counts',
  ],
});

/** 002 售楼部销售客户归属界定. */
export const salesOfficeFirstContact = preset({
  name: 'sales-office-first-contact',
  aliases: [],
  title: '售楼部销售客户归属界定',
  seed: '002',
  summary: {
    zh: '第一接触点原则（来电、来访）：首先接触客户的销售人员所有，他人协作成交不计入销售业绩；裙带性原则（电话介绍或亲自带领）；客户介绍的客户指定销售员',
    en: 'first contact (call or visit) owns; others who help close get no credit; a customer referred by phone or in person goes to the referrer\'s salesperson; a named salesperson is honoured',
  },
  settings: {
    name: 'sales-office-first-contact',
    description: '第一接触点原则（来电、来访），他人协作成交不计业绩，裙带性原则，指定销售员',
    claim_events: ['visit', 'call'],
    protection_days: null,
    honor_designation: true,
    honor_referral: true,
    referral_requires_accompany: false,
    referral_after_lapse: true,
    assist_credit: { owner: 100, closer: 0 },
    assist_commission: { owner: 100, closer: 0 },
  },
  cites: {
    claim_events: '(一)1 第一接触点的原则(包括来电、来访客户)：原则上哪一个销售人员首先接触客户，该客户应被其所有',
    protection_days: '(一)1 以第一次接待为准 (no period is stated)',
    honor_designation: '(二)5 客户介绍的客户资源如该客户指定销售人员接待，则该客户归该指定销售员所有',
    honor_referral: '(一)2① 若第一接触是销售人员A的客户介绍的…新客户甲，刚新客户资源甲应归该销售人员A',
    referral_requires_accompany: '(一)2① (包括电话介绍和亲自带领上门)',
    referral_after_lapse: '(一)2① 同样甲带来的客户资源乙应归销售人员A，以后依此类推 (no time limit)',
    assist_credit: '(一)1 第一接触销售人员不在，其他销售人员有义务协作、帮助成交，不计入销售业绩',
    assist_commission: '(一)1 不计入销售业绩',
  },
  unsettled: [
    '(一)2② 若上门客户是某销售人员的亲戚或朋友，则期资源权优先归属访销售人员: the register does not say whose relative a customer is',
    '(一)分单制原则 names a rule without stating it',
  ],
});

/** 002 客户归属规定 (****营销中心, 首接负责制 and 7天约客制). */
export const marketingCenter7Day = preset({
  name: 'marketing-center-7-day',
  aliases: [],
  title: '营销中心客户归属规定（首接负责制、7天约客制）',
  seed: '002',
  summary: {
    zh: '首接负责制：来访判客，来电由经理分配；最长约客期限7天，超出由销售经理重新分配；老客户来访由他人接待当天成交分单50%',
    en: 'first reception owns; calls are assigned by the manager; at most 7 days between appointments, else released; a deal by another on the day of the visit is split 50%',
  },
  settings: {
    name: 'marketing-center-7-day',
    description: '首接负责制，来电由经理分配，最长约客期限7天，他人接待老客户当天成交分单50%',
    claim_events: ['visit'],
    protection_days: 7,
    renew_on_contact: true,
    renew_events: ['visit', 'followup'],
    deal_cases: [
      { when: { closer_is_owner: 'yes' }, credit: { closer: 100 }, note: '（总则）原则上实行"首接负责制"…业绩和佣金归最初置业顾问所有' },
      { when: { owner_status: '"expired","pool","none"' }, credit: { closer: 100 }, note: '二2 若已超出客户约客期限，则该客户拿出由销售经理重新分配' },
      { when: { same_day_as_assist: 'yes' }, credit: { owner: 50, closer: 50 }, note: '二4 由倒排轮先行接待，当天成交的，分单50%，后期维系由原置业顾问负责' },
    ],
  },
  cites: {
    claim_events: '原则上实行"首接负责制"; 一1 来电、来访的客户…来电客户由经理分配',
    protection_days: '二2 客户的第一次来访，必须在2天以内首次回访，最长约客期限为7天',
    renew_on_contact: '二2 若已超出客户约客期限，则该客户拿出由销售经理重新分配 (each appointment starts the period again)',
    renew_events: '一2 当天约过的客户，需作好详细记录，以此作为后期客户归属依据 (an appointment is a follow-up; a visit too)',
    deal_cases: '首接负责制; 二2 超出约客期限; 二4 当天成交的，分单50%，后期维系由原置业顾问负责',
  },
  unsettled: [
    '二2 致电的约访期限为14天: one period for every customer (7 days)',
    '二4 当天未成交，客户仍由原置业顾问负责 states no split for a deal by the other on a later day: it matches no case row (a gap, shown in Splits)',
    '二4 若前期已经接待好，今天约好过来直接签认购书的不算，业绩和佣金归原置业顾问所有: the appointment is not in the register; such a deal is split 50%',
    '二4 外展…在开盘前由这边的同事帮忙接待，不纳入分单范围，开盘后适用以上规定: no opening date yet',
    '二2 超出约客期限由销售经理重新分配: an expired customer is claimable by the next visit unless a transfer row assigns it',
  ],
});

/** 002 成交客户归属规定. */
export const dealAttribution = preset({
  name: 'deal-attribution',
  aliases: [],
  title: '成交客户归属规定',
  seed: '002',
  summary: {
    zh: '新客户成交归第一个接待的销售人员，他人为义务帮忙；有效期一个月（以登记日期为准），一个月以后归新接待的销售人员；老客户亲自带来或指明原销售人员的归原销售人员',
    en: 'the first receiver owns for one month from registration, others only help; after the month the new receiver owns; customers brought by an old customer or naming the salesperson go to them',
  },
  settings: {
    name: 'deal-attribution',
    description: '成交归第一个接待的销售人员，他人义务帮忙，有效期一个月，老客户带来或指明的归原销售人员',
    claim_events: ['visit'],
    protection_days: 30,
    renew_on_contact: false,
    honor_designation: true,
    designation_on: 'later_visit',
    honor_referral: true,
    referral_requires_accompany: true,
    referral_after_lapse: true,
    company_teams: ['开发商', '建筑商'],
    deal_cases: [
      { when: { company: '"new"', days_since_first: '0' }, credit: { 全体项目人员: 100 }, note: '七 第一次来由开发商、建筑商等带来的并当场成交的，业绩归全体项目人员' },
      { when: { closer_is_owner: 'yes' }, credit: { closer: 100 }, note: '一 新客户接待成交归属第一个接待的销售人员' },
      { when: { owner_status: '"expired","pool","none"' }, credit: { closer: 100 }, note: '一 一个月以后…归新接待的销售人员' },
      { when: { household_receivers: 'yes', recognised: 'yes', same_day_as_assist: 'yes' }, credit: { owner: 50, closer: 50 }, note: '二3 接待过程中原接待主任能认出的，当场成交由两名销售人员平分' },
      { when: { household_receivers: 'no' }, credit: { owner: 100 }, note: '一 其他销售人员事后查出也接待过该客户则属于义务帮忙' },
    ],
  },
  cites: {
    claim_events: '一 新客户接待成交归属第一个接待的销售人员…以客户登记总簿所登记日期为准',
    protection_days: '一 有效期为一个月，一个月以后…否则归新接待的销售人员',
    renew_on_contact: '一 以客户登记总簿所登记日期为准 (counted from registration; no renewal is stated)',
    honor_designation: '五3 新客户说明由某某介绍来的，指明由原销售人员接待，无论该销售人员在与不在，成交都归原销售人员',
    honor_referral: '四 老客户子女，亲朋，同事购房如购房者本人带来的，则仍由原销售人员接待; 五1 老客户亲自带着新客户来访，成交归属原销售人员',
    referral_requires_accompany: '四 如购房者本人带来的…否则算新客户对待; 五2 第二次以后才有老客户跟着过来，则成交归属新接待的销售人员',
    referral_after_lapse: '三 老客户本人购房：成交归原销售人员; 五1 老客户亲自带着新客户来访 (an old customer, however long ago)',
    designation_on: '一 一个月以后，客户指明销售人员…的归原销售人员; 六 客户来访时指明回访过客户的销售人员接待，归属该销售人员',
    company_teams: '七 开发商、建筑商等的关系前来购房的 (the team or channel column says 开发商 or 建筑商)',
    deal_cases: '一; 二3; 七 (the rows cite their sentences)',
  },
  unsettled: [
    '一 一个月以后…原销售人员能认出该客户的归原销售人员: recognition on a visit row does not hand the customer back',
    '二1, 二2, 二3 (当次未成交…原则上归第二销售人员，特殊情况下可以考虑按工作比例分成): a household deal by the second receiver that is not a same-day recognised one turns on what the customer said; it matches no case row (a gap, shown in Splits)',
  ],
});

/** 002 客户归属制度 (新客户 1–7). */
export const rotationAttribution = preset({
  name: 'rotation-attribution',
  aliases: [],
  title: '客户归属制度',
  seed: '002',
  summary: {
    zh: '轮排接待：第一次来且未电话了解过的客户归当即接待的置业顾问；说出接电话或接待置业顾问的归该置业顾问；有近3天追踪记录的休息置业顾问与接待者一人一半',
    en: 'rota reception: a first-time customer belongs to the receiver; one who names the salesperson (visit or call) belongs to them; a resting salesperson with tracking in the last 3 days shares half',
  },
  settings: {
    name: 'rotation-attribution',
    description: '轮排接待，首次来访归当即接待，点名归被点名置业顾问，近3天有追踪记录一人一半',
    claim_events: ['visit', 'call'],
    protection_days: null,
    honor_designation: true,
    designation_on: 'later_visit',
    deal_cases: [
      { when: { closer_is_owner: 'yes' }, credit: { closer: 100 }, note: '1 客户属于当即接待的置业顾问' },
      { when: { owner_status: '"expired","pool","none"' }, credit: { closer: 100 }, note: '1 客户属于当即接待的置业顾问' },
      { when: { owner_absent: 'yes' }, credit: { owner: 50, closer: 50 }, note: '4 当天休息的那位置业顾问的客户登记本上如果有近3天的追踪记录，那么此客户和当时接待的置业顾问一人一半' },
      { when: { recognised: 'no' }, credit: { closer: 100 }, after: 'closer', note: '3 置业顾问也没人认识此客户，那么客户归属于轮排接待的置业顾问' },
    ],
  },
  cites: {
    claim_events: '1 客户说是第一次过来，而且从来没有电话了解过，客户属于当即接待的置业顾问; 6 客户说出接电话的置业顾问的姓氏，那么此客户归属为接电话的置业顾问',
    protection_days: 'no period is stated',
    honor_designation: '5 客户说来过，也说出了置业顾问的姓氏，那么由点名的那位置业顾问接待',
    designation_on: '5 说出了置业顾问的姓氏 (on a later visit); 6 客户说出接电话的置业顾问的姓氏，那么此客户归属为接电话的置业顾问',
    deal_cases: '1, 3, 4 (the rows cite their sentences)',
  },
  unsettled: [
    '3 置业顾问也没人认识此客户，那么客户归属于轮排接待的置业顾问: decided at the deal (the row says 认出 否 or nothing); a visit alone does not hand the customer over',
    '4 近3天的追踪记录: the three days are not checked; the absent owner shares half',
    '2 置业顾问当时就认出客户 with a deal by another: matches no case row (a gap, shown in Splits)',
  ],
});

/** The presets of seed 002, in the order the seed gives the regulations. */
export const SEED_002 = [
  parkReport, reception7030, siteFirstReception, greenwoodFirstReceiver, salesOfficeFirstContact, marketingCenter7Day,
  dealAttribution, rotationAttribution, dafangStore,
];
