/**
 * `crm-rules check`: validate a policy file or a workbook's Rules sheet and lint it — ownership settings that do
 * nothing or cut each other short, and grade tables with gaps, overlaps, unreachable rows or unknown metrics.
 * Invalid policies throw PolicyError, which main() reports as one line naming the key, the value and what is
 * allowed.
 */
import { extname } from 'node:path';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { GRADE_KEY_HELP, GRADE_PRESETS, lintGradePolicy } from '../core/grade';
import { policyKeyOf } from '../core/policy/coerce';
import { findOwnershipPreset } from '../core/policy/presets';
import { lintOwnershipPolicy } from '../core/policy/lint';
import { caseTableLines } from '../core/split/case-lint';
import { compileCaseTable } from '../core/split/case-table';
import { gradePolicyOfFile } from './grading';
import { policyOfFile } from './policy-choice';

type Kinds = { ownership: boolean; grade: boolean };
const FREE_TEXT = new Set(['name', 'description']);

/**
 * What a policy file holds: ownership settings, grade settings, or both. A workbook's Rules sheet may hold both; a
 * JSON/YAML file holds ownership keys, grade keys (a whole-file grade policy: type, table, levels…) or a `grade`
 * section beside ownership keys.
 */
async function kindsIn(file: string): Promise<Kinds> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.json' && ext !== '.yaml' && ext !== '.yml') return { ownership: true, grade: true };
  const data = parseYaml(await readFile(file, 'utf8')) as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ownership: true, grade: false };
  const keys = Object.keys(data);
  const preset = String((data as Record<string, unknown>).preset ?? '').trim().toLowerCase();
  const ownership = keys.some((k) => k !== 'grade' && !FREE_TEXT.has(k) && k !== 'preset' && policyKeyOf(k) !== null)
    || (preset !== '' && findOwnershipPreset(preset) !== undefined);
  const gradeKeys = keys.some((k) => k in GRADE_KEY_HELP && !FREE_TEXT.has(k) && k !== 'preset') || (preset !== '' && preset in GRADE_PRESETS);
  return { ownership: ownership || !gradeKeys, grade: 'grade' in data || (gradeKeys && !ownership) };
}

/** Check one policy source; returns the report printed on success. */
export async function checkCommand(file: string): Promise<string> {
  const kinds = await kindsIn(file);
  const lines: string[] = [];
  if (kinds.ownership) {
    const { policy, source } = await policyOfFile(file);
    lines.push(`OK: ${source}: ownership policy ${policy.name} is valid (protection ${policy.protection_days === null ? 'without a stated period' : `${policy.protection_days} days`}, `
      + `claims by ${policy.claim_by} on ${policy.claim_events.join(', ')})`);
    for (const issue of lintOwnershipPolicy(policy)) lines.push(`  warning: ${issue.key}: ${issue.message}`);
    lines.push(...caseTableLines(compileCaseTable(policy)).map((l) => `  ${l}`));
  }
  // A workbook's Rules sheet may hold no grade table; only a file that is about grades must have one.
  const grade = kinds.grade ? await (kinds.ownership ? gradePolicyOfFile(file).catch(() => null) : gradePolicyOfFile(file)) : null;
  if (grade) {
    lines.push(`OK: ${grade.source}: grade policy ${grade.policy.name} (${grade.policy.type}; grades ${grade.policy.levels.join(', ')})`);
    for (const issue of lintGradePolicy(grade.policy)) {
      lines.push(`  ${issue.kind}${issue.rows.length ? ` (rows ${issue.rows.join(', ')})` : ''}: ${issue.message}`);
    }
  }
  return lines.join('\n');
}
