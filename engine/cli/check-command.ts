/**
 * `crm-rules check`: validate a policy file or a workbook's Rules sheet and lint it — ownership settings that do
 * nothing or cut each other short, and grade tables with gaps, overlaps, unreachable rows or unknown metrics.
 * Invalid policies throw PolicyError, which main() reports as one line naming the key, the value and what is
 * allowed.
 */
import { extname } from 'node:path';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { lintGradePolicy } from '../core/grade';
import { lintOwnershipPolicy } from '../core/policy/lint';
import { gradePolicyOfFile, type ChosenGradePolicy } from './grading';
import { policyOfFile } from './policy-choice';

/** Whether a policy file has grade settings to check: a workbook (its Rules sheet may) or a `grade` section. */
async function gradePolicyIn(file: string): Promise<ChosenGradePolicy | null> {
  const ext = extname(file).toLowerCase();
  if (ext === '.json' || ext === '.yaml' || ext === '.yml') {
    const data = parseYaml(await readFile(file, 'utf8')) as Record<string, unknown> | null;
    return data && typeof data === 'object' && 'grade' in data ? gradePolicyOfFile(file) : null;
  }
  return gradePolicyOfFile(file).catch(() => null);
}

/** Check one policy source; returns the report printed on success. */
export async function checkCommand(file: string): Promise<string> {
  const { policy, source } = await policyOfFile(file);
  const lines = [`OK: ${source}: ownership policy ${policy.name} is valid (protection ${policy.protection_days} days, `
    + `claims by ${policy.claim_by} on ${policy.claim_events.join(', ')})`];
  for (const issue of lintOwnershipPolicy(policy)) lines.push(`  warning: ${issue.key}: ${issue.message}`);
  const grade = await gradePolicyIn(file);
  if (grade) {
    lines.push(`OK: ${grade.source}: grade policy ${grade.policy.name} (${grade.policy.type}; grades ${grade.policy.levels.join(', ')})`);
    for (const issue of lintGradePolicy(grade.policy)) {
      lines.push(`  ${issue.kind}${issue.rows.length ? ` (rows ${issue.rows.join(', ')})` : ''}: ${issue.message}`);
    }
  }
  return lines.join('\n');
}
