/**
 * CRM.SPLIT (exact allocation of any amount by any weights) and CRM.SPLITS (the deal splits of a register) as
 * pure adapters.
 */
import { allocate } from '../../../engine/core/split/allocation';
import { cellText, moneyProblem, parseMoney, readMoney } from '../../../engine/core/values';
import { cellOf, isEmptyArg, isRange, scalarOf } from './args';
import { splitsSpill, type SpillValue } from './columns';
import { guarded, invalid, isError } from './errors';
import type { FunctionError } from './errors';
import { evaluateArgs, type CallContext } from './owner';

/**
 * CRM.SPLIT: allocate `amount` by `weights` to `decimals` places (default 2) by largest remainder, so the parts
 * sum exactly to the amount. The result has the shape of `weights` (a row, a column or a block); blank weight
 * cells weigh 0.
 */
export function split(amount: unknown, weights: unknown, decimals?: unknown): number[][] | FunctionError {
  return guarded(() => {
    const a = scalarOf(amount);
    const read = isEmptyArg(a) ? null : readMoney(cellOf(a));
    if (read?.ok !== true) return invalid(`amount "${cellText(cellOf(a))}" is ${read?.why === 'too-large' ? moneyProblem(read.why, '') : 'not a number'}`);
    const money = read.value;
    const grid = isRange(weights) ? weights : [[weights]];
    const flat: string[] = [];
    for (const row of grid) {
      for (const w of row) {
        if (isEmptyArg(w)) { flat.push('0'); continue; }
        const d = parseMoney(cellOf(w));
        if (d === null) return invalid(`weight "${cellText(cellOf(w))}" is not a number`);
        flat.push(d.toString());
      }
    }
    const d = scalarOf(decimals);
    const places = isEmptyArg(d) ? 2 : Number(d);
    // Bounded so that no cell can ask for a billion decimal places (an allocation without bound).
    if (!Number.isInteger(places) || places < 0 || places > 10) return invalid(`decimals "${cellText(cellOf(d))}": expected a whole number from 0 to 10`);
    const parts = allocate(money, flat, places);
    let k = 0;
    return grid.map((row) => row.map(() => parts[k++].toNumber()));
  });
}

/** CRM.SPLITS: header row plus one row per deal party (the Splits columns of SPEC §8). */
export function splits(register: unknown, policy?: unknown, ctx: CallContext = {}): SpillValue[][] | FunctionError {
  return guarded(() => {
    // Splits are what each deal earned when it closed; the as-of date is the register's latest date.
    const result = evaluateArgs(register, null, policy, ctx, { register: 0, policy: 1, latest: true });
    return isError(result) ? result : splitsSpill(result.splits, ctx.lang);
  });
}
