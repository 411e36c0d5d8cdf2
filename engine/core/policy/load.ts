/**
 * Policies from their three sources (SPEC §6): a preset name, a JSON/YAML text, or a Rules sheet given as a 2D
 * array. A `preset` key makes a policy start from a preset and override some keys.
 */
import { parse as parseYaml } from 'yaml';
import { GRADE_PRESET_LABELS, GRADE_SHEET_KEYS } from '../grade/keys';
import type { Cell } from '../types';
import { cellText, isBlank } from '../values';
import { cellAddress } from './address';
import { dealCasesOfBlock, isShareHeader } from './case-block';
import { PRESET_LABELS, coerceValue, policyKeyOf } from './coerce';
import { DEFAULT_PRESET, findOwnershipPreset, ownershipPreset, presetNamesText } from './presets';
import type { OwnershipPolicy } from './schema';
import { PolicyError, validatePolicy } from './validate';

export { cellAddress };

/**
 * Build a policy from raw key/value pairs (keys may be Chinese labels). `where` names the source of each key for
 * messages (e.g. `Rules!B5`).
 */
export function policyFromEntries(
  entries: readonly { key: string; value: unknown; where?: string }[],
  source: string,
): OwnershipPolicy {
  let base: Record<string, unknown> = {};
  const raw: Record<string, unknown> = {};
  for (const { key, value, where } of entries) {
    const at = where ? `${source} ${where}` : source;
    if (PRESET_LABELS.has(key.trim().toLowerCase())) {
      const name = cellText(value as Cell);
      const preset = findOwnershipPreset(name);
      if (!preset) {
        throw new PolicyError(`${at}: key preset: value "${name}" is not allowed; expected one of ${presetNamesText()}`, 'preset', name);
      }
      base = { ...preset.settings };
      continue;
    }
    const k = policyKeyOf(key);
    if (!k) {
      throw new PolicyError(`${at}: unknown key "${key}"; see \`crm-rules presets\` or the template's Rules sheet for the keys`, key, value);
    }
    const coerced = coerceValue(k, value);
    // Validate key by key so the message can point at the cell the author has to fix.
    if (where) validatePolicy({ ...base, ...raw, [k]: coerced }, at);
    raw[k] = coerced;
  }
  return validatePolicy({ ...base, ...raw }, source);
}

/**
 * Policy text as data: JSON or YAML (YAML is a superset of JSON). Text that is neither throws the error `fail`
 * builds, so ownership and grade policies each report it in their own error type.
 */
export function parsePolicyText(text: string, source: string, fail: (message: string) => Error): unknown {
  try {
    return parseYaml(text);
  } catch (e) {
    throw fail(`${source}: not valid JSON/YAML: ${(e as Error).message.split('\n')[0]}`);
  }
}

/** A policy from JSON or YAML text. */
export function policyFromText(text: string, source: string): OwnershipPolicy {
  const data = parsePolicyText(text, source, (m) => new PolicyError(m));
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new PolicyError(`${source}: a policy must be a set of key: value pairs`);
  }
  const obj = data as Record<string, unknown>;
  // A file may hold both the ownership keys and a `grade` section; this reader takes the ownership part.
  const entries = Object.entries(obj).filter(([k]) => k !== 'grade').map(([key, value]) => ({ key, value }));
  return policyFromEntries(entries, source);
}

/** One key/value row of a Rules sheet, with the address of its value cell. */
export interface RulesEntry {
  key: string;
  value: Cell;
  where: string;
}

/** What a Rules sheet holds: the key/value block and, when present, the grade decision table below it. */
export interface RulesSheet {
  /** Ownership and split settings. */
  entries: RulesEntry[];
  /** Grade settings (lifecycle, levels, `grade_preset`) for the grade table or preset. */
  gradeEntries: RulesEntry[];
  /** The grade table's rows (header first) and the spreadsheet row of its header, or null. */
  gradeTable: { rows: Cell[][]; firstRow: number } | null;
  /** The deal-case table block (header with credit/commission columns first) and its header's row, or null. */
  dealCases: { rows: Cell[][]; firstRow: number; where: string } | null;
}

