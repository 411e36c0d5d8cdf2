/**
 * `crm-rules presets`: every preset with the seed text it comes from and its settings, so that a user can pick
 * one or copy its keys into a Rules sheet.
 */
import { GRADE_PRESETS } from '../core/grade';
import { OWNERSHIP_PRESETS } from '../core/policy/presets';
import { KEY_HELP, KEY_LABELS_ZH, POLICY_KEYS } from '../core/policy/schema';
import { AFTER_DEAL, AFTER_DEAL_NAMES, CASE_ROLES, CASE_ROLE_NAMES, DEAL_FACTS, DEAL_FACT_NAMES } from '../core/split/case-names';

function show(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => (v && typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ');
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : v}`).join(' / ');
  return String(value);
}

function presetLines(name: string, source: string, settings: Readonly<Record<string, unknown>>): string[] {
  const lines = [`${name}  —  ${source}`];
  for (const [key, value] of Object.entries(settings)) {
    if (key !== 'name' && value !== null && value !== undefined) lines.push(`    ${key}: ${show(value)}`);
  }
  lines.push('');
  return lines;
}

/** Every ownership/split key with its Chinese label and what it allows, and the deal-case table's vocabulary. */
function keyLines(): string[] {
  const lines = ['Ownership and split keys (key / 中文: allowed values):', ''];
  for (const key of POLICY_KEYS) lines.push(`    ${key} / ${KEY_LABELS_ZH[key]}: ${KEY_HELP[key]}`);
  lines.push('', 'Deal-case table facts (fact / 中文: meaning):', '');
  for (const fact of DEAL_FACT_NAMES) {
    const info: { zh: string; help: string; values?: readonly string[] } = DEAL_FACTS[fact];
    lines.push(`    ${fact} / ${info.zh}: ${info.help}${info.values ? ` (${info.values.join(', ')})` : ''}`);
  }
  lines.push('', 'Deal-case party roles (role / 中文), and after the deal (成交后归属):', '');
  for (const role of CASE_ROLE_NAMES) lines.push(`    ${role} / ${CASE_ROLES[role].zh}: ${CASE_ROLES[role].help}`);
  for (const after of AFTER_DEAL_NAMES) lines.push(`    after ${after} / ${AFTER_DEAL[after].zh}: ${AFTER_DEAL[after].help}`);
  lines.push('');
  return lines;
}

/** The presets listing. */
export function presetsText(): string {
  const lines: string[] = ['Ownership and split presets (--preset NAME):', ''];
  for (const p of Object.values(OWNERSHIP_PRESETS)) lines.push(...presetLines(p.name, p.source, p.settings));
  lines.push('Grade presets (--grade-preset NAME):', '');
  for (const [name, p] of Object.entries(GRADE_PRESETS)) lines.push(...presetLines(name, p.source, p.policy.settings));
  lines.push(...keyLines());
  return lines.join('\n').trimEnd();
}
