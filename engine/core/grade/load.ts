/**
 * The front doors for grade policies: a preset name, a plain object (a YAML/JSON `grade:` section or a whole
 * file, optionally starting from a preset), YAML/JSON text, a decision table range, or a Rules sheet.
 */
import { parsePolicyText, readRulesSheet } from '../policy/load';
import type { Cell } from '../types';
import { cellText, isBlank } from '../values';
import { GRADE_PRESET_LABELS } from './keys';
import { GradePolicyError } from './errors';
import type { GradePolicy } from './policy';
import { buildGradePolicy } from './policy-object';
import { GRADE_PRESETS, gradePresetSettings } from './presets';
import type { HitPolicy } from './table';
import { readTable, type TablePlace } from './table-sheet';

/** The policy of a grade preset. Throws GradePolicyError listing the presets when the name is unknown. */
export function gradePreset(name: string): GradePolicy {
  const p = GRADE_PRESETS[name.trim().toLowerCase()];
  if (!p) throw new GradePolicyError(`grade preset "${name}" is not allowed; expected one of ${Object.keys(GRADE_PRESETS).join(', ')}`, 'preset', name);
  return p.policy;
}

/**
 * A grade policy from a plain object: the policy keys themselves, or an object with a `grade` section (an
 * object, or a preset name). A `preset` key starts from that preset and overrides its keys.
 */
export function gradePolicyFromObject(obj: unknown, source: string): GradePolicy {
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
    throw new GradePolicyError(`${source}: a grade policy must be a set of key: value pairs, got ${JSON.stringify(obj)}`);
  }
  let raw = obj as Record<string, unknown>;
  if ('grade' in raw) {
    const section = raw.grade;
    if (typeof section === 'string') return gradePreset(section);
    if (!section || typeof section !== 'object' || Array.isArray(section)) {
      throw new GradePolicyError(`${source}: key grade: value ${JSON.stringify(section)} is not allowed; expected a grade preset name or a set of grade keys`, 'grade', section);
    }
    raw = section as Record<string, unknown>;
  }
  if (raw.preset !== undefined) {
    const name = cellText(raw.preset as Cell);
    const base = gradePresetSettings(name);
    if (!base) throw new GradePolicyError(`${source}: key preset: value "${name}" is not allowed; expected one of ${Object.keys(GRADE_PRESETS).join(', ')}`, 'preset', name);
    const { preset: _preset, ...overrides } = raw;
    // A table given with the preset replaces the preset's rows rather than mixing two forms.
    const kept = { ...base };
    if (overrides.rows !== undefined) delete kept.table;
    raw = { ...kept, ...overrides };
  }
  return buildGradePolicy(raw, source);
}

/** A grade policy from JSON or YAML text. */
export function gradePolicyFromText(text: string, source: string): GradePolicy {
  return gradePolicyFromObject(parsePolicyText(text, source, (m) => new GradePolicyError(m)), source);
}

/** Where a table sits, plus a hit policy and further policy keys (lifecycle, levels, caps). */
export interface GradeTableOptions extends TablePlace {
  hitPolicy?: HitPolicy;
  settings?: Record<string, unknown>;
}

/**
 * A grade policy from a decision table range (header row first). `firstRow`/`sheet` make messages name
 * spreadsheet cells (`Rules!C7`) and the lint report spreadsheet rows.
 */
export function gradePolicyFromTable(rows: readonly (readonly Cell[])[], options: GradeTableOptions = {}): GradePolicy {
  const source = options.source ?? (options.sheet ? `${options.sheet} sheet` : 'grade table');
  const parts = readTable(rows, { ...options, source });
  // The table's text goes into the settings so the Audit sheet shows the policy in full.
  const table = rows.map((r) => r.map((c) => cellText(c)));
  const settings = { ...(options.settings ?? {}), table, ...(options.hitPolicy ? { hit_policy: options.hitPolicy } : {}) };
  return buildGradePolicy(settings, source, { parts });
}

/** The grade policy of a Rules sheet's grade table, or null when the sheet has none. */
export function gradePolicyFromRulesSheet(table: readonly (readonly Cell[])[], firstRow = 1, sheet = 'Rules'): GradePolicy | null {
  const { gradeTable, gradeEntries } = readRulesSheet(table, firstRow, sheet);
  const settings: Record<string, unknown> = {};
  let preset: string | null = null;
  for (const e of gradeEntries) {
    if (GRADE_PRESET_LABELS.has(e.key)) preset = cellText(e.value);
    else settings[e.key] = isBlank(e.value) ? null : e.value;
  }
  if (gradeTable) return gradePolicyFromTable(gradeTable.rows, { firstRow: gradeTable.firstRow, sheet, settings });
  return preset ? gradePolicyFromObject({ preset, ...settings }, `${sheet} sheet`) : null;
}

/**
 * The `rules` argument of =CRM.GRADE: a preset name (text, or a range holding one cell of text) or a decision
 * table range.
 */
export function gradePolicyFromRules(rules: string | readonly (readonly Cell[])[], place: TablePlace = {}): GradePolicy {
  if (typeof rules === 'string') return gradePreset(rules);
  const filled = rules.flat().filter((c) => !isBlank(c));
  if (filled.length === 1 && typeof filled[0] === 'string') return gradePreset(filled[0]);
  return gradePolicyFromTable(rules, place);
}
