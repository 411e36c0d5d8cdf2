/**
 * A sales office's register for 2026 Q1 (preset realestate): six salespeople in two teams, the situations the seeds
 * 002 房地产销售案场客户归属规定 and 001 万科 regulate — designation (指定接待), referrals (老带新, with and without
 * 陪同), a household (夫妻), a leaver (离职), a transfer and a complaint, expired protection (一个月以外归第二接待人),
 * disputed deals (撞单) — and four rows that cannot be used, to show the Exceptions sheet.
 */
import type { RegisterRecord } from '../../templates/register-columns';

const T1 = '一组';
const T2 = '二组';

/** The register rows in sheet order (row 2 onwards). */
export const REALESTATE_REGISTER: readonly RegisterRecord[] = [
  { date: '2026-01-04', customer: '陈建国', phone: '13811110001', salesperson: '李娜', team: T1, event: '来访' },
  { date: '2026-01-05', customer: '吕明', phone: '13500006666', salesperson: '周婷', team: T2, event: '来访' },
  { date: '2026-01-08', customer: '黄丽', phone: '13811110002', salesperson: '吴磊', team: T1, event: '来访', designated: '周婷' },
  { date: '2026-01-10', customer: '张伟', phone: '13900001111', household: '张伟家', salesperson: '孙杰', team: T2, event: '来访' },
  { date: '2026-01-12', customer: '马超', phone: '13700004444', salesperson: '王强', team: T1, event: '来访' },
  { date: '2026-01-15', customer: '刘洋', phone: '13700003333', salesperson: '赵敏', team: T2, event: '来访' },
  { date: '2026-01-18', customer: '王芳', phone: '13900002222', household: '张伟家', salesperson: '吴磊', team: T1, event: '来访' },
  { date: '2026-01-20', customer: '陈建国', phone: '13811110001', salesperson: '李娜', team: T1, event: '跟进' },
  { date: '2026-01-20', customer: '钱坤', phone: '13500007777', salesperson: '吴磊', team: T1, event: '来访' },
  { date: '2026-01-25', customer: '林晓', phone: '13811110003', salesperson: '王强', team: T1, event: '来访', referrer: '陈建国', accompanied: '是' },
  { date: '2026-02-01', customer: '马超', phone: '13700004444', event: '转移', target: '李娜' },
  { date: '2026-02-05', customer: '张伟', phone: '13900001111', household: '张伟家', salesperson: '孙杰', team: T2, event: '跟进' },
  { date: '2026-02-05', customer: '郭涛', phone: '13811110004', salesperson: '赵敏', team: T2, event: '来访', referrer: '陈建国', accompanied: '否' },
  { date: '2026-02-05', customer: '黄丽', phone: '13811110002', salesperson: '周婷', team: T2, event: '成交', amount: 1800000, commission: 18000 },
  { date: '2026-02-10', customer: '钱坤', phone: '13500007777', salesperson: '吴磊', team: T1, event: '投诉', target: '孙杰' },
  { date: '2026-02-10', customer: '何静', phone: '13822221111', salesperson: '吴磊', team: T1, event: '来访' },
  { date: '2026-02-12', customer: '何平', phone: '13833331111', salesperson: '李娜', team: T1, event: '来访' },
  { date: '2026-02-15', customer: '陈建国', phone: '13811110001', salesperson: '李娜', team: T1, event: '跟进' },
  { date: '2026-02-16', customer: '吕明', phone: '13500006666', salesperson: '王强', team: T1, event: '来访' },
  { date: '2026-02-25', customer: '王芳', phone: '13900002222', household: '张伟家', salesperson: '吴磊', team: T1, event: '成交', amount: 3000000, commission: 30000.01 },
  { date: '2026-02-28', salesperson: '赵敏', team: T2, event: '离职' },
  { date: '2026-03-01', customer: '陈建国', phone: '13811110001', salesperson: '李娜', team: T1, event: '定金', amount: 50000 },
  { date: '2026-03-01', customer: '冯雪', phone: '13500008888', salesperson: '李娜', team: T1, event: '来电' },
  { date: '2026-03-01', customer: '马超', phone: '13700004444', salesperson: '李娜', team: T1, event: '跟进' },
  { date: '2026-03-03', customer: '宋佳', phone: '13600005555', salesperson: '王强', team: T1, event: '来访' },
  { date: '2026-03-03', customer: '宋佳', phone: '13600005555', salesperson: '周婷', team: T2, event: '来访' },
  { date: '2026-03-06', customer: '刘洋', phone: '13700003333', salesperson: '孙杰', team: T2, event: '来访' },
  { date: '2026-03-08', customer: '许可', phone: '13611112222', salesperson: '王强', team: T1, event: '看房' },
  { date: '2026-03-10', customer: '陈建国', phone: '138****0001', salesperson: '李娜', team: T1, event: '成交', amount: 2350000, commission: 23500 },
  { date: '2026-02-30', customer: '邓超', phone: '13611113333', salesperson: '吴磊', team: T1, event: '来访' },
  { date: '2026-03-12', customer: '谢娜', phone: '13611114444', team: T1, event: '来访' },
  { date: '2026-03-12', customer: '吕明', phone: '13500006666', salesperson: '王强', team: T1, event: '成交', amount: 1500000, commission: 15000 },
  { date: '2026-03-15', customer: '何', phone: '138****1111', salesperson: '吴磊', team: T1, event: '来电' },
  { date: '2026-03-22', customer: '林晓', phone: '13811110003', salesperson: '王强', team: T1, event: '成交', amount: '约200万', commission: 20000 },
  { date: '2026-03-26', customer: '宋佳', phone: '13600005555', salesperson: '周婷', team: T2, event: '成交', amount: 2100000, commission: 21000 },
];

/** The date the README's answers are stated for. */
export const REALESTATE_AS_OF = '2026-03-31';
