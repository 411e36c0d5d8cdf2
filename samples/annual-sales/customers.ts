/**
 * B2B dealers graded by annual sales for preset annual-sales-4tier (seed 003 客户分级管理制度, 销量指标: VIP 1000 万
 * 以上, A 500–1000 万, B 200–500 万, C 200 万以下), including customers exactly on each boundary.
 */
import type { CustomerRecord } from '../customers-sheet';

/** Metric columns in sheet order. */
export const ANNUAL_SALES_METRICS = [
  { name: 'annual_sales', note: '年度销售额（元）annual sales in yuan', numFmt: '#,##0.00' },
];

/** The customers, one per row from row 2. */
export const ANNUAL_SALES_CUSTOMERS: readonly CustomerRecord[] = [
  { customer: '华东建材有限公司', phone: '13811112222', metrics: { annual_sales: 12500000 } },
  { customer: '鑫源贸易有限公司', phone: '13922223333', metrics: { annual_sales: 10000000 } },
  { customer: '恒通五金经营部', phone: '13633334444', metrics: { annual_sales: 7200000 } },
  { customer: '天成装饰工程公司', phone: '13744445555', metrics: { annual_sales: 5000000 } },
  { customer: '广利商贸有限公司', phone: '13555556666', metrics: { annual_sales: 4999999.99 } },
  { customer: '永盛建材门市', phone: '18666667777', metrics: { annual_sales: 2000000 } },
  { customer: '新宇家居店', phone: '15877778888', metrics: { annual_sales: 1999999.99 } },
  { customer: '明达水暖经营部', phone: '15988889999', metrics: { annual_sales: 450000 } },
  { customer: '利民灯饰', phone: '15012345678', metrics: { annual_sales: '约300万' } },
];

/** As-of date of the review the README describes. */
export const ANNUAL_SALES_AS_OF = '2025-12-31';
