/**
 * Sheets the pane inserts: the register template (the header row of SPEC §2) and a Rules sheet written from a
 * preset in the key/value form the Rules-sheet reader takes back (so inserting and reading a preset round-trips).
 */
import { FIELD_ALIASES } from '../../../engine/core/aliases';
import { NO_PERIOD_WORD } from '../../../engine/core/policy/coerce';
import { KEY_HELP, KEY_LABELS_ZH, POLICY_KEYS, type OwnershipPolicy } from '../../../engine/core/policy/schema';
import { OWNERSHIP_PRESETS, ownershipPreset } from '../../../engine/core/policy/presets';
import { REGISTER_FIELDS } from '../../../engine/core/types';
import type { Lang } from './i18n';

/** The register header row: the first Chinese alias of each field, or the English field name. */
export function registerHeader(lang: Lang): string[] {
  return REGISTER_FIELDS.map((f) => (lang === 'zh' ? FIELD_ALIASES[f][0] : f));
}

/** A policy value written the way a Rules-sheet author writes it. */
export function ruleValueText(value: OwnershipPolicy[keyof OwnershipPolicy]): string | number {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (Array.isArray(value)) return value.join(', ');
  return Object.entries(value).map(([party, pct]) => `${party} ${pct}`).join(' / ');
}

/**
 * The rows of a Rules sheet for a preset: a title, a header, then every key with its value. Keys are written
 * in full (not just `preset`) so the sheet shows what the preset means and can be edited in place.
 */
export function rulesSheetRows(preset: string, lang: Lang): (string | number)[][] {
  const policy = ownershipPreset(preset);
  const source = OWNERSHIP_PRESETS[policy.name]?.source ?? '';
  const rows: (string | number)[][] = [
    [lang === 'zh' ? `客户规则：${policy.name}（${source}）` : `CRM rules: preset ${policy.name} (${source})`, '', '', ''],
    lang === 'zh' ? ['规则项', '取值', 'key', '说明'] : ['key', 'value', '中文', 'note'],
  ];
  // The sheet starts from the preset: its deal-case table does not fit in one cell, and keys that go together
  // (referral_after_lapse with honor_referral) are then each checked over the preset's own values.
  const table = policy.deal_cases !== null;
  rows.push([lang === 'zh' ? '预设' : 'preset', policy.name, lang === 'zh' ? 'preset' : '预设', 'the preset this sheet starts from (its deal-case table: crm-rules check)']);
  for (const key of POLICY_KEYS) {
    if (table && key === 'deal_cases') continue;
    const label = lang === 'zh' ? KEY_LABELS_ZH[key] : key;
    // No stated period is written in words: a blank protection_days cell is refused when read back.
    const value = key === 'protection_days' && policy.protection_days === null ? NO_PERIOD_WORD : ruleValueText(policy[key]);
    rows.push([label, value, lang === 'zh' ? key : KEY_LABELS_ZH[key], KEY_HELP[key]]);
  }
  return rows;
}

/** Presets for the pane's chooser: name, the regulation's Chinese title to show, and the one-line description. */
export function presetChoices(): { name: string; label: string; description: string }[] {
  return Object.values(OWNERSHIP_PRESETS).map((p) => ({ name: p.name, label: p.title, description: p.settings.description ?? '' }));
}
