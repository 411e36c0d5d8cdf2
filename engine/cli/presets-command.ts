/**
 * `crm-rules presets`: the ownership presets grouped by the seed file they come from, each with its regulation,
 * a one-line summary in Chinese and English, every setting with the article it rests on, and the articles the
 * preset leaves to people; then the grade presets. A user can pick one or copy its keys into a Rules sheet.
 */
import { GRADE_PRESETS } from '../core/grade';
import { PRESETS_BY_SEED, ownershipPreset, type OwnershipPreset } from '../core/policy/presets';
import { caseTableLines } from '../core/split/case-lint';
import { compileCaseTable } from '../core/split/case-table';
import { KEY_HELP, KEY_LABELS_ZH, POLICY_KEYS } from '../core/policy/schema';
import { AFTER_DEAL, AFTER_DEAL_NAMES, CASE_ROLES, CASE_ROLE_NAMES, DEAL_FACTS, DEAL_FACT_NAMES } from '../core/split/case-names';

function show(value: unknown): string {
  if (Array.isArray(value)) return value.map((v) => (v && typeof v === 'object' ? JSON.stringify(v) : String(v))).join(', ');
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k} ${typeof v === 'object' ? JSON.stringify(v) : v}`).join(' / ');
  return String(value);
}

/** `key: value` lines of a preset's settings, each followed by where it comes from when known. */
function settingLines(settings: Readonly<Record<string, unknown>>, cites: Readonly<Record<string, string | undefined>> = {}): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(settings)) {
    if (key === 'name' || key === 'description' || key === 'deal_cases' || value === null || value === undefined) continue;
    lines.push(`    ${key}: ${show(value)}${cites[key] ? `    ← ${cites[key]}` : ''}`);
  }
  return lines;
}

function ownershipLines(p: OwnershipPreset): string[] {
  const names = p.aliases.length > 0 ? `${p.name} (also ${p.aliases.join(', ')})` : p.name;
  const lines = [`  ${names}  —  ${p.title}`, `    ${p.summary.zh}`, `    ${p.summary.en}`];
  lines.push(...settingLines(p.settings, p.cites));
  if (p.settings.deal_cases) {
    lines.push(`    deal_cases:    ← ${p.cites.deal_cases ?? ''}`, ...caseTableLines(compileCaseTable(ownershipPreset(p.name))).map((l) => `      ${l}`));
  }
  if (p.unsettled.length > 0) lines.push('    not decided by this preset:', ...p.unsettled.map((u) => `      - ${u}`));
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
  const lines: string[] = ['Ownership and split presets (--preset NAME), by seed regulation file:', ''];
  for (const [seed, presets] of Object.entries(PRESETS_BY_SEED)) {
    lines.push(`seed ${seed}:`, '');
    for (const p of presets) lines.push(...ownershipLines(p));
  }
  lines.push('Grade presets (--grade-preset NAME):', '');
  for (const [name, p] of Object.entries(GRADE_PRESETS)) lines.push(`${name}  —  ${p.source}`, ...settingLines(p.policy.settings), '');
  lines.push(...keyLines());
  return lines.join('\n').trimEnd();
}
