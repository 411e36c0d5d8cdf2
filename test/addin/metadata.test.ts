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

interface Parameter { name: string; type?: string; dimensionality?: string; optional?: boolean }
interface FunctionMeta { id: string; name: string; parameters: Parameter[]; result: { type?: string; dimensionality?: string }; options?: Record<string, boolean> }

/** What each function's code expects: parameters as name[:matrix][?], the result's dimensionality. */
const EXPECTED: Record<string, { params: string[]; result: 'scalar' | 'matrix'; addresses: boolean }> = {
  OWNER: { params: ['customer', 'register:matrix', 'as_of?', 'policy:matrix?'], result: 'scalar', addresses: true },
  OWNERS: { params: ['register:matrix', 'as_of?', 'policy:matrix?'], result: 'matrix', addresses: true },
  EXPLAIN: { params: ['customer', 'register:matrix', 'as_of?', 'policy:matrix?'], result: 'scalar', addresses: true },
  STATUS: { params: ['customer', 'register:matrix', 'as_of?', 'policy:matrix?'], result: 'scalar', addresses: true },
  SPLIT: { params: ['amount', 'weights:matrix', 'decimals?'], result: 'matrix', addresses: false },
  SPLITS: { params: ['register:matrix', 'policy:matrix?'], result: 'matrix', addresses: true },
  GRADE: { params: ['metrics:matrix', 'rules:matrix', 'names:matrix?'], result: 'scalar', addresses: true },
  SCORE: { params: ['metrics:matrix', 'rules:matrix', 'names:matrix?'], result: 'scalar', addresses: true },
};

function describeParam(p: Parameter): string {
  return `${p.name}${p.dimensionality === 'matrix' ? ':matrix' : ''}${p.optional ? '?' : ''}`;
}

describe('functions.json and the bundled functions.js', () => {
  let meta: { functions: FunctionMeta[] };
  const registered = new Map<string, (...args: unknown[]) => unknown>();

  class ExcelError extends Error {
    constructor(readonly code: string, message: string) { super(message); }
  }

  before(async () => {
    await ensureBuilt();
    meta = JSON.parse(readFileSync(join(OUT, 'functions.json'), 'utf8'));
    // Run the shipped bundle the way the shared runtime does, with a stand-in CustomFunctions object.
    runInNewContext(readFileSync(join(OUT, 'functions.js'), 'utf8'), {
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
      for (const p of f.parameters) assert.equal(p.type ?? 'any', 'any', `${f.id}.${p.name} accepts any cell value`);
      assert.equal(f.result.dimensionality ?? 'scalar', expected.result, f.id);
      assert.equal(f.options?.requiresParameterAddresses ?? false, expected.addresses, f.id);
      assert.ok(f.parameters.every((p) => (p as { description?: string }).description), `${f.id} documents its parameters`);
    }
  });

  it('functions.js registers every listed id with a function taking those parameters', () => {
    assert.deepEqual([...registered.keys()].sort(), meta.functions.map((f) => f.id).sort());
    for (const f of meta.functions) {
      const fn = registered.get(f.id)!;
      // With @requiresParameterAddresses Excel passes an invocation object after the declared parameters.
      assert.equal(fn.length, f.parameters.length + (f.options?.requiresParameterAddresses ? 1 : 0), f.id);
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
    assert.equal(registered.get('GRADE')!([['annual_sales'], [12000000]], [['annual-sales-4tier']], null, invocation), 'VIP');
    await assert.rejects(async () => registered.get('OWNER')!('nobody', register, asOf, null, invocation),
      (e: ExcelError) => e.code === '#N/A' && /not in the register/.test(e.message));
    assert.throws(() => registered.get('SPLIT')!(100, [['x']], null), (e: ExcelError) => e.code === '#VALUE!');
  });
});
