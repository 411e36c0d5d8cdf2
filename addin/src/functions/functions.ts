/**
 * The CRM.* custom functions as Excel sees them. This file is the source of functions.json (generated from the
 * JSDoc tags below by custom-functions-metadata) and registers each function with the shared runtime. Bodies
 * only bridge to the pure adapters: they fetch the workbook's Rules sheet when the policy is omitted and turn a
 * FunctionError into Excel's error value.
 */
import { currentBurst } from './burst';
import { isError, type FunctionError } from './errors';
import { grade, score } from './grade';
import { makeHandle } from './handles';
import { explain, NOT_PREVIEWED, owner, owners, status, type CallContext } from './owner';
import { split, splits } from './split';
import { workbookRules } from './workbook-rules';

/** A result for Excel: a FunctionError becomes a thrown CustomFunctions.Error (#VALUE! or #N/A with the message). */
function excel<T>(result: T | FunctionError): T {
  if (isError(result)) throw new CustomFunctions.Error(CustomFunctions.ErrorCode[result.code], result.message);
  return result;
}

/**
 * Addresses of the arguments (with @requiresParameterAddresses), the workbook's Rules sheet, and the burst of
 * calls this one arrived with — taken before the first await, while the runtime is still starting the calls of
 * one message (see burst.ts).
 */
async function callContext(invocation: CustomFunctions.Invocation | undefined): Promise<CallContext> {
  const burst = currentBurst();
  const lang = typeof Office !== 'undefined' && /^zh\b/i.test(Office.context?.displayLanguage ?? '') ? 'zh' : 'en';
  // isInValuePreview is declared as a string in some type versions and is a boolean at run time.
  const preview = String(invocation?.isInValuePreview) === 'true';
  return { addresses: invocation?.parameterAddresses, rules: await workbookRules(), lang, burst, preview };
}

/**
 * Handle of a register (客户登记表句柄): put it in one cell and pass that cell to OWNER, STATUS, EXPLAIN, OWNERS and SPLITS instead of the range, so Excel hands the register over once per recalculation instead of once per formula.
 * @customfunction REGISTER
 * @helpurl https://localhost:3000/help.html#register
 * @param register Register range; first row is the header (日期, 客户, 电话, 销售员, 类型...).
 * @param [policy] Preset name or Rules range; default: the workbook's Rules sheet, else realestate.
 * @param [as_of] As-of date; default: the register's latest date.
 * @requiresAddress
 * @requiresParameterAddresses
 * @returns A short text naming the register's content; it changes when the range changes.
 */
export async function REGISTER(register: any[][], policy?: any[][], as_of?: number | string, invocation?: CustomFunctions.Invocation): Promise<string> {
  const ctx = await callContext(invocation);
  if (ctx.preview) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, NOT_PREVIEWED);
  return excel(makeHandle(register, policy, as_of, { ...ctx, cell: invocation?.address }));
}

/**
 * Owner of a customer as of a date (客户归属): "" when the customer is in the pool.
 * @customfunction OWNER
 * @helpurl https://localhost:3000/help.html#owner
 * @param customer Phone, customer name or household (电话/客户/家庭).
 * @param register Register range (first row is the header: 日期, 客户, 电话, 销售员, 类型...) or a CRM.REGISTER cell.
 * @param [as_of] As-of date; default: the register's latest date.
 * @param [policy] Preset name or Rules range; default: the workbook's Rules sheet, else realestate.
 * @requiresParameterAddresses
 * @returns The owner's name.
 */
export async function OWNER(customer: string | number, register: any[][], as_of?: number | string, policy?: any[][], invocation?: CustomFunctions.Invocation): Promise<string> {
  return excel(owner(customer, register, as_of, policy, await callContext(invocation)));
}

/**
 * Owners of every customer group (spill): Customer Key, Customer, Phone, Household, Owner, Team, Status, Owner Since, Protected Until, Reason.
 * @customfunction OWNERS
 * @helpurl https://localhost:3000/help.html#owners
 * @param register Register range (first row is the header) or a CRM.REGISTER cell.
 * @param [as_of] As-of date; default: the register's latest date.
 * @param [policy] Preset name or Rules range; default: the workbook's Rules sheet, else realestate.
 * @requiresParameterAddresses
 * @returns One row per customer group, under a header row.
 */
export async function OWNERS(register: any[][], as_of?: number | string, policy?: any[][], invocation?: CustomFunctions.Invocation): Promise<any[][]> {
  return excel(owners(register, as_of, policy, await callContext(invocation)));
}

