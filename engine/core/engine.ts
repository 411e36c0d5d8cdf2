/**
 * The engine's front door: one register, one policy, one as-of date → owners, splits and conflicts. The add-in
 * and the batch runner both call this, which is why they always agree.
 */
import type { Grouping } from './grouping';
import type { OwnershipPolicy } from './policy/schema';
import type { ConflictResult, OwnerResult, SplitResult } from './types';

/** Options of an evaluation. */
export interface EvaluateOptions {
  /** As-of day number; events after it are ignored. Default: the register's latest event date. */
  asOf?: number | null;
}

/** Everything one evaluation produces. */
export interface EngineResult {
  /** The as-of day number used. */
  asOf: number;
  policy: OwnershipPolicy;
  grouping: Grouping;
  /** One per customer group, sorted by Customer Key. */
  owners: OwnerResult[];
  /** One per deal party, by deal row then party order. */
  splits: SplitResult[];
  /** 撞单 and other disputes, by date then row. */
  conflicts: ConflictResult[];
  /** The owner result of the group a phone, household or name names; null when none does. */
  ownerOf(customer: string): OwnerResult | null;
}
