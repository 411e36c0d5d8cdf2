/** Test helpers: evaluate a small register under a preset with overrides. */
import { evaluate, ownershipPreset, parseDay, parseRegister, validatePolicy, type EngineResult, type OwnershipPolicyInput } from '../../engine/core';
import type { Cell } from '../../engine/core/types';

/** Evaluate `table` under `preset` with `overrides`, as of an ISO date (default: latest event). */
export function run(tableRows: Cell[][], preset: string, overrides: OwnershipPolicyInput = {}, asOf?: string): EngineResult {
  const policy = validatePolicy({ ...ownershipPreset(preset), ...overrides }, 'test policy');
  const register = parseRegister(tableRows);
  if (register.exceptions.length > 0) throw new Error(`fixture has exceptions: ${JSON.stringify(register.exceptions)}`);
  return evaluate(register, policy, { asOf: asOf ? parseDay(asOf) : null });
}
