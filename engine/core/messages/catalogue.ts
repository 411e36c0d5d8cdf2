/**
 * The message catalogue: each message id's template in English and Chinese. Domains register their messages in a
 * file of their own (owner, split, grade, input, output, terms) so each area of the product owns its words, and
 * this one registry renders them all.
 *
 * Template syntax: `{name}` is the argument shown as it is (a nested message or list is rendered too);
 * `{name|term}` looks the argument up as a term (an event type, status, role, conflict kind: see terms.ts) and shows
 * the term's word in the language, or the argument itself when it is no term; a comma-separated list of codes is
 * translated code by code.
 */
import { isMessage, type Lang, type Message, type MessageArg, type Reason } from './message';

/** One message's words. */
export interface Template {
  en: string;
  zh: string;
}

const templates = new Map<string, Template>();
const terms = new Map<string, Template>();

/** Adds a domain's messages. An id defined twice is a programming error, found at start-up. */
export function defineMessages(entries: Readonly<Record<string, Template>>): void {
  for (const [id, t] of Object.entries(entries)) {
    if (templates.has(id)) throw new Error(`message ${id} is defined twice`);
    templates.set(id, t);
  }
}

/** Adds vocabulary words (statuses, roles, event types, kinds) under `{name|term}`, keyed by the English code. */
export function defineTerms(entries: Readonly<Record<string, Template>>): void {
  for (const [code, t] of Object.entries(entries)) {
    if (terms.has(code)) throw new Error(`term ${code} is defined twice`);
    terms.set(code, t);
  }
}

/** Every message id with its words (for the catalogue's own tests and for documentation). */
export function allMessages(): ReadonlyMap<string, Template> {
  return templates;
}

/** Every term with its words. */
export function allTerms(): ReadonlyMap<string, Template> {
  return terms;
}

/** A vocabulary word in a language (`expired` → `已过期`); a code that is no term comes back as it is. */
export function term(code: string, lang: Lang): string {
  const t = terms.get(code);
  return t ? t[lang] : code;
}

/** Clause separator of a reason. */
export function clauseSeparator(lang: Lang): string {
  return lang === 'zh' ? '；' : '; ';
}

function renderArg(value: MessageArg | undefined, lang: Lang, asTerm: boolean): string {
  if (value === undefined) return '';
  if (typeof value === 'string') {
    if (!asTerm) return value;
    // A list of codes (`visit, report`) is a list of terms: each one translated, joined the language's way.
    return value.includes(', ') ? value.split(', ').map((code) => term(code, lang)).join(lang === 'zh' ? '、' : ', ') : term(value, lang);
  }
  if (typeof value === 'number') return String(value);
  if (isMessage(value)) return render(value, lang);
  return renderReason(value as Reason, lang);
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)(\|term)?\}/g;

/**
 * A template split once into its parts: literal texts at even places, placeholders (name, and whether it is a
 * term) at odd ones. Reasons are rendered a quarter of a million times per run; concatenating parts is several
 * times cheaper than a regular-expression replace per message.
 */
type Compiled = readonly (string | { name: string; asTerm: boolean })[];
const compiled = new Map<string, { en: Compiled; zh: Compiled }>();

function compile(text: string): Compiled {
  const parts: (string | { name: string; asTerm: boolean })[] = [];
  let at = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(at, m.index), { name: m[1], asTerm: m[2] !== undefined });
    at = m.index + m[0].length;
  }
  parts.push(text.slice(at));
  return parts;
}

/** One message in words. An unknown id renders as the id itself, so a missing entry is visible, never a crash. */
export function render(message: Message, lang: Lang): string {
  let c = compiled.get(message.id);
  if (!c) {
    const t = templates.get(message.id);
    if (!t) return message.id;
    compiled.set(message.id, (c = { en: compile(t.en), zh: compile(t.zh) }));
  }
  const parts = c[lang];
  let out = parts[0] as string;
  for (let k = 1; k < parts.length; k += 2) {
    const p = parts[k] as { name: string; asTerm: boolean };
    out += renderArg(message.args[p.name], lang, p.asTerm) + (parts[k + 1] as string);
  }
  return out;
}

/** A reason (clauses) in words, joined by the language's separator. */
export function renderReason(reason: Reason, lang: Lang): string {
  let out = '';
  const sep = clauseSeparator(lang);
  for (let k = 0; k < reason.length; k++) {
    const text = render(reason[k], lang);
    if (text === '') continue;
    out += out === '' ? text : sep + text;
  }
  return out;
}

/** The argument names a template uses (so tests can check the two languages name the same arguments). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]).sort();
}

/** Re-exported so a caller needs one import for messages. */
export type { Message, Reason, Lang } from './message';
export { msg } from './message';
