/**
 * The five table sheets of SPEC §8 — Owners, Splits, Grades, Conflicts, Exceptions — as blocks over the engine's
 * results. Rows are produced lazily so that a million-row result is never copied into a second array.
 */
import type { GradeResult } from '../core/grade';
import type { ConflictResult, OwnerResult, RegisterException, SplitResult } from '../core/types';
import { col, type Block, type Lang, type ResultSheet } from './result-model';
import { roleOf, termOf, wordsOf } from './result-words';

/** One graded customer: the grade engine's result row. */
export type GradeRow = GradeResult;

/** Rows mapped lazily from items; iterable any number of times (the workbook and the CSV export each walk it). */
function mapRows<T>(items: Iterable<T>, row: (item: T) => string[]): Iterable<string[]> {
  return {
    *[Symbol.iterator]() {
      for (const item of items) yield row(item);
    },
  };
}

const KEY = col('Customer Key', '客户编号', 'text', 14);
const CUSTOMER = col('Customer', '客户', 'text', 16);
const REASON = col('Reason', '原因', 'text', 90);

/** Owners: one row per customer group. */
export function ownersSheet(owners: readonly OwnerResult[], lang: Lang = 'en'): ResultSheet {
  return {
    en: 'Owners', zh: '归属',
    blocks: [{
      columns: [KEY, CUSTOMER, col('Phone', '电话', 'text', 26), col('Household', '家庭', 'text', 10),
        col('Owner', '归属人', 'text', 12), col('Team', '团队', 'text', 12), col('Status', '状态', 'text', 10),
        col('Owner Since', '归属日期', 'date', 12), col('Protected Until', '保护至', 'date', 14), REASON],
      rows: mapRows(owners, (o) => [o.customerKey, o.customer, o.phone, o.household, o.owner, o.team, termOf(o.status, lang),
        o.ownerSince, o.protectedUntil, wordsOf(o.reason, o.reasonMessages, lang)]),
    }],
  };
}

/** Splits: one row per deal party. */
export function splitsSheet(splits: readonly SplitResult[], lang: Lang = 'en'): ResultSheet {
  return {
    en: 'Splits', zh: '分成',
    blocks: [{
      columns: [col('Deal Row', '成交行', 'ref', 10), col('Deal Date', '成交日期', 'date', 12), KEY,
        col('Amount', '成交金额', 'money', 16), col('Commission', '佣金', 'money', 14), col('Party', '分成人', 'text', 12),
        col('Role', '角色', 'text', 14), col('Credit Share', '业绩比例', 'number', 12),
        col('Credit Amount', '业绩金额', 'money', 16), col('Commission Amount', '佣金金额', 'money', 18), REASON],
      rows: mapRows(splits, (s) => [s.dealRow, s.dealDate, s.customerKey, s.amount, s.commission, s.party, roleOf(s.role, lang),
        s.creditShare, s.creditAmount, s.commissionAmount, wordsOf(s.reason, s.reasonMessages, lang)]),
    }],
  };
}

/** Grades: one row per graded customer; `grades` null means no grade policy was given. */
export function gradesSheet(grades: readonly GradeRow[] | null, lang: Lang = 'en'): ResultSheet {
  return {
    en: 'Grades', zh: '分级',
    blocks: [{
      // Review and Next Review: whether this run is a review for the customer, and when held changes may next take
      // effect. Graded On to First Seen are what the next run's --previous carries on from.
      columns: [KEY, CUSTOMER, col('Grade', '等级', 'text', 10), col('Previous Grade', '上期等级', 'text', 14),
        col('Score', '得分', 'number', 10), col('Graded On', '评级日期', 'date', 12), col('Review', '本期复核', 'date', 12),
        col('Next Review', '下次复核', 'date', 12), col('Override', '手工等级', 'text', 10),
        col('Blacklisted On', '黑名单日期', 'date', 14), col('Opened On', '开户日期', 'date', 12),
        col('First Seen', '首次出现', 'date', 12), REASON],
      rows: mapRows(grades ?? [], (g) => [g.customerKey, g.customer, g.grade, g.previousGrade,
        g.score === null ? '' : String(g.score), g.gradedOn, g.review, g.nextReview, g.override, g.blacklistedOn,
        g.openedOn, g.firstSeen, wordsOf(g.reason, g.reasonMessages, lang)]),
      emptyNote: grades === null
        ? {
          en: 'No grade policy: give --grade-preset NAME, --grade-policy FILE, or a grade table in the Rules sheet',
          zh: '未设置分级规则：请使用 --grade-preset 名称、--grade-policy 文件，或在规则表中加入分级表',
        }
        : { en: 'No customers to grade', zh: '没有可分级的客户' },
    }],
  };
}

/** Conflicts (撞单): one row per dispute. */
export function conflictsSheet(conflicts: readonly ConflictResult[], lang: Lang = 'en'): ResultSheet {
  return {
    en: 'Conflicts', zh: '撞单',
    blocks: [{
      columns: [KEY, col('Date', '日期', 'date', 12), col('Rows', '行号', 'text', 12),
        col('Salespeople', '销售员', 'text', 18), col('Kind', '类型', 'text', 26), col('Decision', '处理结果', 'text', 90)],
      rows: mapRows(conflicts, (c) => [c.customerKey, c.date, c.rows, c.salespeople, termOf(c.kind, lang),
        wordsOf(c.decision, c.decisionMessages, lang)]),
    }],
  };
}

/** Exceptions: every input row (or sheet) not used, with why. */
export function exceptionsSheet(exceptions: readonly RegisterException[], lang: Lang = 'en'): ResultSheet {
  return {
    en: 'Exceptions', zh: '异常',
    blocks: [{
      columns: [col('File', '文件', 'text', 20), col('Sheet', '工作表', 'text', 12), col('Row', '行号', 'ref', 8),
        col('Column', '列', 'text', 14), col('Value', '值', 'text', 18), col('Problem', '问题', 'text', 90)],
      rows: mapRows(exceptions, (e) => [e.file, e.sheet, String(e.row), e.column, e.value, wordsOf(e.problem, e.problemMessages, lang)]),
    }],
  };
}

/** Whether a block has a single table that can carry a frozen header and an autofilter. */
export function isPlainTable(blocks: readonly Block[]): boolean {
  return blocks.length === 1 && !blocks[0].title;
}
