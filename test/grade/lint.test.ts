import { strict as assert } from 'assert';
import { gradePolicyFromTable, gradePreset, lintGradePolicy } from '../../engine/core/grade';

describe('grade table lint', () => {
  it('reports the securities-4tier gap: avg_assets exactly 5,000,000 with net_commission < 10,000', () => {
    const issues = lintGradePolicy(gradePreset('securities-4tier'));
    assert.equal(issues.length, 1);
    const [gap] = issues;
    assert.equal(gap.kind, 'gap');
    assert.match(gap.message, /avg_assets = 5000000 and net_commission < 10000/);
    // between 核心B (rule 4) and VIP (rule 1), falling to the default 普通 (rule 7)
    assert.deepEqual(gap.rows, [1, 4, 7]);
  });

  it('names spreadsheet rows for a table read from a sheet, and finds a UNIQUE overlap', () => {
    const sheet = [
      ['hit policy: UNIQUE', 'sales', 'region', 'grade'],
      [1, '>=1000', '"north","south"', 'A'],
      [2, '[500..2000]', '-', 'B'],
      [3, '<500', '-', 'C'],
    ];
    const policy = gradePolicyFromTable(sheet, { firstRow: 10, sheet: 'Rules' });
    const issues = lintGradePolicy(policy);
    const overlaps = issues.filter((i) => i.kind === 'overlap');
    assert.equal(overlaps.length, 1);
    assert.deepEqual(overlaps[0].rows, [11, 12]);
    assert.match(overlaps[0].message, /rows 11 \(A\) and 12 \(B\) both match sales \[1000..2000\] and region "north", "south"/);
    // sales >= 1000 in any other region matches nothing and there is no default row
    const gaps = issues.filter((i) => i.kind === 'gap');
    assert.equal(gaps.length, 1);
    assert.match(gaps[0].message, /sales > 2000 and region any other text matches no row; gets no grade/);
  });

  it('finds unreachable rows under FIRST and unknown metric names', () => {
    const policy = gradePolicyFromTable([
      ['spend', 'visits', 'grade'],
      ['>=100', '-', 'A'],
      ['>=200', '>=3', 'B'],
      ['-', '-', 'C'],
    ], { firstRow: 1, sheet: 'Rules' });
    const issues = lintGradePolicy(policy, { knownMetrics: ['spend', 'sales_total'] });
    const unreachable = issues.find((i) => i.kind === 'unreachable')!;
    assert.deepEqual(unreachable.rows, [3, 2]);
    assert.match(unreachable.message, /row 3 \(B\) can never decide: row 2 \(A\) already covers it/);
    const unknown = issues.find((i) => i.kind === 'unknown-metric')!;
    assert.deepEqual(unknown.rows, [1]);
    assert.match(unknown.message, /"visits"/);
    assert.equal(issues.length, 2);
  });

  it('reports a hole between two numeric ranges even with a default row, and none for a full partition', () => {
    const holed = gradePolicyFromTable([['x', 'grade'], ['<10', 'A'], ['>10', 'B'], ['-', 'C']]);
    const [gap] = lintGradePolicy(holed);
    assert.equal(gap.kind, 'gap');
    assert.match(gap.message, /x = 10 matches no row \(between rows 1 and 2\); falls to the default row 3 → C/);
    for (const name of ['annual-sales-4tier', 'tonnage-stars', 'unicom-stars', 'risk-profile', 'rfm-5', 'medical-quota']) {
      assert.deepEqual(lintGradePolicy(gradePreset(name)), [], name);
    }
  });
});
