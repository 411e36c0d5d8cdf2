/**
 * Sorting Customer Keys: UTF-16 code unit order (what `<` on strings does, the same on every machine), equal keys
 * in their given order. Most keys are phone numbers, so those are sorted by their digit codes (see digit-code.ts) with
 * a radix sort and merged with the rest, which the built-in sort orders natively; a quarter of a million keys sort
 * in a few dozen milliseconds.
 */
import { digitCode } from './digit-code';

/** Stable least-significant-digit radix sort of `ids` by 53-bit whole-number codes, 14 bits a pass. */
function radixSort(ids: Int32Array, codes: Float64Array): Int32Array {
  const BITS = 14, RADIX = 1 << BITS, PASSES = 4;
  const low = new Int32Array(ids.length), high = new Int32Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    const code = codes[ids[k]];
    high[k] = Math.floor(code / 2 ** 28);
    low[k] = code - high[k] * 2 ** 28;
  }
  let order = new Int32Array(ids.length);
  for (let k = 0; k < order.length; k++) order[k] = k;
  let spare = new Int32Array(ids.length);
  const counts = new Int32Array(RADIX + 1);
  for (let pass = 0; pass < PASSES; pass++) {
    const words = pass < 2 ? low : high;
    const shift = (pass % 2) * BITS;
    counts.fill(0);
    for (let k = 0; k < order.length; k++) counts[((words[order[k]] >>> shift) & (RADIX - 1)) + 1]++;
    for (let d = 1; d <= RADIX; d++) counts[d] += counts[d - 1];
    for (let k = 0; k < order.length; k++) spare[counts[(words[order[k]] >>> shift) & (RADIX - 1)]++] = order[k];
    [order, spare] = [spare, order];
  }
  const sorted = new Int32Array(ids.length);
  for (let k = 0; k < order.length; k++) sorted[k] = ids[order[k]];
  return sorted;
}

/** Stable sort of `ids` by their keys using the built-in string sort (keys first, equal keys in id order). */
function nativeSort(ids: Int32Array, keys: readonly string[]): Int32Array {
  const firstOfKey = new Map<string, number>();
  const next = new Int32Array(keys.length).fill(-1);
  const tail = new Int32Array(keys.length);
  for (const id of ids) {
    const first = firstOfKey.get(keys[id]);
    if (first === undefined) {
      firstOfKey.set(keys[id], id);
      tail[id] = id;
    } else {
      next[tail[first]] = id;
      tail[first] = id;
    }
  }
  const sorted = new Int32Array(ids.length);
  let n = 0;
  for (const key of [...firstOfKey.keys()].sort()) for (let id = firstOfKey.get(key)!; id >= 0; id = next[id]) sorted[n++] = id;
  return sorted;
}

/**
 * Positions of `keys` in sorted order (code unit order; equal keys keep their order). `known` may give keys' digit
 * codes already at hand (NaN where not known), so that those keys are not read again.
 */
export function keyOrder(keys: readonly string[], known?: Float64Array): Int32Array {
  const codes = new Float64Array(keys.length);
  let digitKeys = 0;
  for (let i = 0; i < keys.length; i++) {
    const code = known?.[i];
    codes[i] = code !== undefined && code === code ? code : digitCode(keys[i]);
    if (!Number.isNaN(codes[i])) digitKeys++;
  }
  const digits = new Int32Array(digitKeys), others = new Int32Array(keys.length - digitKeys);
  for (let i = 0, d = 0, o = 0; i < keys.length; i++) {
    if (Number.isNaN(codes[i])) others[o++] = i; else digits[d++] = i;
  }
  const a = radixSort(digits, codes), b = nativeSort(others, keys);
  // Merge: a digit key and another key are never equal, so `<` decides every step.
  const order = new Int32Array(keys.length);
  let i = 0, j = 0, n = 0;
  while (i < a.length && j < b.length) order[n++] = keys[a[i]] < keys[b[j]] ? a[i++] : b[j++];
  while (i < a.length) order[n++] = a[i++];
  while (j < b.length) order[n++] = b[j++];
  return order;
}
