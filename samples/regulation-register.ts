/**
 * Registers of the per-regulation samples as data: the columns a sales office keeps for the seed regulations
 * (including 休息外出, 认出 and 合同署名, which the plain register template leaves out), written as UTF-8 CSV with a
 * BOM, the way Excel opens it directly.
 */

/** Header of the regulation samples, in sheet order. */
export const REGULATION_HEADER = ['日期', '客户', '电话', '家庭', '销售员', '团队', '类型', '指定销售员', '介绍人', '陪同', '金额', '佣金', '休息外出', '认出'] as const;

/** One row: values by header, dates as text (a time of day where the regulation turns on it). */
export type RegulationRow = Partial<Record<(typeof REGULATION_HEADER)[number], string>>;

/** The rows as a table under REGULATION_HEADER. */
export function regulationTable(rows: readonly RegulationRow[]): string[][] {
  return [[...REGULATION_HEADER], ...rows.map((r) => REGULATION_HEADER.map((h) => r[h] ?? ''))];
}
