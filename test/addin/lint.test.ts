import { strict as assert } from 'node:assert';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { ROOT } from '../../addin/build/paths';

describe('add-in lint (Office Add-in rules of eslint-plugin-office-addins)', function () {
  this.timeout(120_000);
  const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: join(ROOT, 'addin', 'eslint.config.mjs') });

  it('the add-in sources break none of the rules', async () => {
    const results = await eslint.lintFiles(['addin/src/**/*.ts']);
    assert.ok(results.length >= 30, `${results.length} files linted`);
    const problems = results.flatMap((r) => r.messages.map((m) => `${r.filePath.slice(ROOT.length + 1)}:${m.line} ${m.ruleId}: ${m.message}`));
    assert.deepEqual(problems, []);
  });

  it('the rules are on: context.sync() in a loop and a property read before load are reported', async () => {
    const code = `export async function f(context: Excel.RequestContext): Promise<void> {
  const range = context.workbook.getSelectedRange();
  console.log(range.values);
  for (const name of ['a', 'b']) {
    context.workbook.worksheets.getItem(name).load('name');
    await context.sync();
  }
}
`;
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, 'addin', 'src', 'probe.ts') });
    const rules = result.messages.map((m) => m.ruleId);
    assert.ok(rules.includes('office-addins/no-context-sync-in-loop'), rules.join(', '));
    assert.ok(rules.includes('office-addins/call-sync-before-read') || rules.includes('office-addins/load-object-before-read'), rules.join(', '));
  });
});
