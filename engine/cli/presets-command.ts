/**
 * `crm-rules presets`: the ownership presets grouped by the seed file they come from, each with its regulation,
 * a one-line summary in Chinese and English, every setting with the article it rests on, and the articles the
 * preset leaves to people; then the grade presets. A user can pick one or copy its keys into a Rules sheet.
 */
import { GRADE_PRESETS } from '../core/grade';
import { PRESETS_BY_SEED, ownershipPreset, type OwnershipPreset } from '../core/policy/presets';
import { caseTableLines } from '../core/split/case-lint';
import { compileCaseTable } from '../core/split/case-table';

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

/** The presets listing. */
export function presetsText(): string {
  const lines: string[] = ['Ownership and split presets (--preset NAME), by seed regulation file:', ''];
  for (const [seed, presets] of Object.entries(PRESETS_BY_SEED)) {
    lines.push(`seed ${seed}:`, '');
    for (const p of presets) lines.push(...ownershipLines(p));
  }
  lines.push('Grade presets (--grade-preset NAME):', '');
  for (const [name, p] of Object.entries(GRADE_PRESETS)) lines.push(`${name}  —  ${p.source}`, ...settingLines(p.policy.settings), '');
  return lines.join('\n').trimEnd();
}
