/**
 * Phone numbers: normalisation (spaces, dashes, +86) and masked numbers (`138****1111`, 中间隐去四位) that match a
 * full number by their visible leading and trailing digits.
 */
import type { Cell, Phone } from './types';

const SEPARATORS = /[\s\-()（）.·_]/g;
const MASK = /^(\d*)([*＊xX×]+)(\d*)$/;

/**
 * Normalise a phone cell. Returns null for a blank cell (including a numeric 0, which is how Excel desktop hands
 * a blank cell to a custom function), and 'invalid' for text that is not a phone number.
 */
export function normalisePhone(value: Cell): Phone | null | 'invalid' {
  if (value === null || value === undefined || value === '' || value === 0) return null;
  // Full-width digits and signs (１３８, ＋８６) from a Chinese input method are the same number.
  const text = String(value);
  let s = typeof value === 'number' ? text : (/[^\x00-\x7F]/.test(text) ? text.normalize('NFKC') : text).replace(SEPARATORS, '');
  if (s === '') return null;
  if (s.startsWith('+86')) s = s.slice(3);
  else if (s.startsWith('0086')) s = s.slice(4);
  else if (s.length === 13 && s.startsWith('861')) s = s.slice(2);
  if (/^\d{5,15}$/.test(s)) return { kind: 'full', digits: s };
  const m = MASK.exec(s);
  if (m && m[1].length + m[3].length >= 4) {
    const length = m[1].length + m[2].length + m[3].length;
    return { kind: 'masked', prefix: m[1], suffix: m[3], length, text: `${m[1]}${'*'.repeat(m[2].length)}${m[3]}` };
  }
  return 'invalid';
}

/** Display text of a phone. */
export function phoneText(phone: Phone | null): string {
  if (!phone) return '';
  return phone.kind === 'full' ? phone.digits : phone.text;
}

/** A phone written any way (`+86 138-0000-1111`, `138****1111`) in the form results use, or '' if it is no phone. */
export function phoneKey(text: string): string {
  const phone = normalisePhone(text);
  return phone && phone !== 'invalid' ? phoneText(phone) : '';
}
