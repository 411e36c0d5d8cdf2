/**
 * CRM.SPLIT on cells no money holds: each is a #VALUE! with a message saying why, answered at once — never
 * Infinity, never an allocation as large as the cell asks for.
 */
import { strict as assert } from 'node:assert';
import { FunctionError } from '../../addin/src/functions/errors';
import { split } from '../../addin/src/functions/split';

function message(value: unknown): string {
  assert.ok(value instanceof FunctionError, `expected an error value, got ${JSON.stringify(value)}`);
  return value.message;
}

describe('CRM.SPLIT on amounts and decimals beyond any money', () => {
  it('calls huge amounts too large', () => {
    for (const amount of ['1e9000000000000000', '1e99999999999999999999', 1e300, '1000万亿', Number.MAX_VALUE]) {
      assert.match(message(split(amount, [[1, 1]])), /is too large: amounts must stay below 1000000000000000/, String(amount));
    }
  });

  it('refuses absurd decimals and non-numbers', () => {
    assert.match(message(split(100, [[1, 1]], 1e9)), /decimals "1000000000": expected a whole number from 0 to 10/);
    assert.match(message(split(100, [[1, 1]], 2.5)), /expected a whole number from 0 to 10/);
    assert.match(message(split(Number.POSITIVE_INFINITY, [[1]])), /is not a number/);
    assert.match(message(split(100, [['1e400']])), /weight "1e400" is not a number/);
  });

  it('still splits the largest amount money holds, to the cent', () => {
    assert.deepEqual(split('999999999999999.99', [[1, 1]]), [[500000000000000, 499999999999999.99]]);
    assert.deepEqual(split('120万', [[70, 30]]), [[840000, 360000]]);
  });
});
