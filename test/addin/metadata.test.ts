import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { OUT } from '../../addin/build/paths';
import { parseDay, serialFromDay } from '../../engine/core';
import { explain, owner } from '../../addin/src/functions/owner';
import { split } from '../../addin/src/functions/split';
import { SPEC9_TABLE } from '../core/fixtures';
import { ensureBuilt } from './built';
import { excelRange } from './excel-shapes';

interface Parameter { name: string; description?: string; type?: string; dimensionality?: string; optional?: boolean }
interface FunctionMeta { id: string; name: string; description?: string; helpUrl?: string; parameters: Parameter[]; result: { type?: string; dimensionality?: string }; options?: Record<string, boolean> }

/** What each function's code expects: parameters as name[:type][:matrix][?], the result's dimensionality. */
const EXPECTED: Record<string, { params: string[]; result: 'scalar' | 'matrix'; addresses: boolean }> = {
  REGISTER: { params: ['register:matrix', 'policy:matrix?', 'as_of?'], result: 'scalar', addresses: true },
  OWNER: { params: ['customer', 'register:matrix', 'as_of?', 'policy:matrix?'], result: 'scalar', addresses: true },
  OWNERS: { params: ['register:matrix', 'as_of?', 'policy:matrix?'], result: 'matrix', addresses: true },
  EXPLAIN: { params: ['customer', 'register:matrix', 'as_of?', 'policy:matrix?'], result: 'scalar', addresses: true },
  STATUS: { params: ['customer', 'register:matrix', 'as_of?', 'policy:matrix?'], result: 'scalar', addresses: true },
  SPLIT: { params: ['amount:number', 'weights:number:matrix', 'decimals:number?'], result: 'matrix', addresses: false },
  SPLITS: { params: ['register:matrix', 'policy:matrix?'], result: 'matrix', addresses: true },
  GRADE: { params: ['metrics:matrix', 'rules:matrix', 'names:matrix?'], result: 'scalar', addresses: true },
  SCORE: { params: ['metrics:matrix', 'rules:matrix', 'names:matrix?'], result: 'scalar', addresses: true },
};

function describeParam(p: Parameter): string {
  return `${p.name}${p.type && p.type !== 'any' ? `:${p.type}` : ''}${p.dimensionality === 'matrix' ? ':matrix' : ''}${p.optional ? '?' : ''}`;
}

/** Excel's rule for a function name: starts with a letter, at least three characters of letters, digits, _ and . */
const FUNCTION_NAME = /^\p{L}[\p{L}\p{N}_.]{2,}$/u;

