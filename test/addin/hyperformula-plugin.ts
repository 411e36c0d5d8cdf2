/**
 * The CRM.* adapters registered as a HyperFormula function plugin, so a workbook's formulas can be evaluated by
 * an independent spreadsheet engine in tests. Test-only: HyperFormula is GPL and never shipped.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from 'hyperformula';
import type { ProcedureAst } from 'hyperformula/typings/parser';
import type { InterpreterState } from 'hyperformula/typings/interpreter/InterpreterState';
import { FunctionError } from '../../addin/src/functions/errors';
import { grade } from '../../addin/src/functions/grade';
import { explain, owner, status } from '../../addin/src/functions/owner';
import { split } from '../../addin/src/functions/split';

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
const ownerParams = [anyArg, range, optional, optional];

/** CRM.OWNER, CRM.EXPLAIN, CRM.STATUS, CRM.SPLIT and CRM.GRADE for HyperFormula. */
export class CrmPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    'CRM.OWNER': { method: 'owner', parameters: ownerParams },
    'CRM.EXPLAIN': { method: 'explain', parameters: ownerParams },
    'CRM.STATUS': { method: 'status', parameters: ownerParams },
    'CRM.SPLIT': { method: 'split', parameters: [anyArg, range, optional], sizeOfResultArrayMethod: 'splitSize' },
    'CRM.GRADE': { method: 'grade', parameters: [range, anyArg, optional] },
  };

  private call(name: string, ast: ProcedureAst, state: InterpreterState, fn: (...args: unknown[]) => unknown) {
    return this.runFunction(ast.args, state, this.metadata(name), (...args: unknown[]) => hfValue(fn(...args.map(excelValue))) as never);
  }

  owner(ast: ProcedureAst, state: InterpreterState) { return this.call('CRM.OWNER', ast, state, (c, r, a, p) => owner(c, r, a, p)); }
  explain(ast: ProcedureAst, state: InterpreterState) { return this.call('CRM.EXPLAIN', ast, state, (c, r, a, p) => explain(c, r, a, p)); }
  status(ast: ProcedureAst, state: InterpreterState) { return this.call('CRM.STATUS', ast, state, (c, r, a, p) => status(c, r, a, p)); }
  split(ast: ProcedureAst, state: InterpreterState) { return this.call('CRM.SPLIT', ast, state, (a, w, d) => split(a, w, d)); }
  grade(ast: ProcedureAst, state: InterpreterState) { return this.call('CRM.GRADE', ast, state, (m, r, n) => grade(m, r, n)); }

  /** SPLIT spills in the shape of its weights range. */
  splitSize(ast: ProcedureAst): ArraySize {
    const w = ast.args[1] as { start?: { col: number; row: number }; end?: { col: number; row: number } };
    if (!w?.start || !w.end) return ArraySize.scalar();
    return new ArraySize(w.end.col - w.start.col + 1, w.end.row - w.start.row + 1);
  }
}

const NAMES = Object.fromEntries(Object.keys(CrmPlugin.implementedFunctions).map((k) => [k, k]));
HyperFormula.registerFunctionPlugin(CrmPlugin, { enGB: NAMES, enUS: NAMES });
