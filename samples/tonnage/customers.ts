/**
 * Polyolefin customers graded by monthly tonnage for preset tonnage-stars (seed 001 第13篇 石油公司化工品客户管理办法
 * 第九条: 三星 ≥3000 吨, 二星 2000–3000, 一星 1000–2000, 普通 <1000; new customers (opened within the month) start as 网拍客户; a grade moves at
 * most one level per review).
 */
import type { CustomerRecord } from '../customers-sheet';

/** Metric columns in sheet order. */
export const TONNAGE_METRICS = [
  { name: 'monthly_tons', note: '单月提货量（吨）tons lifted this month', numFmt: '#,##0.0' },
];

/** The customers, one per row from row 2. */
export const TONNAGE_CUSTOMERS: readonly CustomerRecord[] = [
  { customer: '华北塑业有限公司', phone: '13910001001', metrics: { monthly_tons: 3500 }, previousGrade: '三星' },
  { customer: '恒力包装材料厂', phone: '13910001002', metrics: { monthly_tons: 3200 }, previousGrade: '一星' },
  { customer: '新华塑料制品', phone: '13910001003', metrics: { monthly_tons: 2000 }, previousGrade: '二星' },
  { customer: '金发管业', phone: '13910001004', metrics: { monthly_tons: 1999.5 }, previousGrade: '二星' },
  { customer: '宏达薄膜厂', phone: '13910001005', metrics: { monthly_tons: 800 }, previousGrade: '三星' },
  { customer: '利源注塑', phone: '13910001006', metrics: { monthly_tons: 600 }, previousGrade: '普通' },
  // Opened in March: evidence of a 新开发客户 (no previous grade alone is none).
  { customer: '远大新材料', phone: '13910001007', metrics: { monthly_tons: 1500 }, opened: '2026-03-08' },
  { customer: '顺发编织袋厂', phone: '13910001008', metrics: { monthly_tons: '—' }, previousGrade: '一星' },
];

/** As-of date of the review the README describes. */
export const TONNAGE_AS_OF = '2026-03-31';
