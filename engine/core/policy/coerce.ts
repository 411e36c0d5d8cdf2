/**
 * Policy values as people write them in a Rules sheet or a YAML file — `是`, `visit, followup`, `来访、跟进`,
 * `owner 50 / closer 50`, `70/30` — turned into the typed values the schema checks.
 */
import { eventOfValue } from '../aliases';
import { formatDay, parseDay } from '../dates';
import type { Cell } from '../types';
import { parseYesNo } from '../values';
import { KEY_LABELS_ZH, PERCENT_PARTIES, POLICY_KEYS, type OwnershipPolicy, type PercentKey } from './schema';

type Kind = 'bool' | 'number' | 'events' | 'list' | 'percents' | 'text' | 'date' | 'time' | 'penalties' | 'table';

const KIND: Record<keyof OwnershipPolicy, Kind> = {
  name: 'text', description: 'text', claim_by: 'text', company_pool_party: 'text',
  claim_events: 'events', renew_events: 'events',
  introducers: 'list', company_teams: 'list',
  renew_on_contact: 'bool', honor_designation: 'bool', honor_referral: 'bool',
  referral_requires_accompany: 'bool', household_grouping: 'bool',
  protection_days: 'number', report_visit_days: 'number', lock_days: 'number', max_protection_days: 'number',
  deal_expire_days: 'number', max_owned: 'number', commission_rate: 'number', decimals: 'number',
  assist_credit: 'percents', assist_commission: 'percents', introducer_commission: 'percents',
  company_pool_commission: 'percents', household_split: 'percents', household_commission: 'percents',
  deal_cases: 'table', department_party: 'text', protection_from: 'text', designation_on: 'text',
  count_event_day: 'bool', deposit_keeps: 'bool', referral_after_lapse: 'bool', introduction_before_registration: 'bool',
  company_requires_new: 'bool', previous_owners_site: 'bool',
  report_cutoff: 'time', opening_date: 'date', penalties: 'penalties',
};

const KEY_BY_LABEL = new Map<string, keyof OwnershipPolicy>();
for (const key of POLICY_KEYS) {
  KEY_BY_LABEL.set(key, key);
  KEY_BY_LABEL.set(KEY_LABELS_ZH[key], key);
}
/** Labels of the key that names a base preset. */
export const PRESET_LABELS = new Set(['preset', '预设', '预设方案']);

/** The policy key a label names (English key or Chinese label), or null. */
export function policyKeyOf(label: string): keyof OwnershipPolicy | null {
  return KEY_BY_LABEL.get(label.trim().toLowerCase().replace(/\s+/g, '_')) ?? KEY_BY_LABEL.get(label.trim()) ?? null;
}

const LIST_SPLIT = /[,，、;；\s]+/;

/** Split list text into items. */
function items(text: string): string[] {
  return text.split(LIST_SPLIT).map((s) => s.trim()).filter(Boolean);
}

/** `owner 50 / closer 50`, `50/50`, `owner:70, closer:30` → {owner: 50, closer: 50}. Unlabelled numbers go in rule order. */
function percentSet(key: PercentKey, text: string): unknown {
  const parties = PERCENT_PARTIES[key];
  const labelled = [...text.matchAll(/([A-Za-z_\u4e00-\u9fa5]+)\s*[:=：]?\s*(-?\d+(?:\.\d+)?)\s*%?/g)];
  if (labelled.length > 0 && labelled.every((m) => parties.includes(m[1].toLowerCase()))) {
    return Object.fromEntries(labelled.map((m) => [m[1].toLowerCase(), Number(m[2])]));
  }
  const numbers = [...text.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  if (numbers.length !== parties.length) return text; // let the schema report it with what is allowed
  return Object.fromEntries(parties.map((p, i) => [p, numbers[i]]));
}

/** `捞客 5000, 甩客 50, 违规 50%` → {捞客: 5000, 甩客: 50, 违规: '50%'}. */
function penaltySet(text: string): unknown {
  const out: Record<string, number | string> = {};
  for (const part of text.split(/[,，;；、/\n]+/).map((p) => p.trim()).filter(Boolean)) {
    const m = /^(.+?)\s*[:=：]?\s*(\d+(?:\.\d+)?)\s*(%|元)?$/.exec(part);
    if (!m) return text; // let the schema report it with what is allowed
    out[m[1].trim()] = m[3] === '%' ? `${m[2]}%` : Number(m[2]);
  }
  return out;
}

/** A time of day as `HH:MM`: text such as `17:00` or `17点`, or an Excel time (a fraction of a day). */
function timeOfDay(value: unknown): unknown {
  if (typeof value === 'number' && value >= 0 && value < 1) {
    const minutes = Math.round(value * 1440);
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  if (value instanceof Date) return `${String(value.getUTCHours()).padStart(2, '0')}:${String(value.getUTCMinutes()).padStart(2, '0')}`;
  if (typeof value !== 'string') return value;
  const m = /^(\d{1,2})\s*(?:[:：]\s*(\d{2})|[点时]\s*(?:(\d{1,2})\s*分?)?)$/.exec(value.trim());
  return m ? `${m[1].padStart(2, '0')}:${(m[2] ?? m[3] ?? '0').padStart(2, '0')}` : value;
}

/** How a Rules sheet writes protection_days when the regulation states no period. */
export const NO_PERIOD_WORD = '不限';

/** Words for "no period stated" in protection_days. */
const NO_PERIOD_WORDS = new Set([NO_PERIOD_WORD, '无期限', '未定期限', '长期', 'none', 'unlimited', 'no period']);

/**
 * Coerce one value for a key. Values that are already typed (from JSON/YAML) pass through; text is read the way
 * a Rules-sheet author would mean it. Anything unreadable is returned as is, so validation names it.
 */
export function coerceValue(key: keyof OwnershipPolicy, value: unknown): unknown {
  const blank = value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
  switch (KIND[key]) {
    case 'bool': {
      if (typeof value === 'boolean') return value;
      const b = parseYesNo(value as string);
      return b === null ? value : b;
    }
    case 'number': {
      // protection_days must be written: a forgotten cell never means "no period"; the words do.
      if (key === 'protection_days') {
        if (blank) return value;
        if (typeof value === 'string' && NO_PERIOD_WORDS.has(value.trim().toLowerCase())) return null;
      }
      if (blank) return null;
      if (typeof value === 'number') return value;
      const n = Number(String(value).trim().replace(/[%天日]$/, ''));
      return Number.isFinite(n) ? n : value;
    }
    case 'events': {
      const list = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? items(value) : null;
      if (!list) return value;
      return list.map((w) => eventOfValue(w) ?? w);
    }
    case 'list':
      if (blank) return [];
      return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? items(value) : value;
    case 'percents':
      if (blank && key === 'household_commission') return null;
      return typeof value === 'string' ? percentSet(key as PercentKey, value) : value;
    case 'text':
      return typeof value === 'number' ? String(value) : value;
    case 'date': {
      if (blank) return null;
      const day = parseDay(value as Cell);
      return day === null ? value : formatDay(day);
    }
    case 'time':
      return blank ? null : timeOfDay(value);
    case 'penalties':
      if (blank) return {};
      return typeof value === 'string' ? penaltySet(value) : value;
    case 'table':
      return blank ? null : value;
  }
}
