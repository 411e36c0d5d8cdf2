/**
 * Grade presets of SPEC §6, taken literally from the seed regulations: boundaries exactly as written, and where
 * the text leaves a gap the gap stays (the lint reports it). Each table is written the way it would sit in a
 * Rules sheet.
 */
import { buildGradePolicy } from './policy-object';
import type { GradePolicy } from './policy';

/** A preset: where its rules come from and its settings as plain data. */
interface PresetDefinition {
  source: string;
  settings: Record<string, unknown>;
}

const DEFINITIONS: Record<string, PresetDefinition> = {
  // 003 中国银河证券 经纪业务客户分类分级服务实施细则 第八条 (分级标准) and 第十条 (评级调整): VIP 日均资产 > 500万
  // or 净佣金 ≥ 5万; A类核心 净佣金 [1万, 5万); B类核心 资产 [50万, 500万) 且 净佣金 < 1万; 潜力 资产 [20万, 50万) 且
  // 净佣金 < 1万, 或 净佣金 [5千, 1万) 且 资产 < 20万; 普通 其他所有客户. Assets of exactly 500万 with 净佣金 < 1万
  // fit no row ("大于500万" vs "小于500万"): the text's gap, kept. 新开客户默认潜力客户, 保留一年, 就高不就低;
  // 季度评级 upgrades at once, downgrades wait for the annual review: the rating of the accounts as of 31 December
  // (年度评级, 新一个年度初的前十个工作日), hence an annual review calendar anchored on 31 December.
  'securities-4tier': {
    source: '003 中国银河证券 经纪业务客户分类分级服务实施细则 第八条, 第十条',
    settings: {
      name: 'securities-4tier',
      description: '中国银河证券 客户分级: VIP / 核心A / 核心B / 潜力 / 普通 by 日均资产 and 净佣金',
      table: [
        ['avg_assets', 'net_commission', 'grade', 'reason'],
        ['>5000000', '-', 'VIP', '日均客户资产大于500万元'],
        ['-', '>=50000', 'VIP', '上年度净佣金金额大于5万元(含)'],
        ['-', '[10000..50000)', '核心A', 'A类核心: 净佣金大于1万元(含)小于5万元'],
        ['[500000..5000000)', '<10000', '核心B', 'B类核心: 日均资产大于50万元(含)小于500万元, 且净佣金小于1万元'],
        ['[200000..500000)', '<10000', '潜力', '日均资产大于20万元(含)小于50万元且净佣金小于1万元'],
        ['<200000', '[5000..10000)', '潜力', '净佣金大于5千(含)小于1万元且日均资产小于20万元'],
        ['-', '-', '普通', '其他所有客户'],
      ],
      levels: ['VIP', '核心A', '核心B', '潜力', '普通'],
      new_customer_grade: '潜力',
      new_customer_months: 12,
      new_customer_upgrade: true,
      hold_downgrade_until: 'review',
      review: 'annual',
      review_anchor: '2025-12-31',
    },
  },
  // 003 客户分级管理制度 销量指标: VIP 年度销售超出1000万以上; A 500--1000万档; B 200-500万档; C 200万以下.
  'annual-sales-4tier': {
    source: '003 客户分级管理制度 销量指标',
    settings: {
      name: 'annual-sales-4tier',
      description: '客户分级管理制度 销量指标: VIP / A / B / C by 年度销售额',
      table: [
        ['annual_sales', 'grade', 'reason'],
        ['>10000000', 'VIP', '年度销售超出1000万以上'],
        ['[5000000..10000000]', 'A', '年度销售额在500--1000万档'],
        ['[2000000..5000000)', 'B', '年度销售额在200-500万档'],
        ['<2000000', 'C', '年度销售额在200万以下'],
      ],
    },
  },
  // 001 第13篇 石油公司化工品客户管理办法 第九条 聚烯烃: 网拍客户 新开发客户; 普通 单月提货量 < 1000 吨; 一星
  // [1000, 2000); 二星 [2000, 3000); 三星 3000 吨以上; 客户级别可以依次升降 (one level per review). Graded month by
  // month (单月提货量). 网拍 means 新开发客户: a customer opened or first seen within the month, never merely one
  // without a previous grade (the first run over an existing list grades by tonnage).
  'tonnage-stars': {
    source: '001 第13篇 石油公司化工品客户管理办法 第九条 (聚烯烃)',
    settings: {
      name: 'tonnage-stars',
      description: '聚烯烃 客户星级: 三星 / 二星 / 一星 / 普通 by 单月提货量; new customers 网拍; one level per review',
      table: [
        ['monthly_tons', 'grade', 'reason'],
        ['>=3000', '三星', '单月提货量3000吨以上'],
        ['[2000..3000)', '二星', '单月提货量大于等于2000吨而小于3000吨'],
        ['[1000..2000)', '一星', '单月提货量大于等于1000吨而小于2000吨'],
        ['<1000', '普通', '单月提货量小于1000吨'],
      ],
      levels: ['三星', '二星', '一星', '普通', '网拍'],
      new_customer_grade: '网拍',
      new_customer_upgrade: false,
      max_step: 1,
      review: 'monthly',
      review_anchor: '2026-01-31',
    },
  },
  // 001 第15篇 大客户管理方法: 中国联通 连续六个月通信费大于300元、500元、800元 → 三星、四星、五星级服务通行卡.
  // Customers below 300 get no star card: 普通.
  'unicom-stars': {
    source: '001 第15篇 大客户管理方法 (中国联通 星级服务)',
    settings: {
      name: 'unicom-stars',
      description: '中国联通 星级: 五星 / 四星 / 三星 by 通信费 in each of the last 6 months',
      table: [
        ['monthly_spend', 'grade', 'reason'],
        ['>800', '五星', '连续六个月通信费大于800元'],
        ['>500', '四星', '连续六个月通信费大于500元'],
        ['>300', '三星', '连续六个月通信费大于300元'],
        ['-', '普通', '未达到三星标准'],
      ],
      consecutive_months: 6,
    },
  },
  // 004 德奥 客户管理制度 五.2 客户的分级管理 and 3.1–3.5. VIP (2.2): a) 三级乙等以上 medical institution, b) 无滞期
  // 付款、逾期未提货等违约记录; 优选类 (2.3): a) 二级甲等以上, d) no 违约记录; 合格类 (2.4): the others. The caps are
  // ceilings on customers meeting those criteria (2.2 d, 2.3 e: 不得超过本部门客户总量的 15% / 30%), per department;
  // customers over a cap drop to the next grade by 业务合作量 (2.1). The alternatives the text leaves blank (病床位
  // 达到__张床位, 业务量每年不小于__万元) have no number to write, and c) 有意愿 / b) 知名度 are not measured: a
  // department adds its own rows. 黑名单有效期 6 个月, re-entry 定位于合格类客户 (3.5 c); 阶段性评审 every 6 months
  // (3.2): upgrades wait for it (3.4), downgrades apply at once (3.3: 5 日内降为优选类或合格类).
  'medical-quota': {
    source: '004 客户管理制度 (德奥) 五.2.2–2.4 客户分级, 3.2–3.5 评审与黑名单; 附件1《销售客户审核评价表》 is not in the text: '
      + 'no weighted score is defined, the criteria of 2.2/2.3 are used as written',
    settings: {
      name: 'medical-quota',
      description: '德奥 客户分级: VIP (三级乙等以上, 无违约记录) ≤ 15%, 优选 (二级甲等以上, 无违约记录) ≤ 30% per department, rest 合格',
      table: [
        ['hospital_level', 'default_records', 'grade', 'reason'],
        ['"三级特等", "三级甲等", "三级乙等"', '0, "无"', 'VIP', '2.2 三级乙等以上医疗机构, 无违约记录'],
        ['"三级特等", "三级甲等", "三级乙等", "三级丙等", "二级甲等"', '0, "无"', '优选', '2.3 二级甲等以上医疗机构, 无违约记录'],
        ['-', '-', '合格', '2.4 除VIP客户、优选类客户之外的其它客户'],
      ],
      levels: ['VIP', '优选', '合格'],
      caps: { VIP: 15, 优选: 30 },
      cap_by: 'department',
      rank_by: 'business_volume',
      blacklist_months: 6,
      blacklist_reentry_grade: '合格',
      review: 'half-year',
      review_anchor: '2025-12-31',
      hold_upgrade_until: 'review',
    },
  },
  // 003 投资者风险承受能力评估: 保守型 得分 9–40, 稳健型 41–71, 进取型 72–100. Scores are whole points from 9 to 100.
  'risk-profile': {
    source: '003 中国银河证券 第五条 投资者风险承受能力评估 (分类结果)',
    settings: {
      name: 'risk-profile',
      description: '投资者风险承受能力: 保守型 / 稳健型 / 进取型 by questionnaire score',
      table: [
        ['score', 'grade', 'reason'],
        ['[9..40]', '保守型', '得分下限9 上限40'],
        ['[41..71]', '稳健型', '得分下限41 上限71'],
        ['[72..100]', '进取型', '得分下限72 上限100'],
      ],
      domains: { score: { min: 9, max: 100, integer: true } },
    },
  },
  // 003 海底捞客户分级方案: value (消费金额) × loyalty (消费频次, 重复消费). Defined here as RFM quintiles over the
  // population (5 = best fifth): m_score of sales_total, f_score of deal_count, r_score of days_since_last_deal
  // (fewer days is better). 钻石 金额和频次均极高 (M 5, F 5, still active R ≥ 4); 金牌 金额高, 频次较高 (M ≥ 4,
  // F ≥ 4, R ≥ 3); 银牌 一般 (M ≥ 3, F ≥ 3); 铜牌 较低 (M ≥ 2 or F ≥ 2); 普通 都很低.
  'rfm-5': {
    source: '003 海底捞客户分级方案 (价值 × 忠诚度)',
    settings: {
      name: 'rfm-5',
      description: '海底捞 5 级: 钻石 / 金牌 / 银牌 / 铜牌 / 普通 by RFM quintiles',
      quantiles: {
        r_score: { metric: 'days_since_last_deal', order: 'asc', buckets: 5 },
        f_score: { metric: 'deal_count', order: 'desc', buckets: 5 },
        m_score: { metric: 'sales_total', order: 'desc', buckets: 5 },
      },
      table: [
        ['m_score', 'f_score', 'r_score', 'grade', 'reason'],
        ['5', '5', '>=4', '钻石', '消费金额和消费频次均极高'],
        ['>=4', '>=4', '>=3', '金牌', '消费金额高, 消费频次较高'],
        ['>=3', '>=3', '-', '银牌', '消费金额和消费频次一般'],
        ['>=2', '-', '-', '铜牌', '消费金额较低'],
        ['-', '>=2', '-', '铜牌', '消费频次较低'],
        ['-', '-', '-', '普通', '消费金额和消费频次都很低'],
      ],
    },
  },
};

/** The grade presets: name → where the rules come from, and the compiled policy. */
export const GRADE_PRESETS: Readonly<Record<string, { source: string; policy: GradePolicy }>> = Object.fromEntries(
  Object.entries(DEFINITIONS).map(([name, d]) => [name, { source: d.source, policy: buildGradePolicy(d.settings, `preset ${name}`) }]),
);

/** The settings of a preset as plain data (for `preset:` with overrides), or undefined. */
export function gradePresetSettings(name: string): Record<string, unknown> | undefined {
  return DEFINITIONS[name.trim().toLowerCase()]?.settings;
}
