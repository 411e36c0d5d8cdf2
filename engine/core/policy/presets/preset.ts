/**
 * The shape of an ownership preset: one seed regulation written as policy data, with the article each setting
 * comes from, so that a user can check every setting against the text it claims to follow.
 */
import type { OwnershipPolicy, OwnershipPolicyInput } from '../schema';

/** Seed files the presets come from (`seeds/000_…`, `001_…`, `002_…`). */
export type SeedFile = '000' | '001' | '002';

/** An ownership preset: one regulation, its settings and where each comes from. */
export interface OwnershipPreset {
  /** The preset's name (a slug), as `--preset` and a Rules sheet's `preset` key take it. */
  name: string;
  /** Older names that still select this preset (Rules sheets written before the per-regulation presets). */
  aliases: readonly string[];
  /** The regulation's own title, in Chinese, as the seed gives it. */
  title: string;
  seed: SeedFile;
  /** Seed file and title, e.g. `002 房地产销售案场客户归属规定`. */
  source: string;
  /** One line on what the preset does, in Chinese and English. */
  summary: { zh: string; en: string };
  settings: OwnershipPolicyInput;
  /** For every setting of `settings` (except name and description): the article and sentence it rests on. */
  cites: Partial<Record<keyof OwnershipPolicy, string>>;
  /**
   * Articles of the regulation this preset does not execute, each saying what is left to people (a manager's
   * decision) or which fact the register does not carry. Listed by `crm-rules presets`, so nobody mistakes a
   * silent default for the regulation.
   */
  unsettled: readonly string[];
}

/** A preset with its `source` made from seed and title (one way of naming the source everywhere). */
export function preset(p: Omit<OwnershipPreset, 'source'>): OwnershipPreset {
  return { ...p, source: `${p.seed} ${p.title}` };
}
