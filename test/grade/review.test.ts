import { strict as assert } from 'assert';
import { dayFromText, formatDay } from '../../engine/core/dates';
import { gradeOne, gradePolicyFromObject } from '../../engine/core/grade';
import { reviewAfter, reviewOnOrBefore, reviewStanding, type ReviewCalendar } from '../../engine/core/grade/review';

const day = (s: string): number => dayFromText(s)!;
const text = (d: number | null): string | null => (d === null ? null : formatDay(d));

describe('review calendar', () => {
  it('a cadence counts from its anchor each time: 31 December + 6 months is 30 June, + 12 is 31 December again', () => {
    const half: ReviewCalendar = { kind: 'cadence', cadence: 'half-year', months: 6, anchor: day('2025-12-31') };
    assert.equal(text(reviewOnOrBefore(half, day('2026-06-29'))), '2025-12-31');
    assert.equal(text(reviewOnOrBefore(half, day('2026-06-30'))), '2026-06-30');
    assert.equal(text(reviewAfter(half, day('2026-06-30'))), '2026-12-31');
    assert.equal(text(reviewAfter(half, day('2024-02-01'))), '2024-06-30', 'before the anchor too');
    const quarterly: ReviewCalendar = { kind: 'cadence', cadence: 'quarterly', months: 3, anchor: day('2026-01-31') };
    assert.deepEqual([day('2026-03-15'), day('2026-05-01'), day('2026-08-30')].map((d) => text(reviewOnOrBefore(quarterly, d))),
      ['2026-01-31', '2026-04-30', '2026-07-31']);
  });

  it('a run is a review when a review date falls after the previous grade and on or before the as-of date', () => {
    const annual: ReviewCalendar = { kind: 'cadence', cadence: 'annual', months: 12, anchor: day('2025-12-31') };
    assert.deepEqual(reviewStanding(annual, day('2026-12-31'), day('2026-09-30')), { review: day('2026-12-31'), next: day('2027-12-31') });
    assert.deepEqual(reviewStanding(annual, day('2027-03-31'), day('2026-12-31')), { review: null, next: day('2027-12-31') });
    // A quarter late, the previous grade given before the review: the run still counts as that review.
    assert.equal(text(reviewStanding(annual, day('2027-03-31'), day('2026-09-30')).review), '2026-12-31');
    // Without the previous grade's date, only a review within the month up to the as-of date counts.
    assert.equal(reviewStanding(annual, day('2027-03-31'), null).review, null);
    const dates: ReviewCalendar = { kind: 'dates', dates: [day('2026-01-10'), day('2026-07-10')] };
    assert.deepEqual(reviewStanding(dates, day('2026-07-31'), day('2026-06-30')), { review: day('2026-07-10'), next: null });
  });

  it('policy keys: review with review_anchor or a list of dates; a wrong value names the key and what is allowed', () => {
    const p = gradePolicyFromObject({ rows: [{ x: '>1', grade: 'A' }, { x: '-', grade: 'B' }], hold_downgrade_until: 'review', review: '2026-06-30, 2026-12-31' }, 'test');
    assert.deepEqual(p.lifecycle.review, { kind: 'dates', dates: [day('2026-06-30'), day('2026-12-31')] });
    assert.equal(gradeOne({ x: 0 }, p, { previousGrade: 'A', previousOn: '2026-05-31', asOf: '2026-06-30' }).grade, 'B');
    const held = gradeOne({ x: 0 }, p, { previousGrade: 'A', previousOn: '2026-06-30', asOf: '2026-07-31' });
    assert.equal(held.grade, 'A');
    assert.match(held.reason, /downgrade from A held until the review on 2026-12-31/);
    assert.throws(() => gradePolicyFromObject({ rows: [{ x: '-', grade: 'A' }], review: 'weekly', review_anchor: '2026-01-01' }, 'test'), /key review: value "weekly" is not allowed; expected annual, half-year, quarterly or monthly/);
    assert.throws(() => gradePolicyFromObject({ rows: [{ x: '-', grade: 'A' }], review: 'annual' }, 'test'), /key review_anchor: .*needs an anchor date/);
    assert.throws(() => gradePolicyFromObject({ rows: [{ x: '-', grade: 'A' }], cap_by: 'department' }, 'test'), /key cap_by: .*give caps too/);
  });

  it('without a review date a held downgrade says how to give one', () => {
    const p = gradePolicyFromObject({ rows: [{ x: '>1', grade: 'A' }, { x: '-', grade: 'B' }], hold_downgrade_until: 'review' }, 'test');
    const r = gradeOne({ x: 0 }, p, { previousGrade: 'A', asOf: '2026-06-30' });
    assert.equal(r.grade, 'A');
    assert.match(r.reason, /no review date is known \(set review in the grade policy or --review-date\)/);
  });
});