describe('functions.json, functions.zh-cn.json and the bundled addin.js', () => {
  let meta: { functions: FunctionMeta[] };
  let zh: { functions: FunctionMeta[] };
  let help = '';
  const registered = new Map<string, (...args: unknown[]) => unknown>();

  class ExcelError extends Error {
    constructor(readonly code: string, message: string) { super(message); }
  }

  before(async () => {
    await ensureBuilt();
    meta = JSON.parse(readFileSync(join(OUT, 'functions.json'), 'utf8'));
    zh = JSON.parse(readFileSync(join(OUT, 'functions.zh-cn.json'), 'utf8'));
    help = readFileSync(join(OUT, 'help.html'), 'utf8');
    // Run the shipped bundle without a page, with a stand-in CustomFunctions object: the functions register, the pane waits for its page.
    runInNewContext(readFileSync(join(OUT, 'addin.js'), 'utf8'), {
      CustomFunctions: {
        associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
        Error: ExcelError,
        ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
      },
    });
  });

  it('lists each function with the parameters and result shape the code expects', () => {
    assert.deepEqual(meta.functions.map((f) => f.id).sort(), Object.keys(EXPECTED).sort());
    for (const f of meta.functions) {
      const expected = EXPECTED[f.id];
      assert.equal(f.name, f.id);
      assert.deepEqual(f.parameters.map(describeParam), expected.params, f.id);
      assert.equal(f.result.dimensionality ?? 'scalar', expected.result, f.id);
      assert.equal(f.options?.requiresParameterAddresses ?? false, expected.addresses, f.id);
      assert.ok(f.parameters.every((p) => p.description), `${f.id} documents its parameters`);
      assert.equal(f.helpUrl, `https://localhost:3000/help.html#${f.id.toLowerCase()}`, f.id);
      assert.ok(help.includes(`<section id="${f.id.toLowerCase()}">`), `help.html has a section for ${f.id}`);
    }
    assert.equal(meta.functions.find((f) => f.id === 'REGISTER')!.options?.requiresAddress, true, 'REGISTER knows its own cell');
  });

  it('the zh-CN file gives every function a Chinese name, description and parameters, with the same ids and shapes', () => {
    assert.deepEqual(zh.functions.map((f) => f.id), meta.functions.map((f) => f.id));
    const names = new Set<string>();
    zh.functions.forEach((f, i) => {
      const en = meta.functions[i];
      assert.match(f.name, FUNCTION_NAME, f.id);
      assert.match(f.name, /\p{Script=Han}/u, `${f.id} has a Chinese name`);
      assert.match(f.description!, /\p{Script=Han}/u, `${f.id} has a Chinese description`);
      names.add(f.name);
      assert.deepEqual(f.parameters.map((p) => [p.type, p.dimensionality, p.optional]), en.parameters.map((p) => [p.type, p.dimensionality, p.optional]), f.id);
      for (const p of f.parameters) assert.match(`${p.name} ${p.description}`, /\p{Script=Han}.* \p{Script=Han}/u, `${f.id}(${p.name})`);
      assert.deepEqual([f.result, f.options, f.helpUrl], [en.result, en.options, en.helpUrl], f.id);
    });
    assert.equal(names.size, zh.functions.length, 'Chinese names are distinct');
    assert.equal(zh.functions.find((f) => f.id === 'OWNER')!.name, '归属人');
    assert.ok(help.includes('=CRM.归属人(客户, 登记表, [截止日期], [规则])'), 'the help page shows the Chinese signature');
  });

  it('addin.js registers every listed id with a function taking those parameters', () => {
    assert.deepEqual([...registered.keys()].sort(), meta.functions.map((f) => f.id).sort());
    for (const f of meta.functions) {
      const fn = registered.get(f.id)!;
      // With @requiresParameterAddresses Excel passes an invocation object after the declared parameters.
      assert.equal(fn.length, f.parameters.length + (f.options?.requiresParameterAddresses || f.options?.requiresAddress ? 1 : 0), f.id);
    }
  });

  it('the bundled functions answer like the adapters, and errors become Excel errors', async () => {
    const register = excelRange(SPEC9_TABLE, 0);
    const asOf = serialFromDay(parseDay('2026-03-31')!);
    const invocation = { parameterAddresses: ['Sheet1!M2', 'Sheet1!A1:K11', 'Sheet1!N1', null] };
    for (const c of ['13800001111', '周敏', '13700003333', '刘洋']) {
      assert.equal(await registered.get('OWNER')!(c, register, asOf, null, invocation), owner(c, register, asOf, null));
      assert.equal(await registered.get('EXPLAIN')!(c, register, asOf, null, invocation), explain(c, register, asOf, null));
    }
    assert.deepEqual(registered.get('SPLIT')!(10000.01, [[50, 50]], null), split(10000.01, [[50, 50]], null));
    const handle = await registered.get('REGISTER')!(register, null, asOf, { address: 'Sheet1!P1', parameterAddresses: ['Sheet1!A1:K11', null, 'Sheet1!N1'] });
    assert.equal(await registered.get('OWNER')!('刘洋', [[handle]], null, null, { parameterAddresses: ['Sheet1!M2', 'Sheet1!P1', null, null] }), '孙杰');
    await assert.rejects(async () => registered.get('OWNER')!('刘洋', register, asOf, null, { ...invocation, isInValuePreview: true }),
      (e: ExcelError) => e.code === '#N/A' && /formula preview/.test(e.message));
    assert.equal(registered.get('GRADE')!([['annual_sales'], [12000000]], [['annual-sales-4tier']], null, invocation), 'VIP');
    await assert.rejects(async () => registered.get('OWNER')!('nobody', register, asOf, null, invocation),
      (e: ExcelError) => e.code === '#N/A' && /not in the register/.test(e.message));
    assert.throws(() => registered.get('SPLIT')!(100, [['x']], null), (e: ExcelError) => e.code === '#VALUE!');
  });
});
