/**
 * Owners, Splits and Conflicts CSVs of the engine over fixed registers and policies, hashed: the equivalence test
 * compares today's answers with the answers recorded before deal splits became a deal-case table.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { syntheticTable } from '../../bench/synthetic';
import { evaluate } from '../../engine/core/evaluate';
import { validatePolicy } from '../../engine/core/policy/validate';
import { parseRegister } from '../../engine/core/register';
import type { Register } from '../../engine/core/types';
import { writeCsvSheets } from '../../engine/io/csv-writer';
import { readInputs } from '../../engine/io/read-inputs';
import { conflictsSheet, ownersSheet, splitsSheet } from '../../engine/io/result-tables';
import { tempDir } from '../temp-dirs';

/** The registers the equivalence runs over: the samples and a 60,000-row synthetic register. */
export const GOLDEN_REGISTERS = [
  'samples/spec-example.csv',
  'samples/realestate/sales-office-2026Q1.xlsx',
  'samples/agency/channel-reports-2026-03.csv',
  'synthetic:60000',
] as const;

/** A register by its name in GOLDEN_REGISTERS. */
export async function goldenRegister(name: string): Promise<Register> {
  if (name.startsWith('synthetic:')) {
    return parseRegister(syntheticTable({ rows: Number(name.slice(10)), groups: Number(name.slice(10)) / 10, seed: 20261202 }));
  }
  return (await readInputs([name])).register;
}

/** Policy variants the equivalence runs: the preset, and the preset with the introducer or company case reachable. */
export const GOLDEN_VARIANTS = ['preset', 'introducers', 'company'] as const;

/**
 * A preset's settings in a variant: `introducers` makes the first 60 referrers employee introducers, `company`
 * makes the team of the middle row a company team, so those split cases are exercised on the register too.
 */
export function variantSettings(settings: Record<string, unknown>, variant: (typeof GOLDEN_VARIANTS)[number], register: Register): Record<string, unknown> {
  if (variant === 'introducers') {
    const referrers = new Set<string>();
    const { referrer } = register.cols;
    for (let i = 0; i < register.size && referrers.size < 60; i++) if (referrer[i]) referrers.add(register.texts[referrer[i]]);
    return { ...settings, introducers: [...referrers] };
  }
  if (variant === 'company') {
    const team = register.texts[register.cols.team[Math.floor(register.size / 2)]];
    return { ...settings, company_teams: team ? [team] : [] };
  }
  return { ...settings };
}

/**
 * The one deliberate change since the recording: an owner reason says when a named referrer was not honoured and
 * why. Taking that clause out must give the recorded bytes.
 */
const NEW_CLAUSES = /; referrer [^;"\r\n]* named on row [^;"\r\n]* not honoured: [^;"\r\n]*/g;

/** SHA-256 of the Owners, Splits and Conflicts CSVs (English) of one evaluation. */
export async function goldenHashes(register: Register, settings: Record<string, unknown>, asOf: number | null): Promise<Record<string, string>> {
  const result = evaluate(register, validatePolicy(settings), { asOf });
  const dir = tempDir('crm-golden-');
  try {
    const paths = await writeCsvSheets(dir, [ownersSheet(result.owners), splitsSheet(result.splits), conflictsSheet(result.conflicts)], 'en');
    return Object.fromEntries(paths.map((p) => [p.slice(dir.length + 1), createHash('sha256').update(readFileSync(p, 'utf8').replace(NEW_CLAUSES, ''), 'utf8').digest('hex')]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