const HEADER_WORDS = new Set(['key', 'value', '规则', '规则项', '设置', '参数', '值', '取值', '说明', 'comment', 'note']);
const GRADE_OUTPUT_WORDS = new Set(['grade', '等级', '级别', '客户等级', '分级', 'output', '结果']);

/** Whether a header cell names the output column of a grade table. */
export function isGradeOutputHeader(value: Cell): boolean {
  return GRADE_OUTPUT_WORDS.has(cellText(value).toLowerCase());
}

/**
 * Read a Rules sheet (规则). Rows whose first cell is a policy key (or its Chinese label, or `preset`) form the
 * key/value block; the grade table starts at the first later row with a `grade`/`等级` header cell and runs to the
 * next blank row. `firstRow` is the spreadsheet row of `table[0]`.
 */
export function readRulesSheet(table: readonly (readonly Cell[])[], firstRow = 1, sheet = 'Rules'): RulesSheet {
  const entries: RulesEntry[] = [];
  const gradeEntries: RulesEntry[] = [];
  let gradeTable: RulesSheet['gradeTable'] = null;
  let dealCases: RulesSheet['dealCases'] = null;
  for (let i = 0; i < table.length; i++) {
    const cells = table[i];
    const col = cells.findIndex((c) => !isBlank(c));
    if (col < 0) continue;
    const label = cellText(cells[col]);
    // A lone cell is a title or a note, not a setting.
    if (cells.filter((c) => !isBlank(c)).length === 1 && !policyKeyOf(label)) continue;
    // A header row of the block (key | value | 说明) starts with a header word that is no key (说明 is one).
    if (HEADER_WORDS.has(label.toLowerCase()) && !policyKeyOf(label) && !cells.some(isGradeOutputHeader)) continue;
    if (cells.some(isShareHeader) && !cells.some(isGradeOutputHeader)) {
      let end = i + 1;
      while (end < table.length && table[end].some((c) => !isBlank(c))) end++;
      dealCases = { rows: table.slice(i, end).map((r) => [...r]), firstRow: firstRow + i, where: `${sheet}!${cellAddress(col, firstRow + i)}` };
      i = end;
      continue;
    }
    if (cells.some(isGradeOutputHeader)) {
      let end = i + 1;
      while (end < table.length && table[end].some((c) => !isBlank(c))) end++;
      gradeTable = { rows: table.slice(i, end).map((r) => [...r]), firstRow: firstRow + i };
      i = end;
      continue;
    }
    const where = `${sheet}!${cellAddress(col + 1, firstRow + i)}`;
    if (policyKeyOf(label) || PRESET_LABELS.has(label.toLowerCase())) {
      entries.push({ key: label, value: cells[col + 1], where });
    } else if (GRADE_SHEET_KEYS.has(label.toLowerCase()) || GRADE_PRESET_LABELS.has(label.toLowerCase())) {
      gradeEntries.push({ key: label.toLowerCase(), value: cells[col + 1], where });
    } else if (!label.startsWith('#')) {
      throw new PolicyError(
        `${sheet}!${cellAddress(col, firstRow + i)}: unknown key "${label}"; expected a policy key such as protection_days (保护期天数), preset, a grade setting such as max_step or grade_preset, or a grade table header with a grade (等级) column`,
        label, cells[col + 1],
      );
    }
  }
  return { entries, gradeEntries, gradeTable, dealCases };
}

/** The ownership policy of a Rules sheet; a sheet with no key/value entries gives the default preset. */
export function policyFromRulesSheet(table: readonly (readonly Cell[])[], firstRow = 1, sheet = 'Rules'): OwnershipPolicy {
  const { entries, dealCases } = readRulesSheet(table, firstRow, sheet);
  if (entries.length === 0 && !dealCases) return ownershipPreset(DEFAULT_PRESET);
  const all: { key: string; value: unknown; where: string }[] = [...entries];
  if (dealCases) all.push({ key: 'deal_cases', value: dealCasesOfBlock(dealCases.rows, dealCases.firstRow, sheet), where: dealCases.where });
  return policyFromEntries(all, `${sheet} sheet`);
}
