/**
 * `crm-rules presets`: every preset with the seed text it comes from and its settings, so that a user can pick
 * one or copy its keys into a Rules sheet.
 */
import { GRADE_PRESETS } from '../core/grade';
import { OWNERSHIP_PRESETS } from '../core/policy/presets';

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

/** The presets listing. */
export function presetsText(): string {
  const lines: string[] = ['Ownership and split presets (--preset NAME):', ''];
  for (const p of Object.values(OWNERSHIP_PRESETS)) lines.push(...presetLines(p.name, p.source, p.settings));
  lines.push('Grade presets (--grade-preset NAME):', '');
  for (const [name, p] of Object.entries(GRADE_PRESETS)) lines.push(...presetLines(name, p.source, p.policy.settings));
  return lines.join('\n').trimEnd();
}