/**
 * Reason behind CRM.OWNER: the rule and the rows it rests on.
 * @customfunction EXPLAIN
 * @helpurl https://localhost:3000/help.html#explain
 * @param customer Phone, customer name or household.
 * @param register Register range (first row is the header) or a CRM.REGISTER cell.
 * @param [as_of] As-of date; default: the register's latest date.
 * @param [policy] Preset name or Rules range; default: the workbook's Rules sheet, else realestate.
 * @requiresParameterAddresses
 * @returns The reason text.
 */
export async function EXPLAIN(customer: string | number, register: any[][], as_of?: number | string, policy?: any[][], invocation?: CustomFunctions.Invocation): Promise<string> {
  return excel(explain(customer, register, as_of, policy, await callContext(invocation)));
}

/**
 * Ownership status of a customer: protected, locked, expired, pool or none.
 * @customfunction STATUS
 * @helpurl https://localhost:3000/help.html#status
 * @param customer Phone, customer name or household.
 * @param register Register range (first row is the header) or a CRM.REGISTER cell.
 * @param [as_of] As-of date; default: the register's latest date.
 * @param [policy] Preset name or Rules range; default: the workbook's Rules sheet, else realestate.
 * @requiresParameterAddresses
 * @returns The status word.
 */
export async function STATUS(customer: string | number, register: any[][], as_of?: number | string, policy?: any[][], invocation?: CustomFunctions.Invocation): Promise<string> {
  return excel(status(customer, register, as_of, policy, await callContext(invocation)));
}

/**
 * Exact allocation of an amount by weights (spill in the shape of weights); the parts always sum to the amount.
 * @customfunction SPLIT
 * @helpurl https://localhost:3000/help.html#split
 * @param amount Amount to allocate, e.g. 10000.01.
 * @param weights Weights or percents, a row or a column, e.g. {50,50}.
 * @param [decimals] Decimal places; default 2.
 * @returns The parts.
 */
export function SPLIT(amount: number, weights: number[][], decimals?: number): number[][] {
  return excel(split(amount, weights, decimals));
}

/**
 * Credit and commission splits of every deal (spill): Deal Row, Deal Date, Customer Key, Amount, Commission, Party, Role, Credit Share, Credit Amount, Commission Amount, Reason.
 * @customfunction SPLITS
 * @helpurl https://localhost:3000/help.html#splits
 * @param register Register range (first row is the header) or a CRM.REGISTER cell.
 * @param [policy] Preset name or Rules range; default: the workbook's Rules sheet, else realestate.
 * @requiresParameterAddresses
 * @returns One row per deal party, under a header row.
 */
export async function SPLITS(register: any[][], policy?: any[][], invocation?: CustomFunctions.Invocation): Promise<any[][]> {
  return excel(splits(register, policy, await callContext(invocation)));
}

/**
 * Grade of one customer (客户分级) by a decision table or a grade preset.
 * @customfunction GRADE
 * @helpurl https://localhost:3000/help.html#grade
 * @param metrics Two rows (metric names, then values), or the values when names are given.
 * @param rules Grade preset name (e.g. annual-sales-4tier) or a decision table range with a grade (等级) column.
 * @param [names] Metric names, one per value in metrics; a name repeated is a monthly series, oldest first.
 * @requiresParameterAddresses
 * @returns The grade.
 */
export function GRADE(metrics: any[][], rules: any[][], names?: any[][], invocation?: CustomFunctions.Invocation): string {
  return excel(grade(metrics, rules, names, { addresses: invocation?.parameterAddresses }));
}

/**
 * Weighted score of one customer under a score-type grade policy (the total that GRADE grades by thresholds).
 * @customfunction SCORE
 * @helpurl https://localhost:3000/help.html#score
 * @param metrics Two rows (metric names, then values), or the values when names are given.
 * @param rules Grade preset name (e.g. medical-quota) or a grade policy range.
 * @param [names] Metric names, one per value in metrics.
 * @requiresParameterAddresses
 * @returns The score.
 */
export function SCORE(metrics: any[][], rules: any[][], names?: any[][], invocation?: CustomFunctions.Invocation): number {
  return excel(score(metrics, rules, names, { addresses: invocation?.parameterAddresses }));
}

/** Register the functions with the shared runtime (absent when the page is opened outside Excel). */
if (typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.associate === 'function') {
  CustomFunctions.associate('REGISTER', REGISTER);
  CustomFunctions.associate('OWNER', OWNER);
  CustomFunctions.associate('OWNERS', OWNERS);
  CustomFunctions.associate('EXPLAIN', EXPLAIN);
  CustomFunctions.associate('STATUS', STATUS);
  CustomFunctions.associate('SPLIT', SPLIT);
  CustomFunctions.associate('SPLITS', SPLITS);
  CustomFunctions.associate('GRADE', GRADE);
  CustomFunctions.associate('SCORE', SCORE);
}
