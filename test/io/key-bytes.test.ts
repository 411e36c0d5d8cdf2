import { strict as assert } from 'assert';
import fc from 'fast-check';
import { KeyBytes } from '../../engine/io/key-bytes';

/** Keys as Customer Keys come: phones and codes, Chinese names, and characters whose UTF-8 order is not JS's. */
const key = fc.oneof(
  fc.stringMatching(/^[0-9A-Za-z -]{0,12}$/),
  fc.string({ unit: fc.constantFrom('1', '3', 'A', 'z', ' ', '客', '户', 'é', '\u00a0', '\uff21', '😀', '\ufffd'), maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);

/** A store holding `keys`, some given as bytes and some as text. */
function storeOf(keys: readonly string[], asBytes: (i: number) => boolean): KeyBytes {
  const store = new KeyBytes();
  keys.forEach((k, i) => {
    if (!asBytes(i)) { store.pushText(k); return; }
    const bytes = Buffer.concat([Buffer.from('x,'), Buffer.from(k), Buffer.from(',y')]); // a key amid other fields
    store.push(bytes, 2, bytes.length - 2);
  });
  return store;
}

const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

describe('Customer Keys held as bytes', () => {
  it('give back each key as the text it was', () => {
    fc.assert(fc.property(fc.array(key, { maxLength: 40 }), fc.boolean(), (keys, bytesFirst) => {
      const store = storeOf(keys, (i) => (i % 2 === 0) === bytesFirst);
      assert.equal(store.size, keys.length);
      keys.forEach((k, i) => assert.equal(store.text(i), k));
    }));
  });

  it('compare with a text as JS strings compare, surrogate pairs and characters past them included', () => {
    fc.assert(fc.property(fc.array(key, { minLength: 1, maxLength: 20 }), key, (keys, other) => {
      const store = storeOf(keys, () => true);
      keys.forEach((k, i) => assert.equal(Math.sign(store.compare(i, other)), order(k, other), `${JSON.stringify(k)} vs ${JSON.stringify(other)}`));
      keys.forEach((k, i) => assert.equal(store.compare(i, k), 0));
    }));
    // In UTF-8 😀 (F0 …) sorts after Ａ (EF …); in JS its surrogate pair sorts before.
    const store = storeOf(['A😀', 'A\uff21'], () => true);
    assert.ok(store.compare(0, 'A\uff21') < 0);
    assert.ok(store.ascends(0));
  });

  it('tell whether each key sorts strictly before the next, as JS strings do', () => {
    fc.assert(fc.property(fc.array(key, { minLength: 2, maxLength: 30 }), (keys) => {
      const store = storeOf(keys, (i) => i % 3 !== 1);
      for (let i = 0; i + 1 < keys.length; i++) assert.equal(store.ascends(i), keys[i] < keys[i + 1]);
    }));
  });

  it('grow past the room reserved, and drop the last key added', () => {
    const store = new KeyBytes();
    store.reserve(2);
    const keys = Array.from({ length: 5000 }, (_, i) => `K${String(i).padStart(7, '0')}${i % 7 === 0 ? '客' : ''}`);
    for (const k of keys) { const b = Buffer.from(k); store.push(b, 0, b.length); }
    assert.equal(store.text(4999), keys[4999]);
    store.pop();
    assert.equal(store.size, 4999);
    store.pushText('Z');
    assert.deepEqual([store.text(4998), store.text(4999)], [keys[4998], 'Z']);
    assert.ok(store.ascends(4998));
  });
});
