import assert from 'node:assert/strict';
import {
  AFTER_HOLDING, AFTER_OWNER, AFTER_UNTIL, NONE, OWNED, OwnershipStates, POOL, REASON_LIST_LIMIT,
} from '../../engine/core/owner/state';
import '../../engine/core/messages/owner';
import { msg, renderReason, type Message } from '../../engine/core/messages';

describe('ownership states', () => {
  it('keeps the first notes of a group and one … for the rest, group by group', () => {
    const s = new OwnershipStates(3);
    const note = (text: string): Message => msg('owner.no-claim', { events: text });
    const tail = (g: number): string => {
      const out: Message[] = [];
      s.notesInto(g, out);
      return renderReason(out, 'en');
    };
    const left = msg('owner.left', { who: '李娜', date: '2026-03-01', row: '9' });
    for (let n = 0; n < REASON_LIST_LIMIT + 3; n++) s.note(0, n === 1 ? left : note(`n${n}`));
    s.note(2, left);
    s.note(2, note('x'));
    const text = (events: string): string => `no claim yet (claim events: ${events})`;
    assert.equal(tail(0), `${text('n0')}; 李娜 left 2026-03-01 row 9 → pool; ${text('n2')}; …`);
    assert.equal(tail(1), '');
    assert.equal(tail(2), `李娜 left 2026-03-01 row 9 → pool; ${text('x')}`);
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
