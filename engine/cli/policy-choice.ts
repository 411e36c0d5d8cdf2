/**
 * Which ownership policy a run uses (SPEC §6, §8): `--preset NAME`, else `--policy FILE` (JSON, YAML, or a
 * workbook's Rules sheet), else the input workbook's own Rules (规则) sheet, else the `realestate` preset.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { policyFromRulesSheet, policyFromText } from '../core/policy/load';
import { DEFAULT_PRESET, ownershipPreset } from '../core/policy/presets';
import type { OwnershipPolicy } from '../core/policy/schema';
import { PolicyError } from '../core/policy/validate';
import { InputError, readNamedTables, type TableInput } from '../io';
import { systemProblem } from '../io/file-error';

/** A policy and where it came from (for the Audit sheet and messages). */
export interface ChosenPolicy {
  policy: OwnershipPolicy;
  source: string;
}

const TEXT_POLICY = new Set(['.json', '.yaml', '.yml']);
const WORKBOOK = new Set(['.xlsx', '.xlsm']);

/** The ownership policy of a Rules sheet table. */
export function policyOfRulesTable(table: TableInput): ChosenPolicy {
  const where = table.file ? `${table.file} ${table.sheet}` : table.sheet;
  return { policy: policyFromRulesSheet(table.rows, table.firstRow, table.sheet), source: `${where} sheet` };
}

/** A policy file: JSON/YAML text, or a workbook whose Rules sheet holds the policy. */
export async function policyOfFile(path: string): Promise<ChosenPolicy> {
  const name = basename(path);
  const ext = extname(path).toLowerCase();
  if (TEXT_POLICY.has(ext)) {
    const text = await readFile(path, 'utf8').catch((e: NodeJS.ErrnoException) => {
      throw new InputError(name, e.code === 'ENOENT' ? 'file not found' : systemProblem(e));
    });
    return { policy: policyFromText(text, name), source: name };
  }
  if (WORKBOOK.has(ext)) {
    const { rules } = await readNamedTables(path);
    if (!rules) throw new PolicyError(`${name}: no Rules (规则) sheet in this workbook`);
    return policyOfRulesTable(rules);
  }
  throw new InputError(name, 'a policy is a .json, .yaml/.yml file or a workbook (.xlsx) with a Rules sheet');
}

/** Choose the run's ownership policy by the order of precedence above. */
export async function choosePolicy(options: { preset?: string; policy?: string }, rulesTable?: TableInput): Promise<ChosenPolicy> {
  if (options.preset && options.policy) throw new PolicyError('give either --preset or --policy, not both');
  if (options.preset) return { policy: ownershipPreset(options.preset), source: `preset ${options.preset}` };
  if (options.policy) return policyOfFile(options.policy);
  if (rulesTable) return policyOfRulesTable(rulesTable);
  return { policy: ownershipPreset(DEFAULT_PRESET), source: `default preset ${DEFAULT_PRESET}` };
}
