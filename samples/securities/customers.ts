/**
 * Brokerage customers for preset securities-4tier (seed 003 中国银河证券 经纪业务客户分类分级服务实施细则 第八条):
 * 日均资产 (avg_assets) and 上年度净佣金 (net_commission) decide VIP / 核心A / 核心B / 潜力 / 普通; new accounts are
 * 潜力 for 12 months unless they qualify higher; downgrades wait for the annual review (就高不就低).
 */
import type { CustomerRecord } from '../customers-sheet';

/** Metric columns in sheet order. */
export const SECURITIES_METRICS = [
  { name: 'avg_assets', note: '日均资产（元）average daily assets in yuan', numFmt: '#,##0.00' },
  { name: 'net_commission', note: '上年度净佣金（元）net commission last year in yuan', numFmt: '#,##0.00' },
];

/** The customers, one per row from row 2. */
export const SECURITIES_CUSTOMERS: readonly CustomerRecord[] = [
  { customer: '王建华', phone: '13601010001', metrics: { avg_assets: 6200000, net_commission: 32000 }, opened: '2015-04-20', previousGrade: 'VIP' },
  { customer: '李秀英', phone: '13601010002', metrics: { avg_assets: 1200000, net_commission: 52000 }, opened: '2012-09-03', previousGrade: '核心A' },
  { customer: '张明', phone: '13601010003', metrics: { avg_assets: 800000, net_commission: 50000 }, opened: '2018-01-15', previousGrade: '核心B' },
  { customer: '刘芳', phone: '13601010004', metrics: { avg_assets: 300000, net_commission: 18000 }, opened: '2019-06-30', previousGrade: '核心A' },
  { customer: '陈磊', phone: '13601010005', metrics: { avg_assets: 2500000, net_commission: 8000 }, opened: '2016-11-11', previousGrade: '核心B' },
  { customer: '杨洁', phone: '13601010006', metrics: { avg_assets: 5000000, net_commission: 9999.99 }, opened: '2014-03-08', previousGrade: '普通' },
  { customer: '赵丽', phone: '13601010007', metrics: { avg_assets: 350000, net_commission: 3000 }, opened: '2020-08-21', previousGrade: '潜力' },
  { customer: '黄强', phone: '13601010008', metrics: { avg_assets: 150000, net_commission: 6000 }, opened: '2021-02-02', previousGrade: '普通' },
  { customer: '周杰', phone: '13601010009', metrics: { avg_assets: 80000, net_commission: 1200 }, opened: '2017-07-07', previousGrade: '普通' },
  { customer: '吴敏', phone: '13601010010', metrics: { avg_assets: 120000, net_commission: 500 }, opened: '2025-11-15' },
  { customer: '徐刚', phone: '13601010011', metrics: { avg_assets: 900000, net_commission: 2000 }, opened: '2025-10-01' },
  { customer: '孙涛', phone: '13601010012', metrics: { avg_assets: 400000, net_commission: 20000 }, opened: '2013-05-05', previousGrade: 'VIP' },
  { customer: '马兰', phone: '136****0013', metrics: { avg_assets: '暂无', net_commission: 0 }, opened: '2022-12-12', previousGrade: '普通' },
];

/** As-of date of the review the README describes. */
export const SECURITIES_AS_OF = '2026-03-31';
