/**
 * Ownership presets (SPEC §6): one per seed regulation with executable rules, each in the file of its seed
 * (`presets/seed-000.ts` …). A preset is found by its name, by an older name (`realestate`, `store-30`, … so
 * that Rules sheets written before keep working) or by the regulation's Chinese title.
 */
import type { OwnershipPolicy } from './schema';
import { PolicyError, validatePolicy } from './validate';
import type { OwnershipPreset, SeedFile } from './presets/preset';
import { SEED_000 } from './presets/seed-000';
import { SEED_001 } from './presets/seed-001';
import { SEED_002 } from './presets/seed-002';

export type { OwnershipPreset, SeedFile } from './presets/preset';

/** The presets of each seed file, in seed order. */
export const PRESETS_BY_SEED: Readonly<Record<SeedFile, readonly OwnershipPreset[]>> = { '000': SEED_000, '001': SEED_001, '002': SEED_002 };

/** The ownership presets, by name (aliases are not keys: see findOwnershipPreset). */
export const OWNERSHIP_PRESETS: Readonly<Record<string, OwnershipPreset>> = Object.fromEntries(
  Object.values(PRESETS_BY_SEED).flat().map((p) => [p.name, p]),
);

/** Every name a preset answers to (name, aliases, title), lower-cased, to its preset. */
const BY_ANY_NAME = new Map<string, OwnershipPreset>();
for (const p of Object.values(OWNERSHIP_PRESETS)) {
  for (const n of [p.name, ...p.aliases, p.title]) {
    if (BY_ANY_NAME.has(n.toLowerCase())) throw new Error(`preset name "${n}" is used twice`);
    BY_ANY_NAME.set(n.toLowerCase(), p);
  }
}

/** The default preset when neither a policy nor a Rules sheet is given: 002 房地产销售案场客户归属规定, by its older name. */
export const DEFAULT_PRESET = 'realestate';

/** The preset a name, an older name or a regulation's title selects; undefined when none. */
export function findOwnershipPreset(name: string): OwnershipPreset | undefined {
  return BY_ANY_NAME.get(name.trim().toLowerCase());
}

/** The accepted preset names for messages: every name, then the older names. */
export function presetNamesText(): string {
  const presets = Object.values(OWNERSHIP_PRESETS);
  return `${presets.map((p) => p.name).join(', ')} (older names: ${presets.flatMap((p) => p.aliases).join(', ')})`;
}

/** A validated ownership preset by name, older name or title; PolicyError listing the presets when unknown. */
export function ownershipPreset(name: string): OwnershipPolicy {
  const preset = findOwnershipPreset(name);
  if (!preset) throw new PolicyError(`unknown ownership preset "${name}"; expected one of ${presetNamesText()}`, 'preset', name);
  return validatePolicy(preset.settings, `preset ${preset.name}`);
}
