import assert from 'node:assert/strict';
import { allMessages, allTerms, defineMessages, msg, placeholders, render, renderReason, term } from '../../engine/core/messages';

// Test-only ids, registered once for this file.
defineMessages({
  'test.claim': { en: 'first {event|term} {date} row {row} by {by}', zh: '{date} 第{row}行 {by} 首次{event|term}' },
  'test.until': { en: 'protected until {date}', zh: '保护至 {date}' },
  'test.nested': { en: 'because {inner}', zh: '因为{inner}' },
});

describe('messages', () => {
  it('renders one message in English and Chinese, terms translated and register texts kept', () => {
    const m = msg('test.claim', { event: 'visit', date: '2026-03-01', row: 2, by: '李娜' });
    assert.equal(render(m, 'en'), 'first visit 2026-03-01 row 2 by 李娜');
    assert.equal(render(m, 'zh'), '2026-03-01 第2行 李娜 首次来访');
  });

  it('joins a reason\'s clauses with the language\'s separator and renders nested messages', () => {
    const reason = [msg('test.claim', { event: 'visit', date: '2026-03-01', row: 2, by: '李娜' }), msg('test.until', { date: '2026-04-09' })];
    assert.equal(renderReason(reason, 'en'), 'first visit 2026-03-01 row 2 by 李娜; protected until 2026-04-09');
    assert.equal(renderReason(reason, 'zh'), '2026-03-01 第2行 李娜 首次来访；保护至 2026-04-09');
    assert.equal(render(msg('test.nested', { inner: msg('test.until', { date: 'D' }) }), 'zh'), '因为保护至 D');
  });

  it('translates a list of codes term by term', () => {
    defineMessages({ 'test.events': { en: 'claim events: {events|term}', zh: '判客事件：{events|term}' } });
    assert.equal(render(msg('test.events', { events: 'visit, report' }), 'en'), 'claim events: visit, report');
    assert.equal(render(msg('test.events', { events: 'visit, report' }), 'zh'), '判客事件：来访、报备');
  });

  it('shows an unknown id as itself and a non-term as itself', () => {
    assert.equal(render(msg('no.such.message'), 'zh'), 'no.such.message');
    assert.equal(term('王强', 'zh'), '王强');
    assert.equal(term('expired', 'zh'), '已过期');
  });

  it('refuses an id defined twice', () => {
    assert.throws(() => defineMessages({ 'test.until': { en: 'x', zh: 'y' } }), /defined twice/);
  });

  it('every message names the same arguments in both languages, and every Chinese text is Chinese', () => {
    assert.ok(allMessages().size > 0);
    for (const [id, t] of allMessages()) {
      assert.deepEqual(placeholders(t.zh), placeholders(t.en), `${id}: arguments differ between en and zh`);
      assert.notEqual(t.zh, t.en, `${id}: zh is the English text`);
    }
    for (const [code, t] of allTerms()) assert.match(t.zh, /[\u4e00-\u9fff]/, `term ${code} has no Chinese word`);
  });
});
