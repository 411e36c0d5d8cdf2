/**
 * Chinese names and descriptions of the CRM.* functions for Excel in Chinese (zh-CN). Excel localizes custom
 * functions by a second metadata file named in the manifest for the locale; the function ids stay the same, so a
 * workbook written in one language calculates in the other. custom-functions-metadata generates only the
 * English file, so the build derives the Chinese one from it with these words (functions-metadata.ts).
 */

/** A function's Chinese name, description and parameters (name, description) by English parameter name. */
export interface FunctionWordsZh {
  name: string;
  description: string;
  parameters: Record<string, readonly [name: string, description: string]>;
}

const REGISTER_PARAM = ['登记表', '登记表区域（第一行为表头：日期、客户、电话、销售员、类型……），或 CRM.登记表 所在的单元格'] as const;
const AS_OF_PARAM = ['截止日期', '截止日期；省略时为登记表中最晚的日期'] as const;
const POLICY_PARAM = ['规则', '预设名或规则区域；省略时用本工作簿的 Rules/规则 工作表，没有则用 realestate'] as const;
const CUSTOMER_PARAM = ['客户', '电话、客户名或家庭编号'] as const;
const METRICS_PARAM = ['指标', '两行（指标名，然后是数值），或在给出指标名时只给数值'] as const;
const NAMES_PARAM = ['指标名', '每个数值的指标名；同一指标名重复表示按月序列，最早的在前'] as const;

/** Chinese words of every CRM.* function, by function id. */
export const FUNCTIONS_ZH: Record<string, FunctionWordsZh> = {
  REGISTER: {
    name: '登记表',
    description: '登记表句柄：放在一个单元格中，再把这个单元格传给 归属人、归属状态、归属依据、归属清单 和 业绩分成，Excel 每次重算只传一次登记表。',
    parameters: { register: ['登记表', '登记表区域，第一行为表头（日期、客户、电话、销售员、类型……）'], policy: POLICY_PARAM, as_of: AS_OF_PARAM },
  },
  OWNER: {
    name: '归属人',
    description: '客户在截止日期的归属人；客户在公共池中时为空。',
    parameters: { customer: CUSTOMER_PARAM, register: REGISTER_PARAM, as_of: AS_OF_PARAM, policy: POLICY_PARAM },
  },
  OWNERS: {
    name: '归属清单',
    description: '每组客户的归属（溢出区域）：客户键、客户、电话、家庭、归属人、团队、状态、归属起始、保护截止、依据。',
    parameters: { register: REGISTER_PARAM, as_of: AS_OF_PARAM, policy: POLICY_PARAM },
  },
  EXPLAIN: {
    name: '归属依据',
    description: '归属人 的依据：适用的规则和所依据的登记行。',
    parameters: { customer: CUSTOMER_PARAM, register: REGISTER_PARAM, as_of: AS_OF_PARAM, policy: POLICY_PARAM },
  },
  STATUS: {
    name: '归属状态',
    description: '客户的归属状态：保护中、已锁定、已过期、公共池或无。',
    parameters: { customer: CUSTOMER_PARAM, register: REGISTER_PARAM, as_of: AS_OF_PARAM, policy: POLICY_PARAM },
  },
  SPLIT: {
    name: '精确分配',
    description: '按权重精确分配金额（溢出区域与权重同形）；各份之和恒等于金额。',
    parameters: { amount: ['金额', '要分配的金额，例如 10000.01'], weights: ['权重', '权重或百分比，一行或一列，例如 {50,50}'], decimals: ['小数位', '保留的小数位数；默认 2'] },
  },
  SPLITS: {
    name: '业绩分成',
    description: '每笔成交的业绩与佣金分成（溢出区域）：成交行、成交日期、客户键、金额、佣金、分成人、角色、业绩比例、业绩金额、佣金金额、依据。',
    parameters: { register: REGISTER_PARAM, policy: POLICY_PARAM },
  },
  GRADE: {
    name: '客户分级',
    description: '按决策表或分级预设给一个客户分级。',
    parameters: { metrics: METRICS_PARAM, rules: ['分级规则', '分级预设名（例如 annual-sales-4tier）或带等级列的决策表区域'], names: NAMES_PARAM },
  },
  SCORE: {
    name: '分级得分',
    description: '计分型分级规则下一个客户的加权得分（客户分级 按阈值分级所依据的总分）。',
    parameters: { metrics: METRICS_PARAM, rules: ['分级规则', '分级预设名（例如 medical-quota）或分级规则区域'], names: NAMES_PARAM },
  },
};
