import { strict as assert } from 'node:assert';
import {
  RegisterFormatError, dateOrder, dayFromSerial, fieldOfHeader, formatDay, groupCustomers, normalisePhone, parseDay, parseRegister, serialFromDay,
} from '../../engine/core';
import type { Cell } from '../../engine/core/types';

const iso = (v: Cell, d1904 = false): string | null => {
  const d = parseDay(v, d1904);
  return d === null ? null : formatDay(d);
};

describe('register model (SPEC §2)', () => {
  describe('dates', () => {
    it('reads Excel serials in the 1900 and 1904 systems', () => {
      assert.equal(iso(46082), '2026-03-01');
      assert.equal(iso(46082.6), '2026-03-01', 'the time of day is dropped');
      assert.equal(iso(44620, true), '2026-03-01');
      assert.equal(iso(1), '1900-01-01');
      assert.equal(iso(61), '1900-03-01');
      assert.equal(dayFromSerial(60), null, '1900-02-29 never existed');
      assert.equal(serialFromDay(parseDay('2026-03-01')!), 46082);
    });
    it('reads the text forms of §2', () => {
      for (const t of ['2026-03-01', '2026/3/1', '2026年3月1日', '2026-03-01 14:30', '2026.3.1', '2026-03-01T14:30:00', '20260301', ' 2026/03/01 ']) {
        assert.equal(iso(t), '2026-03-01', t);
      }
      for (const bad of ['2026-02-30', 'March 1', '2026-13-01', '01/03/2026', '']) assert.equal(iso(bad), null, bad);
    });
    it('never shifts a Date by time zone', () => {
      assert.equal(iso(new Date(Date.UTC(2026, 2, 1))), '2026-03-01', 'exceljs: UTC midnight of the calendar date');
      assert.equal(iso(new Date(2026, 2, 1)), '2026-03-01', 'a Date built at local midnight');
    });
  });

  describe('headers and phones', () => {
    it('matches Chinese, English and bilingual headers, case- and space-insensitively', () => {
      assert.equal(fieldOfHeader('置业顾问'), 'salesperson');
      assert.equal(fieldOfHeader(' Sales Person '), 'salesperson');
      assert.equal(fieldOfHeader('日期 Date'), 'date');
      assert.equal(fieldOfHeader('客户/Customer'), 'customer');
      assert.equal(fieldOfHeader('老客户陪同'), 'accompanied');
      assert.equal(fieldOfHeader('指定销售员'), 'designated');
      assert.equal(fieldOfHeader('备注'), null);
    });
    it('normalises phones and recognises masked ones', () => {
      assert.deepEqual(normalisePhone('+86 138-0000-1111'), { kind: 'full', digits: '13800001111' });
      assert.deepEqual(normalisePhone(13800001111), { kind: 'full', digits: '13800001111' });
      assert.equal(normalisePhone(0), null, 'a blank cell from Excel desktop is 0, not phone "0"');
      assert.equal(normalisePhone(null), null);
      assert.deepEqual(normalisePhone('138****1111'), { kind: 'masked', prefix: '138', suffix: '1111', length: 11, text: '138****1111' });
      assert.equal(normalisePhone('call me'), 'invalid');
    });
  });

  describe('rows and exceptions', () => {
    const header: Cell[] = ['日期', '客户', '电话', '销售员', '类型', '金额', '陪同', '转给', '备注'];
    it('turns every unusable row into exceptions naming row, column, value and problem', () => {
      const reg = parseRegister([
        header,
        ['2026-03-01', '张伟', '13800001111', '李娜', '来访', '', '', '', 'ok'],
        ['2026-03-02', '王芳', '13600004444', '李娜', '喝茶', '', '', '', ''],
        ['2026-13-45', '王芳', '13600004444', '李娜', '来访', '', '', '', ''],
        ['2026-03-03', '王芳', '13600004444', '', '来访', '', '', '', ''],
        ['2026-03-03', '王芳', '13600004444', '李娜', '成交', '一百万', '', '', ''],
        ['2026-03-03', '王芳', '13600004444', '李娜', '成交', '', '', '', ''],
        ['2026-03-03', '', '', '李娜', '来访', '', '', '', ''],
        ['2026-03-03', '王芳', 'n/a', '李娜', '来访', '', '', '', ''],
        ['2026-03-03', '王芳', '13600004444', '李娜', '来访', '', '也许', '', ''],
        ['2026-03-03', '王芳', '13600004444', '经理', '转移', '', '', '', ''],
        [null, null, null, null, null, null, null, null, null],
        ['2026-03-04', '王芳', '13600004444', '李娜', '成交', '-500000', '', '', '退房'],
      ], { file: 'march.xlsx', sheet: '登记表' });
      assert.equal(reg.size, 2);
      assert.deepEqual(reg.rows().map((r) => r.row), [2, 13]);
      assert.equal(reg.row(1).amount!.toFixed(2), '-500000.00');
      const ex = reg.exceptions.map((e) => [e.row, e.column, e.value, e.problem.split(';')[0]]);
      assert.deepEqual(ex, [
        [3, '类型', '喝茶', 'unknown event word'],
        [4, '日期', '2026-13-45', 'not a date'],
        [5, '销售员', '', 'missing salesperson'],
        [6, '金额', '一百万', 'not a number'],
        [7, '金额', '', 'missing amount: a deal row needs the deal amount'],
        [8, '电话', '', 'missing customer: give a customer name or a phone'],
        [9, '电话', 'n/a', 'not a phone number'],
        [10, '陪同', '也许', 'not yes/no'],
        [11, '转给', '', 'missing target: a transfer row names who receives the customer'],
      ]);
      assert.ok(reg.exceptions.every((e) => e.file === 'march.xlsx' && e.sheet === '登记表'));
    });
    it('a table without the required columns is a format error naming what is missing', () => {
      assert.throws(() => parseRegister([['名字', '金额'], ['张伟', 1]], { file: 'a.csv' }),
        (e: Error) => e instanceof RegisterFormatError && /a\.csv, row 1: no register header: missing column date \(日期\), event \(类型\), salesperson \(销售员\), customer \(客户\) or phone \(电话\)/.test(e.message));
      assert.throws(() => parseRegister([[null], []]), /the table is empty/);
    });
    it('the header is the first non-blank row, and row numbers are the spreadsheet rows', () => {
      const reg = parseRegister([[null, null], ['', ''], header, ['2026-03-01', '张伟', '13800001111', '李娜', '来访']], { firstRow: 1 });
      assert.equal(reg.row(0).row, 4);
    });
  });

  describe('customer groups', () => {
    it('groups by phone and household transitively, and by name within a file', () => {
      const reg = parseRegister([
        ['日期', '客户', '电话', '家庭', '销售员', '类型'],
        ['2026-03-01', '张伟', '13800001111', 'H1', '李娜', '来访'],
        ['2026-03-02', '王芳', '13600004444', 'H1', '李娜', '来访'],
        ['2026-03-03', '王芳', '13600004444', 'H2', '李娜', '来访'],
        ['2026-03-04', '张小伟', '', 'H2', '李娜', '来访'],
        ['2026-03-05', '赵六', '', '', '李娜', '来访'],
        ['2026-03-06', '赵六', '', '', '王强', '来访'],
      ]);
      const g = groupCustomers(reg);
      assert.equal(g.groups.length, 2);
      assert.deepEqual(g.groups.map((x) => x.key), ['13600004444', '赵六']);
      assert.equal(g.groups[0].customer, '张伟、王芳、张小伟');
      assert.equal(groupCustomers(reg, { household: false }).groups.length, 4);
    });
  });
});

describe('date order', () => {
  it('orders by date, then file order, for any register size', () => {
    const reg = parseRegister([
      ['日期', '电话', '销售员', '类型'],
      ['2026-03-02', '13800000001', 'A', '来访'],
      ['2026-03-01', '13800000002', 'B', '来访'],
      ['2026-03-02', '13800000003', 'C', '来访'],
      ['2026-03-01', '13800000004', 'D', '来访'],
    ]);
    assert.deepEqual([...dateOrder(reg.cols.date)], [1, 3, 0, 2]);
    // Dates far apart (1900 and 9999) and millions of rows: still stable, still every row once.
    const dates = Int32Array.from({ length: 2 ** 21 }, (_, i) => (i % 3 === 0 ? 2_932_896 : i % 3 === 1 ? -25_567 : 0));
    const order = dateOrder(dates);
    assert.deepEqual([...order.subarray(0, 3)], [1, 4, 7]);
    assert.equal(order.length, 2 ** 21);
    assert.equal(new Set(order).size, 2 ** 21);
    for (let k = 1; k < order.length; k++) {
      const a = order[k - 1], b = order[k];
      assert.ok(dates[a] < dates[b] || (dates[a] === dates[b] && a < b));
    }
  });
});
