import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { keyOrder } from '../../engine/core/key-order';

/** The reference: a comparator sort by code units, equal keys by position. */
function reference(keys: string[]): number[] {
  return keys.map((_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
}

describe('Customer Key order', () => {
  it('sorts phones, prefixes, long digit strings and other keys by code units, equal keys in order', () => {
    const keys = ['13800001111', '1380000111', 'H01', '13800001111', '0', '', '9', '1234567890123456', '陈静', '138****1111', '02', '13800001110'];
    assert.deepEqual([...keyOrder(keys)], reference(keys));
  });

  it('property: agrees with a comparator sort for any mix of keys', () => {
    const digits = fc.stringMatching(/^[0-9]{0,17}$/);
    const other = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('H01', 'H02', '李娜', '138****1111', 'a@x.csv'));
    fc.assert(fc.property(fc.array(fc.oneof(digits, digits, other), { maxLength: 60 }), (keys) => {
      assert.deepEqual([...keyOrder(keys)], reference(keys));
    }), { numRuns: 500 });
  });
});
