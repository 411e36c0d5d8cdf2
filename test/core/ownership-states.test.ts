import assert from 'node:assert/strict';
import {
  AFTER_HOLDING, AFTER_OWNER, AFTER_UNTIL, NONE, OWNED, OwnershipStates, POOL, REASON_LIST_LIMIT,
} from '../../engine/core/owner/state';

describe('ownership states', () => {
  it('keeps the first notes of a group and one … for the rest, group by group', () => {
    const s = new OwnershipStates(3);
    const left = '李娜 left 2026-03-01 row 9 → pool';
    for (let n = 0; n < REASON_LIST_LIMIT + 3; n++) s.note(0, n === 1 ? left : `note ${n}`);
    s.note(2, left);
    s.note(2, 'note x');
    assert.equal(s.notesTail(0), `; note 0; ${left}; note 2; …`);
    assert.equal(s.notesTail(1), '');
    assert.equal(s.notesTail(2), `; ${left}; note x`);
  });

  it('remembers what a group was released from until it is taken again', () => {
    const s = new OwnershipStates(2);
    s.take(0, 100, 5, 'claim', 7, 1);
    assert.equal(s.get(0, AFTER_HOLDING), NONE);
    s.take(0, 200, 9, 'claim', 8, 1);
    s.released(0, OWNED, 7, 160);
    assert.deepEqual([s.get(0, AFTER_HOLDING), s.get(0, AFTER_OWNER), s.get(0, AFTER_UNTIL)], [OWNED, 7, 160]);
    s.toPool(0, 12);
    s.take(0, 300, 14, 'deal', 9, 1);
    assert.equal(s.get(0, AFTER_HOLDING), NONE, 'a new take forgets the old release');
    s.released(0, POOL, 0, 0);
    assert.equal(s.get(0, AFTER_HOLDING), POOL);
    assert.equal(s.get(1, AFTER_HOLDING), NONE);
  });
});
