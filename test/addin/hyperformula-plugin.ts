/**
 * The CRM.* adapters registered as a HyperFormula function plugin, so a workbook's formulas can be evaluated by
 * an independent spreadsheet engine in tests. Like Excel with @requiresParameterAddresses, the plugin passes the
 * address of every argument given as a reference (`Register!A1:K11`). Test-only: HyperFormula is GPL and never
 * shipped.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { Ast, ProcedureAst } from 'hyperformula/typings/parser';
import type { InterpreterState } from 'hyperformula/typings/interpreter/InterpreterState';
import { FunctionError } from '../../addin/src/functions/errors';
import { grade } from '../../addin/src/functions/grade';
import { makeHandle } from '../../addin/src/functions/handles';
import { explain, owner, status } from '../../addin/src/functions/owner';
import { split } from '../../addin/src/functions/split';
import type { CallContext } from '../../addin/src/functions/owner';
import { a1Address } from './excel-shapes';

/** A HyperFormula value as Excel would pass it to a custom function. */
function excelValue(v: unknown): unknown {
  if (v instanceof SimpleRangeValue) return v.data.map((row) => row.map(excelValue));
  if (v === EmptyValue || v === undefined) return null;
  if (v && typeof v === 'object' && 'val' in v) return (v as { val: number }).val; // dates/currency as numbers
  return v;
}

/** An adapter result as a HyperFormula value. */
function hfValue(v: unknown): unknown {
  if (v instanceof FunctionError) return new CellError(v.code === 'notAvailable' ? ErrorType.NA : ErrorType.VALUE, v.message);
  if (Array.isArray(v)) return SimpleRangeValue.onlyValues(v as (string | number)[][]);
  return v;
}

const anyArg = { argumentType: FunctionArgumentType.ANY };
const optional = { argumentType: FunctionArgumentType.ANY, optionalArg: true };
const range = { argumentType: FunctionArgumentType.RANGE };
// The register argument is a range or a CRM.REGISTER cell: ANY takes both.
const ownerParams = [anyArg, anyArg, optional, optional];

/** CRM.REGISTER, CRM.OWNER, CRM.EXPLAIN, CRM.STATUS, CRM.SPLIT and CRM.GRADE for HyperFormula. */
export class CrmPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    'CRM.REGISTER': { method: 'register', parameters: [range, optional, optional] },
    'CRM.OWNER': { method: 'owner', parameters: ownerParams },
    'CRM.EXPLAIN': { method: 'explain', parameters: ownerParams },
    'CRM.STATUS': { method: 'status', parameters: ownerParams },
    'CRM.SPLIT': { method: 'split', parameters: [anyArg, range, optional], sizeOfResultArrayMethod: 'splitSize' },
    'CRM.GRADE': { method: 'grade', parameters: [range, anyArg, optional] },
  };

  /** The address Excel would pass for an argument: a reference's sheet and cells, else null. */
  private addressOf(arg: Ast, state: InterpreterState): string | null {
    if (arg.type !== 'CELL_RANGE' && arg.type !== 'CELL_REFERENCE') return null;
    const [start, end] = arg.type === 'CELL_RANGE' ? [arg.start, arg.end] : [arg.reference, arg.reference];
    const a = start.toSimpleCellAddress(state.formulaAddress);
    const b = end.toSimpleCellAddress(state.formulaAddress);
    const sheet = this.dependencyGraph.sheetMapping.getSheetName(a.sheet) ?? '';
    return a1Address(sheet, a.row + 1, a.col + 1, b.row + 1, b.col + 1);
  }

  private call(name: string, ast: ProcedureAst, state: InterpreterState, fn: (ctx: CallContext & { cell: string }, ...args: unknown[]) => unknown) {
    const at = state.formulaAddress;
    const cell = a1Address(this.dependencyGraph.sheetMapping.getSheetName(at.sheet) ?? '', at.row + 1, at.col + 1);
    const ctx = { addresses: ast.args.map((arg) => this.addressOf(arg, state)), cell };
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => hfValue(fn(ctx, ...args.map(excelValue))) as never);
  }

  register(ast: ProcedureAst, state: InterpreterState) { return this.call('CRM.REGISTER', ast, state, (ctx, r, p, a) => makeHandle(r, p, a, ctx)); }
  owner(ast: ProcedureAst, state: InterpreterState) { return this.call('CRM.OWNER', ast, state, (ctx, c, r, a, p) => owner(c, r, a, p, ctx)); }
  explain(ast: ProcedureAst, state: InterpreterState) { return this.call('CRM.EXPLAIN', ast, state, (ctx, c, r, a, p) => explain(c, r, a, p, ctx)); }
  status(ast: ProcedureAst, state: InterpreterState) { return this.call('CRM.STATUS', ast, state, (ctx, c, r, a, p) => status(c, r, a, p, ctx)); }
  split(ast: ProcedureAst, state: InterpreterState) { return this.call('CRM.SPLIT', ast, state, (_ctx, a, w, d) => split(a, w, d)); }
  grade(ast: ProcedureAst, state: InterpreterState) { return this.call('CRM.GRADE', ast, state, (ctx, m, r, n) => grade(m, r, n, ctx)); }

  /** SPLIT spills in the shape of its weights: a range or an inline array such as {50,50}. */
  splitSize(ast: ProcedureAst): ArraySize {
    const w = ast.args[1] as { type?: string; args?: unknown[][]; start?: { col: number; row: number }; end?: { col: number; row: number } };
    if (w?.type === 'ARRAY' && w.args) return new ArraySize(w.args[0]?.length ?? 1, w.args.length);
    if (!w?.start || !w.end) return ArraySize.scalar();
    return new ArraySize(w.end.col - w.start.col + 1, w.end.row - w.start.row + 1);
  }
}

const NAMES = Object.fromEntries(Object.keys(CrmPlugin.implementedFunctions).map((k) => [k, k]));
HyperFormula.registerFunctionPlugin(CrmPlugin, { enGB: NAMES, enUS: NAMES });
