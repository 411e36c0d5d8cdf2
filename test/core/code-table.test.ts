import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { CodeTable } from '../../engine/core/code-table';
import { digitCode, hasLength, unitsValue } from '../../engine/core/digit-code';
import { parseRegister } from '../../engine/core/register';

describe('phone codes and their table', () => {
  it('digit codes keep text order and tell leading zeros apart', () => {
    assert.ok(digitCode('0138') !== digitCode('138'));
    assert.ok(digitCode('138') < digitCode('1380') && digitCode('1380') < digitCode('139'));
    assert.ok(Number.isNaN(digitCode('138-0000')) && Number.isNaN(digitCode('')) && Number.isNaN(digitCode('1234567890123456')));
  });

  it('property: lengths and runs of digits read off a code are those of the text', () => {
    fc.assert(fc.property(fc.stringMatching(/^[0-9]{1,15}$/), fc.nat(), fc.nat(), (text, a, b) => {
      const code = digitCode(text);
      for (let n = 1; n <= 15; n++) assert.equal(hasLength(code, n), n === text.length);
      const from = a % text.length, to = from + (b % (text.length - from + 1));
      assert.equal(unitsValue(code, from, to), [...text.slice(from, to)].reduce((n, d) => n * 11 + Number(d) + 1, 0));
    }), { numRuns: 1000 });
  });

  it('property: the table answers like a Map, across growth and collisions', () => {
    const codes = fc.array(fc.oneof(fc.integer({ min: 0, max: 2 ** 31 }), fc.maxSafeInteger().map((n) => Math.abs(n))), { maxLength: 3000 });
    fc.assert(fc.property(codes, (list) => {
      const table = new CodeTable(4);
      const map = new Map<number, number>();
      list.forEach((code, id) => {
        if (!map.has(code)) { map.set(code, id); table.set(code, id); }
      });
      for (const [code, id] of map) assert.equal(table.get(code), id);
      assert.equal(table.get(2 ** 52 + 1), map.get(2 ** 52 + 1) ?? -1);
    }), { numRuns: 200 });
  });

  it('a phone written as digits, as a number, with separators or +86 is one phone', () => {
    const reg = parseRegister([
      ['日期', '电话', '销售员', '类型'],
      ['2026-03-01', '13800001111', 'A', '来访'],
      ['2026-03-02', 13800001111, 'A', '来访'],
      ['2026-03-03', '138-0000-1111', 'A', '来访'],
      ['2026-03-04', '8613800001111', 'A', '来访'],
      ['2026-03-05', '+86 138 0000 1111', 'A', '来访'],
      ['2026-03-06', '13800001111', 'A', '来访'],
      ['2026-03-07', '013800001111', 'A', '来访'],
    ]);
    assert.deepEqual([...reg.cols.phone], [0, 0, 0, 0, 0, 0, 1]);
    assert.deepEqual(reg.phones.map((p) => (p.kind === 'full' ? p.digits : p.text)), ['13800001111', '013800001111']);
  });
});
