/**
 * `crm-rules presets`: every preset with the seed text it comes from and its settings, so that a user can pick
 * one or copy its keys into a Rules sheet.
 */
import { OWNERSHIP_PRESETS } from '../core/policy/presets';

function show(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => `${k} ${v}`).join(' / ');
  return String(value);
}

/** The presets listing. */
export function presetsText(): string {
  const lines: string[] = ['Ownership and split presets (--preset NAME):', ''];
  for (const p of Object.values(OWNERSHIP_PRESETS)) {
    lines.push(`${p.name}  —  ${p.source}`);
    for (const [key, value] of Object.entries(p.settings)) {
      if (key !== 'name') lines.push(`    ${key}: ${show(value)}`);
    }
    lines.push('');
  }
  return lines.join('\n').trimEnd();
}
