/**
 * A grade's reason put together from its parts: the rules' own text (a table row's reason, a score's
 * explanation), then the clauses the lifecycle and the caps added, in English and as structured messages.
 */
import { render } from '../messages/catalogue';
import '../messages/grade';
import { msg, type Message, type Reason } from '../messages/message';
import { CapNote, clauseList, type Clause, type Clauses } from './caps';

/** The English of clause lists shared by many customers (the lifecycle's repeated clauses), rendered once. */
const SHARED_ENGLISH = new WeakMap<readonly Clause[], string>();

/** A list of clauses in English: cap notes compose their own words, messages render through the catalogue. */
function clausesEnglish(clauses: readonly Clause[]): string {
  let en = Object.isFrozen(clauses) ? SHARED_ENGLISH.get(clauses) : undefined;
  if (en !== undefined) return en;
  en = '';
  for (const c of clauses) {
    const t = c instanceof CapNote ? c.english() : render(c, 'en');
    if (t !== '') en = en === '' ? t : `${en}; ${t}`;
  }
  if (Object.isFrozen(clauses)) SHARED_ENGLISH.set(clauses, en);
  return en;
}

/** The reason of the rules alone, kept per text: a decision table gives a handful of texts to a million customers. */
const RULES_REASONS = new Map<string, Reason>();
const RULES_REASONS_KEPT = 10_000;

/** The rules' part of a reason: its own message, or its text as one. */
function rulesReason(base: string, message: Message | null = null): Reason {
  if (message) return [message];
  if (base === '') return [];
  let r = RULES_REASONS.get(base);
  if (r === undefined) {
    r = Object.freeze([msg('grade.rules', { text: base })]);
    if (RULES_REASONS.size < RULES_REASONS_KEPT) RULES_REASONS.set(base, r);
  }
  return r;
}

/** The reason of a grade: the rules' text, then the clauses of the lifecycle. */
export function reasonOf(base: string, clauses: readonly Message[] | undefined, message: Message | null = null): { reason: string; reasonMessages: Reason } {
  return { reason: englishOf(base, clauses), reasonMessages: messagesOf(base, message, clauses) };
}

/** A reason as structured messages: the rules' own (see rulesReason), then each clause (a cap's note as its message). */
export function messagesOf(base: string, message: Message | null, clauses: Clauses | undefined): Reason {
  const rules = rulesReason(base, message);
  const list = clauseList(clauses);
  if (list.length === 0) return rules;
  return [...rules, ...list.map((c) => (c instanceof CapNote ? c.message() : c))];
}

/** A reason in English: the rules' text, then each clause. */
export function englishOf(base: string, clauses: Clauses | undefined): string {
  if (clauses instanceof CapNote) return base === '' ? clauses.english() : `${base}; ${clauses.english()}`;
  if (!clauses || clauses.length === 0) return base;
  const more = clausesEnglish(clauses);
  return base === '' ? more : `${base}; ${more}`;
}
