/**
 * A Chinese register through `--lang zh`: every cell a user reads is Chinese. The check looks for English words
 * outside what is rightly not translated — register texts, file names, keys and codes (policy keys, preset
 * names, command options, SHA-256, JSON, the tool's name).
 *
 * Covered now (the parts the result writer words itself): sheet names, headers, notes, Owners Status, Splits
 * Role, Conflicts Kind, every Dashboard cell, the Audit's labels, policy values and warnings, the Grades note and
 * the run's summary line. The Reason, Decision and Problem columns are rendered from the results' structured
 * messages; they are checked as soon as the engine's results carry messages (until then that test is pending).
 *
 * The same register carries Chinese amounts (120万, 1.2亿, ¥ and full-width digits), read end to end, and deals
 * without commission under a policy without commission_rate, which the Audit and the summary line warn about.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate } from '../../engine/core/evaluate';
import { ownershipPreset } from '../../engine/core/policy/presets';
import { parseRegister } from '../../engine/core/register';
import { SPEC_HEADER, SPEC_ROWS, csvRecords, csvText, readCsv, runCli, tempDir } from './helpers';

/** The §9 register with its deals in Chinese amounts, two of them without commission, and a third deal. */
const ROWS: (string | null)[][] = SPEC_ROWS.map((r) => {
  if (r[5] !== '成交') return r;
  return r[1] === '张伟' ? [...r.slice(0, 9), '120万', '1.2万'] : [...r.slice(0, 9), '¥1.2亿', null];
});
ROWS.push(['2026-03-28', '陈静', '13700003333', null, '王强', '成交', null, null, null, '１２０万', null]);
// A phone enquiry only: a customer with no claim yet, whose reason names the claim events.
ROWS.push(['2026-03-29', '赵云', '13600007777', null, '王强', '来电', null, null, null, null, null]);

/** Texts that are rightly not Chinese: tool and format names, and what the register itself wrote. */
const ALLOWED = new Set(['crm', 'rules', 'JSON', 'SHA', 'realestate']);

/** English words of a text, leaving out file names, options, keys (snake_case), codes with digits and allowed words. */
function englishWords(text: string): string[] {
  if (/^[{[]/.test(text) && isJson(text)) return []; // the policy as JSON (the Audit's full record) is code
  const stripped = text
    .replace(/（[a-z_]+）/g, ' ')
    .replace(/\S+\.(csv|xlsx)\b/g, ' ')
    .replace(/--[a-z-]+/g, ' ')
    .replace(/\b[a-z]+(_[a-z]+)+\b/g, ' ')
    .replace(/\b[a-z]+(-[a-z]+)+\b/g, ' ') // preset names and other kebab-case codes
    .replace(/\b[A-Za-z]*\d[A-Za-z\d]*\b/g, ' ');
  return (stripped.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !ALLOWED.has(w));
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('crm-rules run --lang zh: a Chinese result', function () {
  this.timeout(120_000);
  const dir = tempDir('zh');
  const input = join(dir, '三月登记.csv');
  writeFileSync(input, csvText([SPEC_HEADER, ...ROWS]));
  const zh = join(dir, 'zh-csv');
  const en = join(dir, 'en-csv');
  let zhRun: ReturnType<typeof runCli>;
  let enRun: ReturnType<typeof runCli>;

  before(() => {
    zhRun = runCli(['run', input, '--as-of', '2026-03-31', '--out', join(dir, 'zh.xlsx'), '--csv', zh, '--lang', 'zh']);
    enRun = runCli(['run', input, '--as-of', '2026-03-31', '--out', join(dir, 'en.xlsx'), '--csv', en]);
    assert.equal(zhRun.code, 0, zhRun.stderr);
    assert.equal(enRun.code, 0, enRun.stderr);
  });

  /** English words in the named columns of a zh sheet (all columns when none are named), as `sheet!row col: word`. */
  function englishIn(sheet: string, columns?: string[]): string[] {
    const found: string[] = [];
    const rows = readCsv(join(zh, `${sheet}.csv`));
    rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        const header = rows[0][c];
        if (columns && r > 0 && !columns.includes(header)) return;
        for (const w of englishWords(cell)) found.push(`${sheet}!${r + 1} ${header}: ${w}`);
      });
    });
    return found;
  }

  it('words the parts the result writer owns in Chinese', () => {
    const found = [
      ...englishIn('归属', ['状态']),
      ...englishIn('分成', ['角色']),
      ...englishIn('撞单', ['类型']),
      ...englishIn('看板'),
      ...englishIn('审计'),
      ...englishIn('分级', ['等级']),
      ...englishIn('异常', []),
      ...englishWords(zhRun.stdout).map((w) => `summary: ${w}`),
    ];
    assert.deepEqual(found, []);
    const owners = csvRecords(join(zh, '归属.csv'));
    assert.deepEqual([...new Set(owners.map((o) => o['状态']))].sort(), ['保护中', '已过期', '无归属'].sort());
    assert.deepEqual([...new Set(csvRecords(join(zh, '分成.csv')).map((s) => s['角色']))].sort(), ['归属人', '成交人'].sort());
  });

  it('words reasons, decisions and problems in Chinese once results carry their messages', function () {
    const register = parseRegister([SPEC_HEADER, ...ROWS]);
    const result = evaluate(register, ownershipPreset('realestate'), { asOf: null });
    const structured = result.owners.every((o) => o.reasonMessages) && result.splits.every((s) => s.reasonMessages)
      && result.conflicts.every((c) => c.decisionMessages);
    if (!structured) this.skip();
    assert.deepEqual([...englishIn('归属', ['原因']), ...englishIn('分成', ['原因']), ...englishIn('撞单', ['处理结果'])], []);
  });

  it('finds the English-word check bites: an English status would be caught', () => {
    assert.deepEqual(englishWords('expired'), ['expired']);
    assert.deepEqual(englishWords('三月登记.csv 的 commission_rate 与 --grade-preset，H01，crm-rules'), []);
  });

  it('reads Chinese amounts end to end: 120万, ¥1.2亿, full-width １２０万', () => {
    assert.deepEqual(csvRecords(join(en, 'Exceptions.csv')), []);
    const amounts = csvRecords(join(en, 'Splits.csv')).map((s) => [s['Deal Row'], s.Amount]);
    assert.deepEqual([...new Map(amounts.map(([row, a]) => [row, a]))].sort(), [['11', '120000000.00'], ['12', '1200000.00'], ['8', '1200000.00']]);
    const totals = readCsv(join(en, 'Dashboard.csv'))[2];
    assert.deepEqual(totals.slice(1, 3), ['3', '122400000.00']);
  });

  it('warns in the Audit and the summary line about deals without commission or commission_rate', () => {
    assert.match(enRun.stdout, /; warning: 2 deal\(s\) have no commission and the policy sets no commission_rate: their commission amounts are empty\n$/);
    assert.match(zhRun.stdout, /；警告：2 笔成交没有佣金，规则也未设置佣金比例（commission_rate）/);
    const audit = readCsv(join(en, 'Audit.csv'));
    assert.ok(audit.some((r) => r[0] === 'Warning' && /^2 deal\(s\) have no commission/.test(r[1])), JSON.stringify(audit.slice(0, 8)));
    assert.ok(readCsv(join(zh, '审计.csv')).some((r) => r[0] === '警告'));
  });
});
